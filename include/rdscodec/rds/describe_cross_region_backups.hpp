// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeCrossRegionBackups (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_CROSS_REGION_BACKUPS_HPP
#define RDSCODEC_RDS_DESCRIBE_CROSS_REGION_BACKUPS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_cross_region_backups {

// DescribeCrossRegionBackupsResponseBody.items.item.restoreRegions
struct restore_regions {
  std::vector<std::string> restore_region;
};

// DescribeCrossRegionBackupsResponseBody.items.item
struct item {
  std::optional<std::string> backup_end_time;
  std::optional<std::string> backup_method;
  std::optional<std::int32_t> backup_set_scale;
  std::optional<std::int32_t> backup_set_status;
  std::optional<std::string> backup_start_time;
  std::optional<std::string> backup_type;
  std::optional<std::string> category;
  std::optional<std::string> consistent_time;
  std::optional<std::string> cross_backup_download_link;
  std::optional<std::int32_t> cross_backup_id;
  std::optional<std::string> cross_backup_region;
  std::optional<std::string> cross_backup_set_file;
  std::optional<std::string> cross_backup_set_location;
  std::optional<std::int64_t> cross_backup_set_size;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::int32_t> instance_id;
  std::optional<::rdscodec::rds::describe_cross_region_backups::restore_regions> restore_regions;
};

// DescribeCrossRegionBackupsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_cross_region_backups::item> item;
};

struct request {
  std::optional<std::int32_t> backup_id;
  std::optional<std::int32_t> cross_backup_id;
  std::optional<std::string> cross_backup_region;
  std::string db_instance_id;
  std::optional<std::string> end_time;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> start_time;
};

struct response {
  std::optional<std::string> end_time;
  std::optional<::rdscodec::rds::describe_cross_region_backups::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
  std::optional<std::string> start_time;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_cross_region_backups

namespace rdscodec {

template <>
struct object_traits<rds::describe_cross_region_backups::restore_regions> {
  static constexpr auto fields = field_list(
      field<&rds::describe_cross_region_backups::restore_regions::restore_region>{"RestoreRegion", presence::optional});
};

template <>
struct object_traits<rds::describe_cross_region_backups::item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_cross_region_backups::item::backup_end_time>{"BackupEndTime", presence::optional},
      field<&rds::describe_cross_region_backups::item::backup_method>{"BackupMethod", presence::optional},
      field<&rds::describe_cross_region_backups::item::backup_set_scale>{"BackupSetScale", presence::optional},
      field<&rds::describe_cross_region_backups::item::backup_set_status>{"BackupSetStatus", presence::optional},
      field<&rds::describe_cross_region_backups::item::backup_start_time>{"BackupStartTime", presence::optional},
      field<&rds::describe_cross_region_backups::item::backup_type>{"BackupType", presence::optional},
      field<&rds::describe_cross_region_backups::item::category>{"Category", presence::optional},
      field<&rds::describe_cross_region_backups::item::consistent_time>{"ConsistentTime", presence::optional},
      field<&rds::describe_cross_region_backups::item::cross_backup_download_link>{"CrossBackupDownloadLink", presence::optional},
      field<&rds::describe_cross_region_backups::item::cross_backup_id>{"CrossBackupId", presence::optional},
      field<&rds::describe_cross_region_backups::item::cross_backup_region>{"CrossBackupRegion", presence::optional},
      field<&rds::describe_cross_region_backups::item::cross_backup_set_file>{"CrossBackupSetFile", presence::optional},
      field<&rds::describe_cross_region_backups::item::cross_backup_set_location>{"CrossBackupSetLocation", presence::optional},
      field<&rds::describe_cross_region_backups::item::cross_backup_set_size>{"CrossBackupSetSize", presence::optional},
      field<&rds::describe_cross_region_backups::item::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&rds::describe_cross_region_backups::item::engine>{"Engine", presence::optional},
      field<&rds::describe_cross_region_backups::item::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_cross_region_backups::item::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_cross_region_backups::item::restore_regions>{"RestoreRegions", presence::optional});
};

template <>
struct object_traits<rds::describe_cross_region_backups::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_cross_region_backups::items::item>{"Item", presence::optional});
};

template <>
struct operation_traits<rds::describe_cross_region_backups::request> {
  using request = rds::describe_cross_region_backups::request;
  using response = rds::describe_cross_region_backups::response;
  static constexpr std::string_view action = "DescribeCrossRegionBackups";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeCrossRegionBackupsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::cross_backup_id>{"CrossBackupId", presence::optional},
      field<&request::cross_backup_region>{"CrossBackupRegion", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::end_time>{"EndTime", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::end_time>{"EndTime", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::start_time>{"StartTime", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_cross_region_backups::request>());

}  // namespace rdscodec

#endif
