// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeTasks (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_DESCRIBE_TASKS_HPP
#define RDSCODEC_RDS_DESCRIBE_TASKS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_tasks {

// DescribeTasksResponseBody.items.taskProgressInfo
struct task_progress_info {
  std::optional<std::string> begin_time;
  std::optional<std::string> current_step_name;
  std::optional<std::string> db_name;
  std::optional<std::string> expected_finish_time;
  std::optional<std::string> finish_time;
  std::optional<std::string> progress;
  std::optional<std::string> progress_info;
  std::optional<std::int32_t> remain;
  std::optional<std::string> status;
  std::optional<std::string> step_progress_info;
  std::optional<std::string> steps_info;
  std::optional<std::string> task_action;
  std::optional<std::string> task_error_code;
  std::optional<std::string> task_error_message;
  std::optional<std::string> task_id;
};

// DescribeTasksResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_tasks::task_progress_info> task_progress_info;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> end_time;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> start_time;
  std::optional<std::string> status;
  std::optional<std::string> task_action;
};

struct response {
  std::optional<::rdscodec::rds::describe_tasks::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_tasks

namespace rdscodec {

template <>
struct object_traits<rds::describe_tasks::task_progress_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_tasks::task_progress_info::begin_time>{"BeginTime", presence::optional},
      field<&rds::describe_tasks::task_progress_info::current_step_name>{"CurrentStepName", presence::optional},
      field<&rds::describe_tasks::task_progress_info::db_name>{"DBName", presence::optional},
      field<&rds::describe_tasks::task_progress_info::expected_finish_time>{"ExpectedFinishTime", presence::optional},
      field<&rds::describe_tasks::task_progress_info::finish_time>{"FinishTime", presence::optional},
      field<&rds::describe_tasks::task_progress_info::progress>{"Progress", presence::optional},
      field<&rds::describe_tasks::task_progress_info::progress_info>{"ProgressInfo", presence::optional},
      field<&rds::describe_tasks::task_progress_info::remain>{"Remain", presence::optional},
      field<&rds::describe_tasks::task_progress_info::status>{"Status", presence::optional},
      field<&rds::describe_tasks::task_progress_info::step_progress_info>{"StepProgressInfo", presence::optional},
      field<&rds::describe_tasks::task_progress_info::steps_info>{"StepsInfo", presence::optional},
      field<&rds::describe_tasks::task_progress_info::task_action>{"TaskAction", presence::optional},
      field<&rds::describe_tasks::task_progress_info::task_error_code>{"TaskErrorCode", presence::optional},
      field<&rds::describe_tasks::task_progress_info::task_error_message>{"TaskErrorMessage", presence::optional},
      field<&rds::describe_tasks::task_progress_info::task_id>{"TaskId", presence::optional});
};

template <>
struct object_traits<rds::describe_tasks::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_tasks::items::task_progress_info>{"TaskProgressInfo", presence::optional});
};

template <>
struct operation_traits<rds::describe_tasks::request> {
  using request = rds::describe_tasks::request;
  using response = rds::describe_tasks::response;
  static constexpr std::string_view action = "DescribeTasks";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeTasksResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::end_time>{"EndTime", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::optional},
      field<&request::status>{"Status", presence::optional},
      field<&request::task_action>{"TaskAction", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_tasks::request>());

}  // namespace rdscodec

#endif
