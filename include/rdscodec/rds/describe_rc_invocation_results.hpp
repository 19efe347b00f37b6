// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCInvocationResults (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_INVOCATION_RESULTS_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_INVOCATION_RESULTS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_invocation_results {

// DescribeRCInvocationResultsRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

// DescribeRCInvocationResultsResponseBody.invocationResults.tags
struct tags {
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// DescribeRCInvocationResultsResponseBody.invocationResults
struct invocation_results {
  std::optional<std::string> command_id;
  std::optional<std::string> container_id;
  std::optional<std::string> container_name;
  std::optional<std::int32_t> dropped;
  std::optional<std::string> error_code;
  std::optional<std::string> error_info;
  std::optional<std::int32_t> exit_code;
  std::optional<std::string> finished_time;
  std::optional<std::string> instance_id;
  std::optional<std::string> invocation_status;
  std::optional<std::string> invoke_id;
  std::optional<std::string> invoke_record_status;
  std::optional<std::string> output;
  std::optional<std::string> repeats;
  std::optional<std::string> start_time;
  std::optional<std::string> stop_time;
  std::vector<::rdscodec::rds::describe_rc_invocation_results::tags> tags;
  std::optional<std::string> username;
};

struct request {
  std::optional<std::string> command_id;
  std::optional<std::string> content_encoding;
  std::optional<bool> include_history;
  std::optional<std::string> instance_id;
  std::optional<std::string> invoke_id;
  std::optional<std::string> invoke_record_status;
  std::optional<std::int32_t> max_results;
  std::optional<std::string> next_token;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::vector<::rdscodec::rds::describe_rc_invocation_results::tag>> tag;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_invocation_results::invocation_results> invocation_results;
  std::string next_token;
  std::optional<std::string> page_number;
  std::optional<std::string> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
};

}  // namespace rdscodec::rds::describe_rc_invocation_results

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_invocation_results::tag> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_invocation_results::tag::key>{"Key", presence::optional},
      field<&rds::describe_rc_invocation_results::tag::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_invocation_results::tags> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_invocation_results::tags::tag_key>{"TagKey", presence::optional},
      field<&rds::describe_rc_invocation_results::tags::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_invocation_results::invocation_results> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_invocation_results::invocation_results::command_id>{"CommandId", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::container_id>{"ContainerId", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::container_name>{"ContainerName", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::dropped>{"Dropped", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::error_code>{"ErrorCode", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::error_info>{"ErrorInfo", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::exit_code>{"ExitCode", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::finished_time>{"FinishedTime", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::invocation_status>{"InvocationStatus", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::invoke_id>{"InvokeId", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::invoke_record_status>{"InvokeRecordStatus", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::output>{"Output", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::repeats>{"Repeats", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::start_time>{"StartTime", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::stop_time>{"StopTime", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::tags>{"Tags", presence::optional},
      field<&rds::describe_rc_invocation_results::invocation_results::username>{"Username", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_invocation_results::request> {
  using request = rds::describe_rc_invocation_results::request;
  using response = rds::describe_rc_invocation_results::response;
  static constexpr std::string_view action = "DescribeRCInvocationResults";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCInvocationResultsResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  /// Pages by NextToken (client/paging.hpp).
  static constexpr bool pages_by_token = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::command_id>{"CommandId", presence::optional},
      field<&request::content_encoding>{"ContentEncoding", presence::optional},
      field<&request::include_history>{"IncludeHistory", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::invoke_id>{"InvokeId", presence::optional},
      field<&request::invoke_record_status>{"InvokeRecordStatus", presence::optional},
      field<&request::max_results>{"MaxResults", presence::optional, 1, 50},
      field<&request::next_token>{"NextToken", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1},
      field<&request::page_size>{"PageSize", presence::optional, 1, 50},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::tag>{"Tag", presence::optional}.with(wire_style::json));
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::invocation_results>{"InvocationResults", presence::optional},
      field<&response::next_token>{"NextToken", presence::required},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_rc_invocation_results::request>());

}  // namespace rdscodec

#endif
