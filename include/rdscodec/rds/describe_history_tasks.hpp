// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeHistoryTasks (Rds API 2014-08-15, RPC, POST)
// : Before you call this operation, carefully read the following documentation. Make sure that you
// fully understand the prerequisites and impacts for calling this operation.
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_HISTORY_TASKS_HPP
#define RDSCODEC_RDS_DESCRIBE_HISTORY_TASKS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_history_tasks {

// DescribeHistoryTasksResponseBody.items
struct items {
  std::optional<std::string> action_info;
  std::optional<std::string> caller_source;
  std::optional<std::string> caller_uid;
  std::optional<std::string> current_step_name;
  std::optional<std::string> db_type;
  std::optional<std::string> end_time;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_name;
  std::optional<std::string> instance_type;
  std::optional<std::string> product;
  std::optional<double> progress;
  std::optional<std::string> reason_code;
  std::optional<std::string> region_id;
  std::optional<std::int32_t> remain_time;
  std::optional<std::string> start_time;
  std::optional<std::string> status;
  std::optional<std::string> task_detail;
  std::optional<std::string> task_id;
  std::optional<std::string> task_type;
  std::optional<std::string> uid;
};

struct request {
  std::optional<std::int32_t> from_exec_time;
  std::string from_start_time;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_type;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> region_id;
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
  std::vector<::rdscodec::rds::describe_history_tasks::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
};

}  // namespace rdscodec::rds::describe_history_tasks

namespace rdscodec {

template <>
struct object_traits<rds::describe_history_tasks::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_history_tasks::items::action_info>{"ActionInfo", presence::optional},
      field<&rds::describe_history_tasks::items::caller_source>{"CallerSource", presence::optional},
      field<&rds::describe_history_tasks::items::caller_uid>{"CallerUid", presence::optional},
      field<&rds::describe_history_tasks::items::current_step_name>{"CurrentStepName", presence::optional},
      field<&rds::describe_history_tasks::items::db_type>{"DbType", presence::optional},
      field<&rds::describe_history_tasks::items::end_time>{"EndTime", presence::optional},
      field<&rds::describe_history_tasks::items::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_history_tasks::items::instance_name>{"InstanceName", presence::optional},
      field<&rds::describe_history_tasks::items::instance_type>{"InstanceType", presence::optional},
      field<&rds::describe_history_tasks::items::product>{"Product", presence::optional},
      field<&rds::describe_history_tasks::items::progress>{"Progress", presence::optional},
      field<&rds::describe_history_tasks::items::reason_code>{"ReasonCode", presence::optional},
      field<&rds::describe_history_tasks::items::region_id>{"RegionId", presence::optional},
      field<&rds::describe_history_tasks::items::remain_time>{"RemainTime", presence::optional},
      field<&rds::describe_history_tasks::items::start_time>{"StartTime", presence::optional},
      field<&rds::describe_history_tasks::items::status>{"Status", presence::optional},
      field<&rds::describe_history_tasks::items::task_detail>{"TaskDetail", presence::optional},
      field<&rds::describe_history_tasks::items::task_id>{"TaskId", presence::optional},
      field<&rds::describe_history_tasks::items::task_type>{"TaskType", presence::optional},
      field<&rds::describe_history_tasks::items::uid>{"Uid", presence::optional});
};

template <>
struct operation_traits<rds::describe_history_tasks::request> {
  using request = rds::describe_history_tasks::request;
  using response = rds::describe_history_tasks::response;
  static constexpr std::string_view action = "DescribeHistoryTasks";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeHistoryTasksResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::from_exec_time>{"FromExecTime", presence::optional},
      field<&request::from_start_time>{"FromStartTime", presence::required},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::instance_type>{"InstanceType", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 10, 100},
      field<&request::region_id>{"RegionId", presence::optional},
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
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_history_tasks::request>());

}  // namespace rdscodec

#endif
