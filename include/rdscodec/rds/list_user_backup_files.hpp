// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ListUserBackupFiles (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_LIST_USER_BACKUP_FILES_HPP
#define RDSCODEC_RDS_LIST_USER_BACKUP_FILES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::list_user_backup_files {

// ListUserBackupFilesResponseBody.records
struct records {
  std::optional<std::string> backup_id;
  std::optional<std::string> binlog_info;
  std::optional<std::string> comment;
  std::optional<std::string> creation_time;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> finish_time;
  std::optional<std::string> modification_time;
  std::optional<std::string> oss_bucket;
  std::optional<std::string> oss_file_meta_data;
  std::optional<std::string> oss_file_name;
  std::optional<std::string> oss_file_path;
  std::optional<std::int64_t> oss_file_size;
  std::optional<std::string> oss_url;
  std::optional<std::string> reason;
  std::optional<std::string> restore_size;
  std::optional<std::int32_t> retention;
  std::optional<std::string> status;
  std::optional<std::string> zone_id;
};

struct request {
  std::optional<std::string> backup_id;
  std::optional<std::string> comment;
  std::optional<std::string> oss_url;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> status;
  std::optional<std::string> tags;
};

struct response {
  std::vector<::rdscodec::rds::list_user_backup_files::records> records;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::list_user_backup_files

namespace rdscodec {

template <>
struct object_traits<rds::list_user_backup_files::records> {
  static constexpr auto fields = field_list(
      field<&rds::list_user_backup_files::records::backup_id>{"BackupId", presence::optional},
      field<&rds::list_user_backup_files::records::binlog_info>{"BinlogInfo", presence::optional},
      field<&rds::list_user_backup_files::records::comment>{"Comment", presence::optional},
      field<&rds::list_user_backup_files::records::creation_time>{"CreationTime", presence::optional},
      field<&rds::list_user_backup_files::records::engine>{"Engine", presence::optional},
      field<&rds::list_user_backup_files::records::engine_version>{"EngineVersion", presence::optional},
      field<&rds::list_user_backup_files::records::finish_time>{"FinishTime", presence::optional},
      field<&rds::list_user_backup_files::records::modification_time>{"ModificationTime", presence::optional},
      field<&rds::list_user_backup_files::records::oss_bucket>{"OssBucket", presence::optional},
      field<&rds::list_user_backup_files::records::oss_file_meta_data>{"OssFileMetaData", presence::optional},
      field<&rds::list_user_backup_files::records::oss_file_name>{"OssFileName", presence::optional},
      field<&rds::list_user_backup_files::records::oss_file_path>{"OssFilePath", presence::optional},
      field<&rds::list_user_backup_files::records::oss_file_size>{"OssFileSize", presence::optional},
      field<&rds::list_user_backup_files::records::oss_url>{"OssUrl", presence::optional},
      field<&rds::list_user_backup_files::records::reason>{"Reason", presence::optional},
      field<&rds::list_user_backup_files::records::restore_size>{"RestoreSize", presence::optional},
      field<&rds::list_user_backup_files::records::retention>{"Retention", presence::optional},
      field<&rds::list_user_backup_files::records::status>{"Status", presence::optional},
      field<&rds::list_user_backup_files::records::zone_id>{"ZoneId", presence::optional});
};

template <>
struct operation_traits<rds::list_user_backup_files::request> {
  using request = rds::list_user_backup_files::request;
  using response = rds::list_user_backup_files::response;
  static constexpr std::string_view action = "ListUserBackupFiles";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ListUserBackupFilesResponse";
  /// Only reads (the action begins with List; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::comment>{"Comment", presence::optional},
      field<&request::oss_url>{"OssUrl", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::status>{"Status", presence::optional},
      field<&request::tags>{"Tags", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::records>{"Records", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::list_user_backup_files::request>());

}  // namespace rdscodec

#endif
