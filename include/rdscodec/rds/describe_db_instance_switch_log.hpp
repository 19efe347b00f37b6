// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceSwitchLog (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_SWITCH_LOG_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_SWITCH_LOG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_switch_log {

// DescribeDBInstanceSwitchLogResponseBody.items.item
struct item {
  std::optional<std::string> affected_sessions;
  std::optional<std::string> ha_status;
  std::optional<std::string> switch_cause_code;
  std::optional<std::string> switch_cause_detail;
  std::optional<std::string> switch_finish_time;
  std::optional<std::string> switch_id;
  std::optional<std::string> switch_start_time;
  std::optional<std::string> total_sessions;
};

// DescribeDBInstanceSwitchLogResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_db_instance_switch_log::item> item;
};

struct request {
  std::optional<std::string> db_instance_id;
  std::string end_time;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string start_time;
};

struct response {
  std::optional<std::string> db_instance_name;
  std::optional<::rdscodec::rds::describe_db_instance_switch_log::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_db_instance_switch_log

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_switch_log::item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_switch_log::item::affected_sessions>{"AffectedSessions", presence::optional},
      field<&rds::describe_db_instance_switch_log::item::ha_status>{"HAStatus", presence::optional},
      field<&rds::describe_db_instance_switch_log::item::switch_cause_code>{"SwitchCauseCode", presence::optional},
      field<&rds::describe_db_instance_switch_log::item::switch_cause_detail>{"SwitchCauseDetail", presence::optional},
      field<&rds::describe_db_instance_switch_log::item::switch_finish_time>{"SwitchFinishTime", presence::optional},
      field<&rds::describe_db_instance_switch_log::item::switch_id>{"SwitchId", presence::optional},
      field<&rds::describe_db_instance_switch_log::item::switch_start_time>{"SwitchStartTime", presence::optional},
      field<&rds::describe_db_instance_switch_log::item::total_sessions>{"TotalSessions", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_switch_log::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_switch_log::items::item>{"Item", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_switch_log::request> {
  using request = rds::describe_db_instance_switch_log::request;
  using response = rds::describe_db_instance_switch_log::response;
  static constexpr std::string_view action = "DescribeDBInstanceSwitchLog";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceSwitchLogResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_name>{"DBInstanceName", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_switch_log::request>());

}  // namespace rdscodec

#endif
