// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCCloudAssistantStatus (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_CLOUD_ASSISTANT_STATUS_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_CLOUD_ASSISTANT_STATUS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_cloud_assistant_status {

// DescribeRCCloudAssistantStatusResponseBody.instanceCloudAssistantStatusSet
struct instance_cloud_assistant_status_set {
  std::optional<std::int32_t> active_task_count;
  std::optional<std::string> cloud_assistant_status;
  std::optional<std::string> cloud_assistant_version;
  std::optional<std::string> instance_id;
  std::optional<std::int32_t> invocation_count;
  std::optional<std::string> last_heartbeat_time;
  std::optional<std::string> last_invoked_time;
  std::optional<std::string> os_type;
  std::optional<bool> support_session_manager;
};

struct request {
  std::optional<std::vector<std::string>> instance_ids;
  std::optional<std::int32_t> max_results;
  std::optional<std::string> next_token;
  std::optional<std::string> os_type;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set> instance_cloud_assistant_status_set;
  std::string next_token;
  std::optional<std::string> page_number;
  std::optional<std::string> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
};

}  // namespace rdscodec::rds::describe_rc_cloud_assistant_status

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set::active_task_count>{"ActiveTaskCount", presence::optional},
      field<&rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set::cloud_assistant_status>{"CloudAssistantStatus", presence::optional},
      field<&rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set::cloud_assistant_version>{"CloudAssistantVersion", presence::optional},
      field<&rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set::invocation_count>{"InvocationCount", presence::optional},
      field<&rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set::last_heartbeat_time>{"LastHeartbeatTime", presence::optional},
      field<&rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set::last_invoked_time>{"LastInvokedTime", presence::optional},
      field<&rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set::os_type>{"OSType", presence::optional},
      field<&rds::describe_rc_cloud_assistant_status::instance_cloud_assistant_status_set::support_session_manager>{"SupportSessionManager", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_cloud_assistant_status::request> {
  using request = rds::describe_rc_cloud_assistant_status::request;
  using response = rds::describe_rc_cloud_assistant_status::response;
  static constexpr std::string_view action = "DescribeRCCloudAssistantStatus";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCCloudAssistantStatusResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  /// Pages by NextToken (client/paging.hpp).
  static constexpr bool pages_by_token = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_ids>{"InstanceIds", presence::optional}.with(wire_style::json),
      field<&request::max_results>{"MaxResults", presence::optional, 1, 50},
      field<&request::next_token>{"NextToken", presence::optional},
      field<&request::os_type>{"OSType", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1},
      field<&request::page_size>{"PageSize", presence::optional, 1, 50},
      field<&request::region_id>{"RegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::instance_cloud_assistant_status_set>{"InstanceCloudAssistantStatusSet", presence::optional},
      field<&response::next_token>{"NextToken", presence::required},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_rc_cloud_assistant_status::request>());

}  // namespace rdscodec

#endif
