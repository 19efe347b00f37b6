// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ListImportTasks (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_LIST_IMPORT_TASKS_HPP
#define RDSCODEC_RDS_LIST_IMPORT_TASKS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::list_import_tasks {

// ListImportTasksResponseBody.items
struct items {
  std::optional<std::string> created_time;
  std::optional<std::string> db_version;
  std::optional<std::string> status;
  std::optional<std::string> target_instance_name;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
  std::optional<std::string> task_type;
};

struct request {
  std::string db_instance_id;
  std::optional<std::int32_t> max_results;
  std::optional<std::string> next_token;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
};

struct response {
  std::vector<::rdscodec::rds::list_import_tasks::items> items;
  std::optional<std::int32_t> max_results;
  std::optional<std::string> next_token;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::list_import_tasks

namespace rdscodec {

template <>
struct object_traits<rds::list_import_tasks::items> {
  static constexpr auto fields = field_list(
      field<&rds::list_import_tasks::items::created_time>{"CreatedTime", presence::optional},
      field<&rds::list_import_tasks::items::db_version>{"DbVersion", presence::optional},
      field<&rds::list_import_tasks::items::status>{"Status", presence::optional},
      field<&rds::list_import_tasks::items::target_instance_name>{"TargetInstanceName", presence::optional},
      field<&rds::list_import_tasks::items::task_id>{"TaskId", presence::optional},
      field<&rds::list_import_tasks::items::task_name>{"TaskName", presence::optional},
      field<&rds::list_import_tasks::items::task_type>{"TaskType", presence::optional});
};

template <>
struct operation_traits<rds::list_import_tasks::request> {
  using request = rds::list_import_tasks::request;
  using response = rds::list_import_tasks::response;
  static constexpr std::string_view action = "ListImportTasks";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ListImportTasksResponse";
  /// Only reads (the action begins with List; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by NextToken (client/paging.hpp).
  static constexpr bool pages_by_token = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::max_results>{"MaxResults", presence::optional},
      field<&request::next_token>{"NextToken", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::max_results>{"MaxResults", presence::optional},
      field<&response::next_token>{"NextToken", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::list_import_tasks::request>());

}  // namespace rdscodec

#endif
