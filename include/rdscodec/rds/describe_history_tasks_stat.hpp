// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeHistoryTasksStat (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_HISTORY_TASKS_STAT_HPP
#define RDSCODEC_RDS_DESCRIBE_HISTORY_TASKS_STAT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_history_tasks_stat {

// DescribeHistoryTasksStatResponseBody.items
struct items {
  std::optional<std::string> status;
  std::optional<std::int32_t> total_count;
};

struct request {
  std::optional<std::int32_t> from_exec_time;
  std::string from_start_time;
  std::optional<std::string> instance_id;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> status;
  std::optional<std::string> task_id;
  std::optional<std::string> task_type;
  std::optional<std::int32_t> to_exec_time;
  std::string to_start_time;
};

struct response {
  std::vector<::rdscodec::rds::describe_history_tasks_stat::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_history_tasks_stat

namespace rdscodec {

template <>
struct object_traits<rds::describe_history_tasks_stat::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_history_tasks_stat::items::status>{"Status", presence::optional},
      field<&rds::describe_history_tasks_stat::items::total_count>{"TotalCount", presence::optional});
};

template <>
struct operation_traits<rds::describe_history_tasks_stat::request> {
  using request = rds::describe_history_tasks_stat::request;
  using response = rds::describe_history_tasks_stat::response;
  static constexpr std::string_view action = "DescribeHistoryTasksStat";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeHistoryTasksStatResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::from_exec_time>{"FromExecTime", presence::optional},
      field<&request::from_start_time>{"FromStartTime", presence::required},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::status>{"Status", presence::optional},
      field<&request::task_id>{"TaskId", presence::optional},
      field<&request::task_type>{"TaskType", presence::optional},
      field<&request::to_exec_time>{"ToExecTime", presence::optional},
      field<&request::to_start_time>{"ToStartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_history_tasks_stat::request>());

}  // namespace rdscodec

#endif
