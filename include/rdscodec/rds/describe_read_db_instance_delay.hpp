// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeReadDBInstanceDelay (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_READ_DB_INSTANCE_DELAY_HPP
#define RDSCODEC_RDS_DESCRIBE_READ_DB_INSTANCE_DELAY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_read_db_instance_delay {

// DescribeReadDBInstanceDelayResponseBody.items.items.readDBInstanceNames
struct read_db_instance_names {
  std::vector<std::string> read_db_instance_name;
};

// DescribeReadDBInstanceDelayResponseBody.items.items.readDelayTimes
struct read_delay_times {
  std::vector<std::string> read_delay_time;
};

// DescribeReadDBInstanceDelayResponseBody.items.items.readonlyInstanceDelay.readonlyInstanceDelay
struct readonly_instance_delay_2 {
  std::optional<std::string> flush_lag;
  std::optional<std::string> flush_latency;
  std::optional<std::string> read_db_instance_name;
  std::optional<std::string> replay_lag;
  std::optional<std::string> replay_latency;
  std::optional<std::string> send_latency;
  std::optional<std::string> write_lag;
  std::optional<std::string> write_latency;
};

// DescribeReadDBInstanceDelayResponseBody.items.items.readonlyInstanceDelay
struct readonly_instance_delay {
  std::vector<readonly_instance_delay_2> readonly_instance_delay;
};

// DescribeReadDBInstanceDelayResponseBody.items.items
struct items_2 {
  std::optional<std::string> db_instance_id;
  std::optional<::rdscodec::rds::describe_read_db_instance_delay::read_db_instance_names> read_db_instance_names;
  std::optional<::rdscodec::rds::describe_read_db_instance_delay::read_delay_times> read_delay_times;
  std::optional<::rdscodec::rds::describe_read_db_instance_delay::readonly_instance_delay> readonly_instance_delay;
};

// DescribeReadDBInstanceDelayResponseBody.items
struct items {
  std::vector<items_2> items;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string read_instance_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::int32_t> delay_time;
  std::optional<::rdscodec::rds::describe_read_db_instance_delay::items> items;
  std::optional<std::string> read_db_instance_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_read_db_instance_delay

namespace rdscodec {

template <>
struct object_traits<rds::describe_read_db_instance_delay::read_db_instance_names> {
  static constexpr auto fields = field_list(
      field<&rds::describe_read_db_instance_delay::read_db_instance_names::read_db_instance_name>{"ReadDBInstanceName", presence::optional});
};

template <>
struct object_traits<rds::describe_read_db_instance_delay::read_delay_times> {
  static constexpr auto fields = field_list(
      field<&rds::describe_read_db_instance_delay::read_delay_times::read_delay_time>{"ReadDelayTime", presence::optional});
};

template <>
struct object_traits<rds::describe_read_db_instance_delay::readonly_instance_delay_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_read_db_instance_delay::readonly_instance_delay_2::flush_lag>{"FlushLag", presence::optional},
      field<&rds::describe_read_db_instance_delay::readonly_instance_delay_2::flush_latency>{"FlushLatency", presence::optional},
      field<&rds::describe_read_db_instance_delay::readonly_instance_delay_2::read_db_instance_name>{"ReadDBInstanceName", presence::optional},
      field<&rds::describe_read_db_instance_delay::readonly_instance_delay_2::replay_lag>{"ReplayLag", presence::optional},
      field<&rds::describe_read_db_instance_delay::readonly_instance_delay_2::replay_latency>{"ReplayLatency", presence::optional},
      field<&rds::describe_read_db_instance_delay::readonly_instance_delay_2::send_latency>{"SendLatency", presence::optional},
      field<&rds::describe_read_db_instance_delay::readonly_instance_delay_2::write_lag>{"WriteLag", presence::optional},
      field<&rds::describe_read_db_instance_delay::readonly_instance_delay_2::write_latency>{"WriteLatency", presence::optional});
};

template <>
struct object_traits<rds::describe_read_db_instance_delay::readonly_instance_delay> {
  static constexpr auto fields = field_list(
      field<&rds::describe_read_db_instance_delay::readonly_instance_delay::readonly_instance_delay>{"ReadonlyInstanceDelay", presence::optional});
};

template <>
struct object_traits<rds::describe_read_db_instance_delay::items_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_read_db_instance_delay::items_2::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_read_db_instance_delay::items_2::read_db_instance_names>{"ReadDBInstanceNames", presence::optional},
      field<&rds::describe_read_db_instance_delay::items_2::read_delay_times>{"ReadDelayTimes", presence::optional},
      field<&rds::describe_read_db_instance_delay::items_2::readonly_instance_delay>{"ReadonlyInstanceDelay", presence::optional});
};

template <>
struct object_traits<rds::describe_read_db_instance_delay::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_read_db_instance_delay::items::items>{"Items", presence::optional});
};

template <>
struct operation_traits<rds::describe_read_db_instance_delay::request> {
  using request = rds::describe_read_db_instance_delay::request;
  using response = rds::describe_read_db_instance_delay::response;
  static constexpr std::string_view action = "DescribeReadDBInstanceDelay";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeReadDBInstanceDelayResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::read_instance_id>{"ReadInstanceId", presence::required},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::delay_time>{"DelayTime", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::read_db_instance_id>{"ReadDBInstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_read_db_instance_delay::request>());

}  // namespace rdscodec

#endif
