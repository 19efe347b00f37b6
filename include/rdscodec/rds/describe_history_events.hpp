// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeHistoryEvents (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_HISTORY_EVENTS_HPP
#define RDSCODEC_RDS_DESCRIBE_HISTORY_EVENTS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_history_events {

// DescribeHistoryEventsResponseBody.items.data
struct data {
  std::optional<std::string> cms_product;
  std::optional<std::string> db_type;
  std::optional<std::string> detail_impact;
  std::optional<std::string> detail_reason;
  std::optional<std::string> end_time;
  std::optional<std::string> event_category;
  std::optional<std::string> event_code;
  std::optional<std::string> event_detail;
  std::optional<std::string> event_id;
  std::optional<std::string> event_impact;
  std::optional<std::string> event_level;
  std::optional<std::string> event_reason;
  std::optional<std::string> event_status;
  std::optional<std::string> event_type;
  std::optional<std::string> gmt_created;
  std::optional<std::string> gmt_modified;
  std::optional<std::string> handle_status;
  std::optional<std::int32_t> has_life_cycle;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_name;
  std::optional<std::int32_t> is_closed;
  std::optional<std::string> product;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_type;
  std::optional<std::string> source_type;
  std::optional<std::string> start_time;
  std::optional<std::string> uid;
};

// DescribeHistoryEventsResponseBody.items
struct items {
  std::optional<::rdscodec::rds::describe_history_events::data> data;
  std::optional<std::string> id;
  std::optional<std::string> region;
  std::optional<std::string> source;
  std::optional<std::string> specversion;
  std::optional<std::string> subject;
  std::optional<std::string> time;
  std::optional<std::string> type;
};

struct request {
  std::optional<std::string> archive_status;
  std::optional<std::string> event_category;
  std::optional<std::string> event_id;
  std::optional<std::string> event_level;
  std::optional<std::string> event_status;
  std::optional<std::string> event_type;
  std::string from_start_time;
  std::optional<std::string> instance_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_type;
  std::optional<std::string> task_id;
  std::string to_start_time;
};

struct response {
  std::vector<::rdscodec::rds::describe_history_events::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
};

}  // namespace rdscodec::rds::describe_history_events

namespace rdscodec {

template <>
struct object_traits<rds::describe_history_events::data> {
  static constexpr auto fields = field_list(
      field<&rds::describe_history_events::data::cms_product>{"CmsProduct", presence::optional},
      field<&rds::describe_history_events::data::db_type>{"DbType", presence::optional},
      field<&rds::describe_history_events::data::detail_impact>{"DetailImpact", presence::optional},
      field<&rds::describe_history_events::data::detail_reason>{"DetailReason", presence::optional},
      field<&rds::describe_history_events::data::end_time>{"EndTime", presence::optional},
      field<&rds::describe_history_events::data::event_category>{"EventCategory", presence::optional},
      field<&rds::describe_history_events::data::event_code>{"EventCode", presence::optional},
      field<&rds::describe_history_events::data::event_detail>{"EventDetail", presence::optional},
      field<&rds::describe_history_events::data::event_id>{"EventId", presence::optional},
      field<&rds::describe_history_events::data::event_impact>{"EventImpact", presence::optional},
      field<&rds::describe_history_events::data::event_level>{"EventLevel", presence::optional},
      field<&rds::describe_history_events::data::event_reason>{"EventReason", presence::optional},
      field<&rds::describe_history_events::data::event_status>{"EventStatus", presence::optional},
      field<&rds::describe_history_events::data::event_type>{"EventType", presence::optional},
      field<&rds::describe_history_events::data::gmt_created>{"GmtCreated", presence::optional},
      field<&rds::describe_history_events::data::gmt_modified>{"GmtModified", presence::optional},
      field<&rds::describe_history_events::data::handle_status>{"HandleStatus", presence::optional},
      field<&rds::describe_history_events::data::has_life_cycle>{"HasLifeCycle", presence::optional},
      field<&rds::describe_history_events::data::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_history_events::data::instance_name>{"InstanceName", presence::optional},
      field<&rds::describe_history_events::data::is_closed>{"IsClosed", presence::optional},
      field<&rds::describe_history_events::data::product>{"Product", presence::optional},
      field<&rds::describe_history_events::data::region_id>{"RegionId", presence::optional},
      field<&rds::describe_history_events::data::resource_type>{"ResourceType", presence::optional},
      field<&rds::describe_history_events::data::source_type>{"SourceType", presence::optional},
      field<&rds::describe_history_events::data::start_time>{"StartTime", presence::optional},
      field<&rds::describe_history_events::data::uid>{"Uid", presence::optional});
};

template <>
struct object_traits<rds::describe_history_events::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_history_events::items::data>{"Data", presence::optional},
      field<&rds::describe_history_events::items::id>{"Id", presence::optional},
      field<&rds::describe_history_events::items::region>{"Region", presence::optional},
      field<&rds::describe_history_events::items::source>{"Source", presence::optional},
      field<&rds::describe_history_events::items::specversion>{"Specversion", presence::optional},
      field<&rds::describe_history_events::items::subject>{"Subject", presence::optional},
      field<&rds::describe_history_events::items::time>{"Time", presence::optional},
      field<&rds::describe_history_events::items::type>{"Type", presence::optional});
};

template <>
struct operation_traits<rds::describe_history_events::request> {
  using request = rds::describe_history_events::request;
  using response = rds::describe_history_events::response;
  static constexpr std::string_view action = "DescribeHistoryEvents";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeHistoryEventsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "list").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::archive_status>{"ArchiveStatus", presence::optional},
      field<&request::event_category>{"EventCategory", presence::optional},
      field<&request::event_id>{"EventId", presence::optional},
      field<&request::event_level>{"EventLevel", presence::optional},
      field<&request::event_status>{"EventStatus", presence::optional},
      field<&request::event_type>{"EventType", presence::optional},
      field<&request::from_start_time>{"FromStartTime", presence::required},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 10, 100},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_type>{"ResourceType", presence::optional},
      field<&request::task_id>{"TaskId", presence::optional},
      field<&request::to_start_time>{"ToStartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_history_events::request>());

}  // namespace rdscodec

#endif
