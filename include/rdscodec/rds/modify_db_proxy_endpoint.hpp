// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBProxyEndpoint (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following topics and make sure that you fully understand
// the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_MODIFY_DB_PROXY_ENDPOINT_HPP
#define RDSCODEC_RDS_MODIFY_DB_PROXY_ENDPOINT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_proxy_endpoint {

struct request {
  std::optional<std::string> causal_consist_read_timeout;
  std::optional<std::string> config_db_proxy_features;
  std::string db_instance_id;
  std::optional<std::string> db_proxy_endpoint_id;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::string> db_endpoint_aliases;
  std::optional<std::string> db_endpoint_cost_threshold_for_duckdb;
  std::optional<std::string> db_endpoint_min_slave_count;
  std::optional<std::string> db_endpoint_operator;
  std::optional<std::string> db_endpoint_read_write_mode;
  std::optional<std::string> db_endpoint_type;
  std::optional<std::string> effective_specific_time;
  std::optional<std::string> effective_time;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> read_only_instance_distribution_type;
  std::optional<std::string> read_only_instance_max_delay_time;
  std::optional<std::string> read_only_instance_weight;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_proxy_endpoint

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_proxy_endpoint::request> {
  using request = rds::modify_db_proxy_endpoint::request;
  using response = rds::modify_db_proxy_endpoint::response;
  static constexpr std::string_view action = "ModifyDBProxyEndpoint";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBProxyEndpointResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::causal_consist_read_timeout>{"CausalConsistReadTimeout", presence::optional},
      field<&request::config_db_proxy_features>{"ConfigDBProxyFeatures", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_proxy_endpoint_id>{"DBProxyEndpointId", presence::optional},
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::db_endpoint_aliases>{"DbEndpointAliases", presence::optional},
      field<&request::db_endpoint_cost_threshold_for_duckdb>{"DbEndpointCostThresholdForDuckdb", presence::optional},
      field<&request::db_endpoint_min_slave_count>{"DbEndpointMinSlaveCount", presence::optional},
      field<&request::db_endpoint_operator>{"DbEndpointOperator", presence::optional},
      field<&request::db_endpoint_read_write_mode>{"DbEndpointReadWriteMode", presence::optional},
      field<&request::db_endpoint_type>{"DbEndpointType", presence::optional},
      field<&request::effective_specific_time>{"EffectiveSpecificTime", presence::optional},
      field<&request::effective_time>{"EffectiveTime", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::read_only_instance_distribution_type>{"ReadOnlyInstanceDistributionType", presence::optional},
      field<&request::read_only_instance_max_delay_time>{"ReadOnlyInstanceMaxDelayTime", presence::optional},
      field<&request::read_only_instance_weight>{"ReadOnlyInstanceWeight", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_proxy_endpoint::request>());

}  // namespace rdscodec

#endif
