// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteBackup (Rds API 2014-08-15, RPC, POST)
// Only instances that run RDS High-availability Edition are supported.
#ifndef RDSCODEC_RDS_DELETE_BACKUP_HPP
#define RDSCODEC_RDS_DELETE_BACKUP_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_backup {

struct request {
  std::string backup_id;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_backup

namespace rdscodec {

template <>
struct operation_traits<rds::delete_backup::request> {
  using request = rds::delete_backup::request;
  using response = rds::delete_backup::response;
  static constexpr std::string_view action = "DeleteBackup";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteBackupResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_backup::request>());

}  // namespace rdscodec

#endif
