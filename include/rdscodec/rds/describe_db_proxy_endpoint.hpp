// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBProxyEndpoint (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_PROXY_ENDPOINT_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_PROXY_ENDPOINT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_proxy_endpoint {

// DescribeDBProxyEndpointResponseBody.DBProxyNodes.DBProxyNodes
struct db_proxy_nodes_2 {
  std::optional<std::string> cpu_cores;
  std::optional<std::string> node_id;
  std::optional<std::string> zone_id;
};

// DescribeDBProxyEndpointResponseBody.DBProxyNodes
struct db_proxy_nodes {
  std::vector<db_proxy_nodes_2> db_proxy_nodes;
};

// DescribeDBProxyEndpointResponseBody.endpointConnectItems.endpointConnectItems
struct endpoint_connect_items_2 {
  std::optional<std::string> db_proxy_endpoint_connect_string;
  std::optional<std::string> db_proxy_endpoint_net_type;
  std::optional<std::string> db_proxy_endpoint_port;
};

// DescribeDBProxyEndpointResponseBody.endpointConnectItems
struct endpoint_connect_items {
  std::vector<endpoint_connect_items_2> endpoint_connect_items;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> db_proxy_connect_string;
  std::optional<std::string> db_proxy_endpoint_id;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> causal_consist_read_timeout;
  std::optional<std::string> db_proxy_connect_string;
  std::optional<std::string> db_proxy_connect_string_net_type;
  std::optional<std::string> db_proxy_connect_string_port;
  std::optional<std::string> db_proxy_endpoint_cost_threshold_for_duckdb;
  std::optional<std::string> db_proxy_endpoint_id;
  std::optional<std::string> db_proxy_endpoint_min_slave_count;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::string> db_proxy_features;
  std::optional<::rdscodec::rds::describe_db_proxy_endpoint::db_proxy_nodes> db_proxy_nodes;
  std::optional<std::string> db_proxy_endpoint_aliases;
  std::optional<std::string> db_proxy_endpoint_read_write_mode;
  std::optional<std::string> db_proxy_endpoint_vpc_id;
  std::optional<std::string> db_proxy_endpoint_vswitch_id;
  std::optional<std::string> db_proxy_endpoint_zone_id;
  std::optional<::rdscodec::rds::describe_db_proxy_endpoint::endpoint_connect_items> endpoint_connect_items;
  std::optional<std::string> read_only_instance_distribution_type;
  std::optional<std::string> read_only_instance_max_delay_time;
  std::optional<std::string> read_only_instance_weight;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_proxy_endpoint

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_proxy_endpoint::db_proxy_nodes_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy_endpoint::db_proxy_nodes_2::cpu_cores>{"cpuCores", presence::optional},
      field<&rds::describe_db_proxy_endpoint::db_proxy_nodes_2::node_id>{"nodeId", presence::optional},
      field<&rds::describe_db_proxy_endpoint::db_proxy_nodes_2::zone_id>{"zoneId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy_endpoint::db_proxy_nodes> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy_endpoint::db_proxy_nodes::db_proxy_nodes>{"DBProxyNodes", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy_endpoint::endpoint_connect_items_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy_endpoint::endpoint_connect_items_2::db_proxy_endpoint_connect_string>{"DbProxyEndpointConnectString", presence::optional},
      field<&rds::describe_db_proxy_endpoint::endpoint_connect_items_2::db_proxy_endpoint_net_type>{"DbProxyEndpointNetType", presence::optional},
      field<&rds::describe_db_proxy_endpoint::endpoint_connect_items_2::db_proxy_endpoint_port>{"DbProxyEndpointPort", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy_endpoint::endpoint_connect_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy_endpoint::endpoint_connect_items::endpoint_connect_items>{"EndpointConnectItems", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_proxy_endpoint::request> {
  using request = rds::describe_db_proxy_endpoint::request;
  using response = rds::describe_db_proxy_endpoint::response;
  static constexpr std::string_view action = "DescribeDBProxyEndpoint";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBProxyEndpointResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_proxy_connect_string>{"DBProxyConnectString", presence::optional},
      field<&request::db_proxy_endpoint_id>{"DBProxyEndpointId", presence::optional},
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::causal_consist_read_timeout>{"CausalConsistReadTimeout", presence::optional},
      field<&response::db_proxy_connect_string>{"DBProxyConnectString", presence::optional},
      field<&response::db_proxy_connect_string_net_type>{"DBProxyConnectStringNetType", presence::optional},
      field<&response::db_proxy_connect_string_port>{"DBProxyConnectStringPort", presence::optional},
      field<&response::db_proxy_endpoint_cost_threshold_for_duckdb>{"DBProxyEndpointCostThresholdForDuckdb", presence::optional},
      field<&response::db_proxy_endpoint_id>{"DBProxyEndpointId", presence::optional},
      field<&response::db_proxy_endpoint_min_slave_count>{"DBProxyEndpointMinSlaveCount", presence::optional},
      field<&response::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&response::db_proxy_features>{"DBProxyFeatures", presence::optional},
      field<&response::db_proxy_nodes>{"DBProxyNodes", presence::optional},
      field<&response::db_proxy_endpoint_aliases>{"DbProxyEndpointAliases", presence::optional},
      field<&response::db_proxy_endpoint_read_write_mode>{"DbProxyEndpointReadWriteMode", presence::optional},
      field<&response::db_proxy_endpoint_vpc_id>{"DbProxyEndpointVpcId", presence::optional},
      field<&response::db_proxy_endpoint_vswitch_id>{"DbProxyEndpointVswitchId", presence::optional},
      field<&response::db_proxy_endpoint_zone_id>{"DbProxyEndpointZoneId", presence::optional},
      field<&response::endpoint_connect_items>{"EndpointConnectItems", presence::optional},
      field<&response::read_only_instance_distribution_type>{"ReadOnlyInstanceDistributionType", presence::optional},
      field<&response::read_only_instance_max_delay_time>{"ReadOnlyInstanceMaxDelayTime", presence::optional},
      field<&response::read_only_instance_weight>{"ReadOnlyInstanceWeight", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_proxy_endpoint::request>());

}  // namespace rdscodec

#endif
