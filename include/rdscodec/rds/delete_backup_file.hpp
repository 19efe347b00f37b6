// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteBackupFile (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_DELETE_BACKUP_FILE_HPP
#define RDSCODEC_RDS_DELETE_BACKUP_FILE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_backup_file {

// DeleteBackupFileResponseBody.deletedBaksetIds
struct deleted_bakset_ids {
  std::vector<std::int32_t> deleted_bakset_ids;
};

struct request {
  std::optional<std::string> backup_id;
  std::optional<std::string> backup_time;
  std::string db_instance_id;
  std::optional<std::string> db_name;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::delete_backup_file::deleted_bakset_ids> deleted_bakset_ids;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_backup_file

namespace rdscodec {

template <>
struct object_traits<rds::delete_backup_file::deleted_bakset_ids> {
  static constexpr auto fields = field_list(
      field<&rds::delete_backup_file::deleted_bakset_ids::deleted_bakset_ids>{"DeletedBaksetIds", presence::optional});
};

template <>
struct operation_traits<rds::delete_backup_file::request> {
  using request = rds::delete_backup_file::request;
  using response = rds::delete_backup_file::response;
  static constexpr std::string_view action = "DeleteBackupFile";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteBackupFileResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::backup_time>{"BackupTime", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::deleted_bakset_ids>{"DeletedBaksetIds", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_backup_file::request>());

}  // namespace rdscodec

#endif
