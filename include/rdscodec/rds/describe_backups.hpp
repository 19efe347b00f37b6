// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeBackups (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_BACKUPS_HPP
#define RDSCODEC_RDS_DESCRIBE_BACKUPS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_backups {

// DescribeBackupsResponseBody.items.backup.backupDownloadLinkByDB.backupDownloadLinkByDB
struct backup_download_link_by_db_2 {
  std::optional<std::string> data_base;
  std::optional<std::string> download_link;
  std::optional<std::string> intranet_download_link;
};

// DescribeBackupsResponseBody.items.backup.backupDownloadLinkByDB
struct backup_download_link_by_db {
  std::vector<backup_download_link_by_db_2> backup_download_link_by_db;
};

// DescribeBackupsResponseBody.items.backup
struct backup {
  std::optional<::rdscodec::rds::describe_backups::backup_download_link_by_db> backup_download_link_by_db;
  std::optional<std::string> backup_download_url;
  std::optional<std::string> backup_end_time;
  std::optional<std::string> backup_id;
  std::optional<std::string> backup_initiator;
  std::optional<std::string> backup_intranet_download_url;
  std::optional<std::string> backup_method;
  std::optional<std::string> backup_mode;
  std::optional<std::int64_t> backup_size;
  std::optional<std::string> backup_start_time;
  std::optional<std::string> backup_status;
  std::optional<std::string> backup_type;
  std::optional<std::string> checksum;
  std::optional<std::int64_t> consistent_time;
  std::optional<std::string> copy_only_backup;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> encryption;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> expect_expire_time;
  std::optional<std::string> host_instance_id;
  std::optional<std::int32_t> is_avail;
  std::optional<std::string> meta_status;
  std::optional<std::string> storage_class;
  std::optional<std::string> store_status;
};

// DescribeBackupsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_backups::backup> backup;
};

struct request {
  std::optional<std::string> backup_id;
  std::optional<std::string> backup_mode;
  std::optional<std::string> backup_status;
  std::optional<std::string> backup_type;
  std::string db_instance_id;
  std::optional<std::string> end_time;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> start_time;
};

struct response {
  std::optional<::rdscodec::rds::describe_backups::items> items;
  std::optional<std::string> page_number;
  std::optional<std::string> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int64_t> total_ecs_snapshot_size;
  std::optional<std::string> total_record_count;
};

}  // namespace rdscodec::rds::describe_backups

namespace rdscodec {

template <>
struct object_traits<rds::describe_backups::backup_download_link_by_db_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_backups::backup_download_link_by_db_2::data_base>{"DataBase", presence::optional},
      field<&rds::describe_backups::backup_download_link_by_db_2::download_link>{"DownloadLink", presence::optional},
      field<&rds::describe_backups::backup_download_link_by_db_2::intranet_download_link>{"IntranetDownloadLink", presence::optional});
};

template <>
struct object_traits<rds::describe_backups::backup_download_link_by_db> {
  static constexpr auto fields = field_list(
      field<&rds::describe_backups::backup_download_link_by_db::backup_download_link_by_db>{"BackupDownloadLinkByDB", presence::optional});
};

template <>
struct object_traits<rds::describe_backups::backup> {
  static constexpr auto fields = field_list(
      field<&rds::describe_backups::backup::backup_download_link_by_db>{"BackupDownloadLinkByDB", presence::optional},
      field<&rds::describe_backups::backup::backup_download_url>{"BackupDownloadURL", presence::optional},
      field<&rds::describe_backups::backup::backup_end_time>{"BackupEndTime", presence::optional},
      field<&rds::describe_backups::backup::backup_id>{"BackupId", presence::optional},
      field<&rds::describe_backups::backup::backup_initiator>{"BackupInitiator", presence::optional},
      field<&rds::describe_backups::backup::backup_intranet_download_url>{"BackupIntranetDownloadURL", presence::optional},
      field<&rds::describe_backups::backup::backup_method>{"BackupMethod", presence::optional},
      field<&rds::describe_backups::backup::backup_mode>{"BackupMode", presence::optional},
      field<&rds::describe_backups::backup::backup_size>{"BackupSize", presence::optional},
      field<&rds::describe_backups::backup::backup_start_time>{"BackupStartTime", presence::optional},
      field<&rds::describe_backups::backup::backup_status>{"BackupStatus", presence::optional},
      field<&rds::describe_backups::backup::backup_type>{"BackupType", presence::optional},
      field<&rds::describe_backups::backup::checksum>{"Checksum", presence::optional},
      field<&rds::describe_backups::backup::consistent_time>{"ConsistentTime", presence::optional},
      field<&rds::describe_backups::backup::copy_only_backup>{"CopyOnlyBackup", presence::optional},
      field<&rds::describe_backups::backup::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_backups::backup::encryption>{"Encryption", presence::optional},
      field<&rds::describe_backups::backup::engine>{"Engine", presence::optional},
      field<&rds::describe_backups::backup::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_backups::backup::expect_expire_time>{"ExpectExpireTime", presence::optional},
      field<&rds::describe_backups::backup::host_instance_id>{"HostInstanceID", presence::optional},
      field<&rds::describe_backups::backup::is_avail>{"IsAvail", presence::optional},
      field<&rds::describe_backups::backup::meta_status>{"MetaStatus", presence::optional},
      field<&rds::describe_backups::backup::storage_class>{"StorageClass", presence::optional},
      field<&rds::describe_backups::backup::store_status>{"StoreStatus", presence::optional});
};

template <>
struct object_traits<rds::describe_backups::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_backups::items::backup>{"Backup", presence::optional});
};

template <>
struct operation_traits<rds::describe_backups::request> {
  using request = rds::describe_backups::request;
  using response = rds::describe_backups::response;
  static constexpr std::string_view action = "DescribeBackups";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeBackupsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::backup_mode>{"BackupMode", presence::optional},
      field<&request::backup_status>{"BackupStatus", presence::optional},
      field<&request::backup_type>{"BackupType", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::end_time>{"EndTime", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 30, 1000},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_ecs_snapshot_size>{"TotalEcsSnapshotSize", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_backups::request>());

}  // namespace rdscodec

#endif
