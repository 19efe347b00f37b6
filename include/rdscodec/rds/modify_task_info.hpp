// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyTaskInfo (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_MODIFY_TASK_INFO_HPP
#define RDSCODEC_RDS_MODIFY_TASK_INFO_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_task_info {

struct request {
  std::optional<std::string> action_params;
  std::string region_id;
  std::optional<std::int64_t> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> step_name;
  std::optional<std::string> task_action;
  std::string task_id;
};

struct response {
  std::optional<std::string> error_code;
  std::optional<std::string> error_task_id;
  std::optional<std::string> request_id;
  std::optional<std::string> success_count;
};

}  // namespace rdscodec::rds::modify_task_info

namespace rdscodec {

template <>
struct operation_traits<rds::modify_task_info::request> {
  using request = rds::modify_task_info::request;
  using response = rds::modify_task_info::response;
  static constexpr std::string_view action = "ModifyTaskInfo";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyTaskInfoResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::action_params>{"ActionParams", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::step_name>{"StepName", presence::optional},
      field<&request::task_action>{"TaskAction", presence::optional},
      field<&request::task_id>{"TaskId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::error_code>{"ErrorCode", presence::optional},
      field<&response::error_task_id>{"ErrorTaskId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success_count>{"SuccessCount", presence::optional});
};

static_assert(check_operation<rds::modify_task_info::request>());

}  // namespace rdscodec

#endif
