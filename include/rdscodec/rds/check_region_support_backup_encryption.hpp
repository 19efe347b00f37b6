// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CheckRegionSupportBackupEncryption (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CHECK_REGION_SUPPORT_BACKUP_ENCRYPTION_HPP
#define RDSCODEC_RDS_CHECK_REGION_SUPPORT_BACKUP_ENCRYPTION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::check_region_support_backup_encryption {

struct request {
  std::optional<std::string> db_instance_id;
  std::string region_id;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<bool> support_backup_encryption;
};

}  // namespace rdscodec::rds::check_region_support_backup_encryption

namespace rdscodec {

template <>
struct operation_traits<rds::check_region_support_backup_encryption::request> {
  using request = rds::check_region_support_backup_encryption::request;
  using response = rds::check_region_support_backup_encryption::response;
  static constexpr std::string_view action = "CheckRegionSupportBackupEncryption";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CheckRegionSupportBackupEncryptionResponse";
  /// Only reads (the action begins with Check; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceID", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::support_backup_encryption>{"SupportBackupEncryption", presence::optional});
};

static_assert(check_operation<rds::check_region_support_backup_encryption::request>());

}  // namespace rdscodec

#endif
