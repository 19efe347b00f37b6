// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCMetricList (Rds API 2014-08-15, RPC, GET)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_METRIC_LIST_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_METRIC_LIST_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_metric_list {

struct request {
  std::optional<std::string> dimensions;
  std::optional<std::string> end_time;
  std::optional<std::string> express;
  std::optional<std::string> instance_id;
  std::optional<std::string> length;
  std::string metric_name;
  std::optional<std::string> next_token;
  std::optional<std::string> period;
  std::optional<std::string> region_id;
  std::optional<std::string> start_time;
};

struct response {
  std::optional<std::string> code;
  std::optional<std::string> datapoints;
  std::optional<std::string> message;
  std::optional<std::string> next_token;
  std::optional<std::string> period;
  std::optional<std::string> request_id;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::describe_rc_metric_list

namespace rdscodec {

template <>
struct operation_traits<rds::describe_rc_metric_list::request> {
  using request = rds::describe_rc_metric_list::request;
  using response = rds::describe_rc_metric_list::response;
  static constexpr std::string_view action = "DescribeRCMetricList";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "GET";
  static constexpr std::string_view response_root = "DescribeRCMetricListResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by NextToken (client/paging.hpp).
  static constexpr bool pages_by_token = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::dimensions>{"Dimensions", presence::optional},
      field<&request::end_time>{"EndTime", presence::optional},
      field<&request::express>{"Express", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::length>{"Length", presence::optional},
      field<&request::metric_name>{"MetricName", presence::required},
      field<&request::next_token>{"NextToken", presence::optional},
      field<&request::period>{"Period", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::start_time>{"StartTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::datapoints>{"Datapoints", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::next_token>{"NextToken", presence::optional},
      field<&response::period>{"Period", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::describe_rc_metric_list::request>());

}  // namespace rdscodec

#endif
