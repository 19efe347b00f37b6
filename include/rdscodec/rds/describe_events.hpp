// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeEvents (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_EVENTS_HPP
#define RDSCODEC_RDS_DESCRIBE_EVENTS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_events {

// DescribeEventsResponseBody.eventItems.eventItems
struct event_items_2 {
  std::optional<std::int64_t> caller_uid;
  std::optional<std::int32_t> event_id;
  std::optional<std::string> event_name;
  std::optional<std::string> event_payload;
  std::optional<std::string> event_reason;
  std::optional<std::string> event_record_time;
  std::optional<std::string> event_time;
  std::optional<std::string> event_type;
  std::optional<std::string> event_user_type;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_name;
  std::optional<std::string> resource_type;
};

// DescribeEventsResponseBody.eventItems
struct event_items {
  std::vector<event_items_2> event_items;
};

struct request {
  std::optional<std::string> end_time;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> start_time;
};

struct response {
  std::optional<::rdscodec::rds::describe_events::event_items> event_items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_events

namespace rdscodec {

template <>
struct object_traits<rds::describe_events::event_items_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_events::event_items_2::caller_uid>{"CallerUid", presence::optional},
      field<&rds::describe_events::event_items_2::event_id>{"EventId", presence::optional},
      field<&rds::describe_events::event_items_2::event_name>{"EventName", presence::optional},
      field<&rds::describe_events::event_items_2::event_payload>{"EventPayload", presence::optional},
      field<&rds::describe_events::event_items_2::event_reason>{"EventReason", presence::optional},
      field<&rds::describe_events::event_items_2::event_record_time>{"EventRecordTime", presence::optional},
      field<&rds::describe_events::event_items_2::event_time>{"EventTime", presence::optional},
      field<&rds::describe_events::event_items_2::event_type>{"EventType", presence::optional},
      field<&rds::describe_events::event_items_2::event_user_type>{"EventUserType", presence::optional},
      field<&rds::describe_events::event_items_2::region_id>{"RegionId", presence::optional},
      field<&rds::describe_events::event_items_2::resource_name>{"ResourceName", presence::optional},
      field<&rds::describe_events::event_items_2::resource_type>{"ResourceType", presence::optional});
};

template <>
struct object_traits<rds::describe_events::event_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_events::event_items::event_items>{"EventItems", presence::optional});
};

template <>
struct operation_traits<rds::describe_events::request> {
  using request = rds::describe_events::request;
  using response = rds::describe_events::response;
  static constexpr std::string_view action = "DescribeEvents";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeEventsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::end_time>{"EndTime", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::event_items>{"EventItems", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_events::request>());

}  // namespace rdscodec

#endif
