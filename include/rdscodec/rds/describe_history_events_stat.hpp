// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeHistoryEventsStat (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_HISTORY_EVENTS_STAT_HPP
#define RDSCODEC_RDS_DESCRIBE_HISTORY_EVENTS_STAT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_history_events_stat {

// DescribeHistoryEventsStatResponseBody.items
struct items {
  std::optional<std::string> event_category;
  std::optional<std::int32_t> total_count;
};

struct request {
  std::optional<std::string> archive_status;
  std::optional<std::string> from_start_time;
  std::string region_id;
  std::optional<std::string> to_start_time;
};

struct response {
  std::vector<::rdscodec::rds::describe_history_events_stat::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_history_events_stat

namespace rdscodec {

template <>
struct object_traits<rds::describe_history_events_stat::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_history_events_stat::items::event_category>{"EventCategory", presence::optional},
      field<&rds::describe_history_events_stat::items::total_count>{"TotalCount", presence::optional});
};

template <>
struct operation_traits<rds::describe_history_events_stat::request> {
  using request = rds::describe_history_events_stat::request;
  using response = rds::describe_history_events_stat::response;
  static constexpr std::string_view action = "DescribeHistoryEventsStat";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeHistoryEventsStatResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "list").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::archive_status>{"ArchiveStatus", presence::optional},
      field<&request::from_start_time>{"FromStartTime", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::to_start_time>{"ToStartTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_history_events_stat::request>());

}  // namespace rdscodec

#endif
