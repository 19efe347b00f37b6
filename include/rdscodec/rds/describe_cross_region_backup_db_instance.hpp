// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeCrossRegionBackupDBInstance (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following topics and make sure that you fully understand
// the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_CROSS_REGION_BACKUP_DB_INSTANCE_HPP
#define RDSCODEC_RDS_DESCRIBE_CROSS_REGION_BACKUP_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_cross_region_backup_db_instance {

// DescribeCrossRegionBackupDBInstanceResponseBody.items.item
struct item {
  std::optional<std::string> backup_enabled;
  std::optional<std::string> backup_enabled_time;
  std::optional<std::string> cross_backup_region;
  std::optional<std::string> cross_backup_type;
  std::optional<std::string> db_instance_description;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_instance_status;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> lock_mode;
  std::optional<std::string> log_backup_enabled;
  std::optional<std::string> log_backup_enabled_time;
  std::optional<std::int32_t> retent_type;
  std::optional<std::int32_t> retention;
};

// DescribeCrossRegionBackupDBInstanceResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_cross_region_backup_db_instance::item> item;
};

struct request {
  std::optional<std::string> db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_cross_region_backup_db_instance::items> items;
  std::optional<std::int32_t> items_numbers;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_records;
};

}  // namespace rdscodec::rds::describe_cross_region_backup_db_instance

namespace rdscodec {

template <>
struct object_traits<rds::describe_cross_region_backup_db_instance::item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_cross_region_backup_db_instance::item::backup_enabled>{"BackupEnabled", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::backup_enabled_time>{"BackupEnabledTime", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::cross_backup_region>{"CrossBackupRegion", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::cross_backup_type>{"CrossBackupType", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::db_instance_status>{"DBInstanceStatus", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::engine>{"Engine", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::lock_mode>{"LockMode", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::log_backup_enabled>{"LogBackupEnabled", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::log_backup_enabled_time>{"LogBackupEnabledTime", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::retent_type>{"RetentType", presence::optional},
      field<&rds::describe_cross_region_backup_db_instance::item::retention>{"Retention", presence::optional});
};

template <>
struct object_traits<rds::describe_cross_region_backup_db_instance::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_cross_region_backup_db_instance::items::item>{"Item", presence::optional});
};

template <>
struct operation_traits<rds::describe_cross_region_backup_db_instance::request> {
  using request = rds::describe_cross_region_backup_db_instance::request;
  using response = rds::describe_cross_region_backup_db_instance::response;
  static constexpr std::string_view action = "DescribeCrossRegionBackupDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeCrossRegionBackupDBInstanceResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecords counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecords";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::items_numbers>{"ItemsNumbers", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_records>{"TotalRecords", presence::optional});
};

static_assert(check_operation<rds::describe_cross_region_backup_db_instance::request>());

}  // namespace rdscodec

#endif
