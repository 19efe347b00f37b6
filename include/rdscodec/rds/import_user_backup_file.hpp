// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ImportUserBackupFile (Rds API 2014-08-15, RPC, POST)
// A full backup file contains the data of a self-managed MySQL instance. You can restore the data of a
// self-managed MySQL instance from a full backup file to an ApsaraDB RDS for MySQL instance.
#ifndef RDSCODEC_RDS_IMPORT_USER_BACKUP_FILE_HPP
#define RDSCODEC_RDS_IMPORT_USER_BACKUP_FILE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::import_user_backup_file {

struct request {
  std::optional<std::string> backup_file;
  std::optional<std::string> bucket_region;
  std::optional<bool> build_replication;
  std::optional<std::string> comment;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> engine_version;
  std::optional<std::string> master_info;
  std::optional<std::string> mode;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int32_t> restore_size;
  std::optional<std::int32_t> retention;
  std::optional<std::string> source_info;
  std::optional<std::string> zone_id;
};

struct response {
  std::optional<std::string> backup_id;
  std::optional<std::string> request_id;
  std::optional<bool> status;
};

}  // namespace rdscodec::rds::import_user_backup_file

namespace rdscodec {

template <>
struct operation_traits<rds::import_user_backup_file::request> {
  using request = rds::import_user_backup_file::request;
  using response = rds::import_user_backup_file::response;
  static constexpr std::string_view action = "ImportUserBackupFile";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ImportUserBackupFileResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_file>{"BackupFile", presence::optional},
      field<&request::bucket_region>{"BucketRegion", presence::optional},
      field<&request::build_replication>{"BuildReplication", presence::optional},
      field<&request::comment>{"Comment", presence::optional}.length(2, 256),
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::engine_version>{"EngineVersion", presence::optional},
      field<&request::master_info>{"MasterInfo", presence::optional},
      field<&request::mode>{"Mode", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::restore_size>{"RestoreSize", presence::optional},
      field<&request::retention>{"Retention", presence::optional},
      field<&request::source_info>{"SourceInfo", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::backup_id>{"BackupId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::status>{"Status", presence::optional});
};

static_assert(check_operation<rds::import_user_backup_file::request>());

}  // namespace rdscodec

#endif
