// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// EnableBackupEncryption (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_ENABLE_BACKUP_ENCRYPTION_HPP
#define RDSCODEC_RDS_ENABLE_BACKUP_ENCRYPTION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::enable_backup_encryption {

struct request {
  std::string db_instance_name;
  std::optional<std::string> encryption_key;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::enable_backup_encryption

namespace rdscodec {

template <>
struct operation_traits<rds::enable_backup_encryption::request> {
  using request = rds::enable_backup_encryption::request;
  using response = rds::enable_backup_encryption::response;
  static constexpr std::string_view action = "EnableBackupEncryption";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "EnableBackupEncryptionResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::required},
      field<&request::encryption_key>{"EncryptionKey", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::enable_backup_encryption::request>());

}  // namespace rdscodec

#endif
