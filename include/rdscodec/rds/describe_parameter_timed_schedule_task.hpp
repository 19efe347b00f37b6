// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeParameterTimedScheduleTask (Rds API 2014-08-15, RPC, GET)
#ifndef RDSCODEC_RDS_DESCRIBE_PARAMETER_TIMED_SCHEDULE_TASK_HPP
#define RDSCODEC_RDS_DESCRIBE_PARAMETER_TIMED_SCHEDULE_TASK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_parameter_timed_schedule_task {

// DescribeParameterTimedScheduleTaskResponseBody.taskList
struct task_list {
  std::optional<std::string> db_instance_name;
  std::optional<std::string> parameters;
  std::optional<std::string> status;
  std::optional<std::string> switch_time;
  std::optional<std::string> task_id;
};

struct request {
  std::string db_instance_name;
};

struct response {
  std::optional<std::string> request_id;
  std::vector<::rdscodec::rds::describe_parameter_timed_schedule_task::task_list> task_list;
};

}  // namespace rdscodec::rds::describe_parameter_timed_schedule_task

namespace rdscodec {

template <>
struct object_traits<rds::describe_parameter_timed_schedule_task::task_list> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_timed_schedule_task::task_list::db_instance_name>{"DBInstanceName", presence::optional},
      field<&rds::describe_parameter_timed_schedule_task::task_list::parameters>{"Parameters", presence::optional},
      field<&rds::describe_parameter_timed_schedule_task::task_list::status>{"Status", presence::optional},
      field<&rds::describe_parameter_timed_schedule_task::task_list::switch_time>{"SwitchTime", presence::optional},
      field<&rds::describe_parameter_timed_schedule_task::task_list::task_id>{"TaskId", presence::optional});
};

template <>
struct operation_traits<rds::describe_parameter_timed_schedule_task::request> {
  using request = rds::describe_parameter_timed_schedule_task::request;
  using response = rds::describe_parameter_timed_schedule_task::response;
  static constexpr std::string_view action = "DescribeParameterTimedScheduleTask";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "GET";
  static constexpr std::string_view response_root = "DescribeParameterTimedScheduleTaskResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DbInstanceName", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_list>{"TaskList", presence::optional});
};

static_assert(check_operation<rds::describe_parameter_timed_schedule_task::request>());

}  // namespace rdscodec

#endif
