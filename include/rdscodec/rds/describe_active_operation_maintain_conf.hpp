// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeActiveOperationMaintainConf (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_ACTIVE_OPERATION_MAINTAIN_CONF_HPP
#define RDSCODEC_RDS_DESCRIBE_ACTIVE_OPERATION_MAINTAIN_CONF_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_active_operation_maintain_conf {

// DescribeActiveOperationMaintainConfResponseBody.config
struct config {
  std::optional<std::string> created_time;
  std::optional<std::string> cycle_time;
  std::optional<std::string> cycle_type;
  std::optional<std::string> maintain_end_time;
  std::optional<std::string> maintain_start_time;
  std::optional<std::string> modified_time;
  std::optional<std::int32_t> status;
};

struct request {
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_active_operation_maintain_conf::config> config;
  std::optional<std::int32_t> has_config;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_active_operation_maintain_conf

namespace rdscodec {

template <>
struct object_traits<rds::describe_active_operation_maintain_conf::config> {
  static constexpr auto fields = field_list(
      field<&rds::describe_active_operation_maintain_conf::config::created_time>{"CreatedTime", presence::optional},
      field<&rds::describe_active_operation_maintain_conf::config::cycle_time>{"CycleTime", presence::optional},
      field<&rds::describe_active_operation_maintain_conf::config::cycle_type>{"CycleType", presence::optional},
      field<&rds::describe_active_operation_maintain_conf::config::maintain_end_time>{"MaintainEndTime", presence::optional},
      field<&rds::describe_active_operation_maintain_conf::config::maintain_start_time>{"MaintainStartTime", presence::optional},
      field<&rds::describe_active_operation_maintain_conf::config::modified_time>{"ModifiedTime", presence::optional},
      field<&rds::describe_active_operation_maintain_conf::config::status>{"Status", presence::optional});
};

template <>
struct operation_traits<rds::describe_active_operation_maintain_conf::request> {
  using request = rds::describe_active_operation_maintain_conf::request;
  using response = rds::describe_active_operation_maintain_conf::response;
  static constexpr std::string_view action = "DescribeActiveOperationMaintainConf";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeActiveOperationMaintainConfResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::config>{"Config", presence::optional},
      field<&response::has_config>{"HasConfig", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_active_operation_maintain_conf::request>());

}  // namespace rdscodec

#endif
