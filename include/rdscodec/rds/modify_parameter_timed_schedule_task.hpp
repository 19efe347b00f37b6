// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyParameterTimedScheduleTask (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_PARAMETER_TIMED_SCHEDULE_TASK_HPP
#define RDSCODEC_RDS_MODIFY_PARAMETER_TIMED_SCHEDULE_TASK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_parameter_timed_schedule_task {

struct request {
  std::optional<std::string> db_instance_name;
  std::optional<std::string> switch_time;
  std::optional<std::int64_t> task_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_parameter_timed_schedule_task

namespace rdscodec {

template <>
struct operation_traits<rds::modify_parameter_timed_schedule_task::request> {
  using request = rds::modify_parameter_timed_schedule_task::request;
  using response = rds::modify_parameter_timed_schedule_task::response;
  static constexpr std::string_view action = "ModifyParameterTimedScheduleTask";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyParameterTimedScheduleTaskResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::task_id>{"TaskId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_parameter_timed_schedule_task::request>());

}  // namespace rdscodec

#endif
