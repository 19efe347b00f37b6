// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCInstanceHistoryEvents (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_HISTORY_EVENTS_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_HISTORY_EVENTS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_instance_history_events {

// DescribeRCInstanceHistoryEventsRequest.eventPublishTime
struct event_publish_time {
  std::optional<std::string> end;
  std::optional<std::string> start;
};

// DescribeRCInstanceHistoryEventsRequest.notBefore
struct not_before {
  std::optional<std::string> end;
  std::optional<std::string> start;
};

// DescribeRCInstanceHistoryEventsRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

// DescribeRCInstanceHistoryEventsResponseBody.instanceSystemEventSet.eventCycleStatus
struct event_cycle_status {
  std::optional<std::string> code;
  std::optional<std::string> name;
};

// DescribeRCInstanceHistoryEventsResponseBody.instanceSystemEventSet.eventType
struct event_type {
  std::optional<std::string> code;
  std::optional<std::string> name;
};

// DescribeRCInstanceHistoryEventsResponseBody.instanceSystemEventSet.extendedAttribute.inactiveDisks
struct inactive_disks {
  std::optional<std::string> creation_time;
  std::optional<std::string> device_category;
  std::optional<std::string> device_size;
  std::optional<std::string> device_type;
  std::optional<std::string> release_time;
};

// DescribeRCInstanceHistoryEventsResponseBody.instanceSystemEventSet.extendedAttribute
struct extended_attribute {
  std::optional<std::string> can_accept;
  std::optional<std::string> code;
  std::optional<std::string> device;
  std::optional<std::string> disk_id;
  std::optional<std::string> host_id;
  std::optional<std::string> host_type;
  std::vector<::rdscodec::rds::describe_rc_instance_history_events::inactive_disks> inactive_disks;
  std::vector<std::string> migration_options;
  std::optional<std::string> online_repair_policy;
  std::optional<std::string> punish_domain;
  std::optional<std::string> punish_type;
  std::optional<std::string> punish_url;
  std::optional<std::string> rack;
  std::optional<std::string> response_result;
};

// DescribeRCInstanceHistoryEventsResponseBody.instanceSystemEventSet
struct instance_system_event_set {
  std::optional<::rdscodec::rds::describe_rc_instance_history_events::event_cycle_status> event_cycle_status;
  std::optional<std::string> event_finish_time;
  std::optional<std::string> event_id;
  std::optional<std::string> event_publish_time;
  std::optional<::rdscodec::rds::describe_rc_instance_history_events::event_type> event_type;
  std::optional<::rdscodec::rds::describe_rc_instance_history_events::extended_attribute> extended_attribute;
  std::optional<std::string> impact_level;
  std::optional<std::string> instance_id;
  std::optional<std::string> not_before;
  std::optional<std::string> reason;
  std::optional<std::string> reason_code;
  std::optional<std::string> resource_type;
};

struct request {
  std::optional<::rdscodec::rds::describe_rc_instance_history_events::event_publish_time> event_publish_time;
  std::optional<::rdscodec::rds::describe_rc_instance_history_events::not_before> not_before;
  std::optional<std::string> event_cycle_status;
  std::optional<std::vector<std::string>> event_id;
  std::optional<std::string> event_type;
  std::optional<std::string> impact_level;
  std::optional<std::vector<std::string>> instance_event_cycle_status;
  std::optional<std::vector<std::string>> instance_event_type;
  std::optional<std::string> instance_id;
  std::optional<std::string> max_results;
  std::optional<std::string> page_number;
  std::optional<std::string> page_size;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::vector<std::string>> resource_id;
  std::optional<std::vector<::rdscodec::rds::describe_rc_instance_history_events::tag>> tag;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_instance_history_events::instance_system_event_set> instance_system_event_set;
  std::optional<std::string> next_token;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
};

}  // namespace rdscodec::rds::describe_rc_instance_history_events

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_instance_history_events::event_publish_time> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_history_events::event_publish_time::end>{"End", presence::optional},
      field<&rds::describe_rc_instance_history_events::event_publish_time::start>{"Start", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_history_events::not_before> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_history_events::not_before::end>{"End", presence::optional},
      field<&rds::describe_rc_instance_history_events::not_before::start>{"Start", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_history_events::tag> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_history_events::tag::key>{"Key", presence::optional},
      field<&rds::describe_rc_instance_history_events::tag::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_history_events::event_cycle_status> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_history_events::event_cycle_status::code>{"Code", presence::optional},
      field<&rds::describe_rc_instance_history_events::event_cycle_status::name>{"Name", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_history_events::event_type> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_history_events::event_type::code>{"Code", presence::optional},
      field<&rds::describe_rc_instance_history_events::event_type::name>{"Name", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_history_events::inactive_disks> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_history_events::inactive_disks::creation_time>{"CreationTime", presence::optional},
      field<&rds::describe_rc_instance_history_events::inactive_disks::device_category>{"DeviceCategory", presence::optional},
      field<&rds::describe_rc_instance_history_events::inactive_disks::device_size>{"DeviceSize", presence::optional},
      field<&rds::describe_rc_instance_history_events::inactive_disks::device_type>{"DeviceType", presence::optional},
      field<&rds::describe_rc_instance_history_events::inactive_disks::release_time>{"ReleaseTime", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_history_events::extended_attribute> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_history_events::extended_attribute::can_accept>{"CanAccept", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::code>{"Code", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::device>{"Device", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::disk_id>{"DiskId", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::host_id>{"HostId", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::host_type>{"HostType", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::inactive_disks>{"InactiveDisks", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::migration_options>{"MigrationOptions", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::online_repair_policy>{"OnlineRepairPolicy", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::punish_domain>{"PunishDomain", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::punish_type>{"PunishType", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::punish_url>{"PunishUrl", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::rack>{"Rack", presence::optional},
      field<&rds::describe_rc_instance_history_events::extended_attribute::response_result>{"ResponseResult", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_history_events::instance_system_event_set> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::event_cycle_status>{"EventCycleStatus", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::event_finish_time>{"EventFinishTime", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::event_id>{"EventId", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::event_publish_time>{"EventPublishTime", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::event_type>{"EventType", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::extended_attribute>{"ExtendedAttribute", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::impact_level>{"ImpactLevel", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::not_before>{"NotBefore", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::reason>{"Reason", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::reason_code>{"ReasonCode", presence::optional},
      field<&rds::describe_rc_instance_history_events::instance_system_event_set::resource_type>{"ResourceType", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_instance_history_events::request> {
  using request = rds::describe_rc_instance_history_events::request;
  using response = rds::describe_rc_instance_history_events::response;
  static constexpr std::string_view action = "DescribeRCInstanceHistoryEvents";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCInstanceHistoryEventsResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::event_cycle_status>{"EventCycleStatus", presence::optional},
      field<&request::event_id>{"EventId", presence::optional},
      field<&request::event_publish_time>{"EventPublishTime", presence::optional},
      field<&request::event_type>{"EventType", presence::optional},
      field<&request::impact_level>{"ImpactLevel", presence::optional},
      field<&request::instance_event_cycle_status>{"InstanceEventCycleStatus", presence::optional},
      field<&request::instance_event_type>{"InstanceEventType", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::max_results>{"MaxResults", presence::optional},
      field<&request::not_before>{"NotBefore", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_id>{"ResourceId", presence::optional},
      field<&request::tag>{"Tag", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::instance_system_event_set>{"InstanceSystemEventSet", presence::optional},
      field<&response::next_token>{"NextToken", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_rc_instance_history_events::request>());

}  // namespace rdscodec

#endif
