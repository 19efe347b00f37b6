// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeMigrateTasks (Rds API 2014-08-15, RPC, POST)
// This operation allows you to query the migration tasks that are created for the instance over the
// last week.
#ifndef RDSCODEC_RDS_DESCRIBE_MIGRATE_TASKS_HPP
#define RDSCODEC_RDS_DESCRIBE_MIGRATE_TASKS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_migrate_tasks {

// DescribeMigrateTasksResponseBody.items.migrateTask
struct migrate_task {
  std::optional<std::string> backup_mode;
  std::optional<std::string> create_time;
  std::optional<std::string> db_name;
  std::optional<std::string> description;
  std::optional<std::string> end_time;
  std::optional<std::string> is_db_replaced;
  std::optional<std::string> migrate_task_id;
  std::optional<std::string> status;
};

// DescribeMigrateTasksResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_migrate_tasks::migrate_task> migrate_task;
};

struct request {
  std::string db_instance_id;
  std::string end_time;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string start_time;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<::rdscodec::rds::describe_migrate_tasks::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_migrate_tasks

namespace rdscodec {

template <>
struct object_traits<rds::describe_migrate_tasks::migrate_task> {
  static constexpr auto fields = field_list(
      field<&rds::describe_migrate_tasks::migrate_task::backup_mode>{"BackupMode", presence::optional},
      field<&rds::describe_migrate_tasks::migrate_task::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_migrate_tasks::migrate_task::db_name>{"DBName", presence::optional},
      field<&rds::describe_migrate_tasks::migrate_task::description>{"Description", presence::optional},
      field<&rds::describe_migrate_tasks::migrate_task::end_time>{"EndTime", presence::optional},
      field<&rds::describe_migrate_tasks::migrate_task::is_db_replaced>{"IsDBReplaced", presence::optional},
      field<&rds::describe_migrate_tasks::migrate_task::migrate_task_id>{"MigrateTaskId", presence::optional},
      field<&rds::describe_migrate_tasks::migrate_task::status>{"Status", presence::optional});
};

template <>
struct object_traits<rds::describe_migrate_tasks::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_migrate_tasks::items::migrate_task>{"MigrateTask", presence::optional});
};

template <>
struct operation_traits<rds::describe_migrate_tasks::request> {
  using request = rds::describe_migrate_tasks::request;
  using response = rds::describe_migrate_tasks::response;
  static constexpr std::string_view action = "DescribeMigrateTasks";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeMigrateTasksResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_migrate_tasks::request>());

}  // namespace rdscodec

#endif
