// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeHASwitchConfig (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_HA_SWITCH_CONFIG_HPP
#define RDSCODEC_RDS_DESCRIBE_HA_SWITCH_CONFIG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_ha_switch_config {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> ha_config;
  std::optional<std::string> manual_ha_time;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_ha_switch_config

namespace rdscodec {

template <>
struct operation_traits<rds::describe_ha_switch_config::request> {
  using request = rds::describe_ha_switch_config::request;
  using response = rds::describe_ha_switch_config::response;
  static constexpr std::string_view action = "DescribeHASwitchConfig";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeHASwitchConfigResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::ha_config>{"HAConfig", presence::optional},
      field<&response::manual_ha_time>{"ManualHATime", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_ha_switch_config::request>());

}  // namespace rdscodec

#endif
