// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// UpdateUserBackupFile (Rds API 2014-08-15, RPC, POST)
// RDS MySQL
#ifndef RDSCODEC_RDS_UPDATE_USER_BACKUP_FILE_HPP
#define RDSCODEC_RDS_UPDATE_USER_BACKUP_FILE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::update_user_backup_file {

struct request {
  std::string backup_id;
  std::optional<std::string> comment;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int32_t> retention;
};

struct response {
  std::optional<std::string> backup_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::update_user_backup_file

namespace rdscodec {

template <>
struct operation_traits<rds::update_user_backup_file::request> {
  using request = rds::update_user_backup_file::request;
  using response = rds::update_user_backup_file::response;
  static constexpr std::string_view action = "UpdateUserBackupFile";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "UpdateUserBackupFileResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::required},
      field<&request::comment>{"Comment", presence::optional}.length(2, 256),
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::retention>{"Retention", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::backup_id>{"BackupId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::update_user_backup_file::request>());

}  // namespace rdscodec

#endif
