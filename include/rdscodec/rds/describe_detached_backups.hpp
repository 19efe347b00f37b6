// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDetachedBackups (Rds API 2014-08-15, RPC, POST)
// MySQL
#ifndef RDSCODEC_RDS_DESCRIBE_DETACHED_BACKUPS_HPP
#define RDSCODEC_RDS_DESCRIBE_DETACHED_BACKUPS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_detached_backups {

// DescribeDetachedBackupsResponseBody.items.backup
struct backup {
  std::optional<std::string> backup_download_url;
  std::optional<std::string> backup_end_time;
  std::optional<std::string> backup_id;
  std::optional<std::string> backup_intranet_download_url;
  std::optional<std::string> backup_method;
  std::optional<std::string> backup_mode;
  std::optional<std::int64_t> backup_size;
  std::optional<std::string> backup_start_time;
  std::optional<std::string> backup_status;
  std::optional<std::string> backup_type;
  std::optional<std::int64_t> consistent_time;
  std::optional<std::string> db_instance_comment;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> host_instance_id;
  std::optional<std::int32_t> is_avail;
  std::optional<std::string> meta_status;
  std::optional<std::string> store_status;
};

// DescribeDetachedBackupsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_detached_backups::backup> backup;
};

struct request {
  std::optional<std::string> backup_id;
  std::optional<std::string> backup_mode;
  std::optional<std::string> backup_status;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> end_time;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region;
  std::optional<std::string> resource_group_id;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> start_time;
};

struct response {
  std::optional<::rdscodec::rds::describe_detached_backups::items> items;
  std::optional<std::string> page_number;
  std::optional<std::string> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::string> total_record_count;
};

}  // namespace rdscodec::rds::describe_detached_backups

namespace rdscodec {

template <>
struct object_traits<rds::describe_detached_backups::backup> {
  static constexpr auto fields = field_list(
      field<&rds::describe_detached_backups::backup::backup_download_url>{"BackupDownloadURL", presence::optional},
      field<&rds::describe_detached_backups::backup::backup_end_time>{"BackupEndTime", presence::optional},
      field<&rds::describe_detached_backups::backup::backup_id>{"BackupId", presence::optional},
      field<&rds::describe_detached_backups::backup::backup_intranet_download_url>{"BackupIntranetDownloadURL", presence::optional},
      field<&rds::describe_detached_backups::backup::backup_method>{"BackupMethod", presence::optional},
      field<&rds::describe_detached_backups::backup::backup_mode>{"BackupMode", presence::optional},
      field<&rds::describe_detached_backups::backup::backup_size>{"BackupSize", presence::optional},
      field<&rds::describe_detached_backups::backup::backup_start_time>{"BackupStartTime", presence::optional},
      field<&rds::describe_detached_backups::backup::backup_status>{"BackupStatus", presence::optional},
      field<&rds::describe_detached_backups::backup::backup_type>{"BackupType", presence::optional},
      field<&rds::describe_detached_backups::backup::consistent_time>{"ConsistentTime", presence::optional},
      field<&rds::describe_detached_backups::backup::db_instance_comment>{"DBInstanceComment", presence::optional},
      field<&rds::describe_detached_backups::backup::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_detached_backups::backup::host_instance_id>{"HostInstanceID", presence::optional},
      field<&rds::describe_detached_backups::backup::is_avail>{"IsAvail", presence::optional},
      field<&rds::describe_detached_backups::backup::meta_status>{"MetaStatus", presence::optional},
      field<&rds::describe_detached_backups::backup::store_status>{"StoreStatus", presence::optional});
};

template <>
struct object_traits<rds::describe_detached_backups::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_detached_backups::items::backup>{"Backup", presence::optional});
};

template <>
struct operation_traits<rds::describe_detached_backups::request> {
  using request = rds::describe_detached_backups::request;
  using response = rds::describe_detached_backups::response;
  static constexpr std::string_view action = "DescribeDetachedBackups";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDetachedBackupsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::backup_mode>{"BackupMode", presence::optional},
      field<&request::backup_status>{"BackupStatus", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::end_time>{"EndTime", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
      field<&request::region>{"Region", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_detached_backups::request>());

}  // namespace rdscodec

#endif
