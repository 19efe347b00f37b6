// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeCrossRegionLogBackupFiles (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_CROSS_REGION_LOG_BACKUP_FILES_HPP
#define RDSCODEC_RDS_DESCRIBE_CROSS_REGION_LOG_BACKUP_FILES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_cross_region_log_backup_files {

// DescribeCrossRegionLogBackupFilesResponseBody.items.item
struct item {
  std::optional<std::string> cross_backup_region;
  std::optional<std::string> cross_download_link;
  std::optional<std::string> cross_intranet_download_link;
  std::optional<std::int32_t> cross_log_backup_id;
  std::optional<std::int64_t> cross_log_backup_size;
  std::optional<std::int32_t> instance_id;
  std::optional<std::string> link_expired_time;
  std::optional<std::string> log_begin_time;
  std::optional<std::string> log_end_time;
  std::optional<std::string> log_file_name;
};

// DescribeCrossRegionLogBackupFilesResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_cross_region_log_backup_files::item> item;
};

struct request {
  std::optional<std::string> cross_backup_region;
  std::string db_instance_id;
  std::string end_time;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string start_time;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> end_time;
  std::optional<::rdscodec::rds::describe_cross_region_log_backup_files::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
  std::optional<std::string> start_time;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_cross_region_log_backup_files

namespace rdscodec {

template <>
struct object_traits<rds::describe_cross_region_log_backup_files::item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_cross_region_log_backup_files::item::cross_backup_region>{"CrossBackupRegion", presence::optional},
      field<&rds::describe_cross_region_log_backup_files::item::cross_download_link>{"CrossDownloadLink", presence::optional},
      field<&rds::describe_cross_region_log_backup_files::item::cross_intranet_download_link>{"CrossIntranetDownloadLink", presence::optional},
      field<&rds::describe_cross_region_log_backup_files::item::cross_log_backup_id>{"CrossLogBackupId", presence::optional},
      field<&rds::describe_cross_region_log_backup_files::item::cross_log_backup_size>{"CrossLogBackupSize", presence::optional},
      field<&rds::describe_cross_region_log_backup_files::item::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_cross_region_log_backup_files::item::link_expired_time>{"LinkExpiredTime", presence::optional},
      field<&rds::describe_cross_region_log_backup_files::item::log_begin_time>{"LogBeginTime", presence::optional},
      field<&rds::describe_cross_region_log_backup_files::item::log_end_time>{"LogEndTime", presence::optional},
      field<&rds::describe_cross_region_log_backup_files::item::log_file_name>{"LogFileName", presence::optional});
};

template <>
struct object_traits<rds::describe_cross_region_log_backup_files::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_cross_region_log_backup_files::items::item>{"Item", presence::optional});
};

template <>
struct operation_traits<rds::describe_cross_region_log_backup_files::request> {
  using request = rds::describe_cross_region_log_backup_files::request;
  using response = rds::describe_cross_region_log_backup_files::response;
  static constexpr std::string_view action = "DescribeCrossRegionLogBackupFiles";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeCrossRegionLogBackupFilesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::cross_backup_region>{"CrossBackupRegion", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::end_time>{"EndTime", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::start_time>{"StartTime", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_cross_region_log_backup_files::request>());

}  // namespace rdscodec

#endif
