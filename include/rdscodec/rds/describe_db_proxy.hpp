// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBProxy (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_PROXY_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_PROXY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_proxy {

// DescribeDBProxyResponseBody.DBProxyAVZones
struct db_proxy_av_zones {
  std::vector<std::string> db_proxy_av_zones;
};

// DescribeDBProxyResponseBody.DBProxyConnectStringItems.DBProxyConnectStringItems
struct db_proxy_connect_string_items_2 {
  std::optional<std::string> db_proxy_connect_string;
  std::optional<std::string> db_proxy_connect_string_net_type;
  std::optional<std::string> db_proxy_connect_string_net_work_type;
  std::optional<std::string> db_proxy_connect_string_port;
  std::optional<std::string> db_proxy_endpoint_id;
  std::optional<std::string> db_proxy_endpoint_name;
  std::optional<std::string> db_proxy_vpc_id;
  std::optional<std::string> db_proxy_vpc_instance_id;
  std::optional<std::string> db_proxy_vswitch_id;
};

// DescribeDBProxyResponseBody.DBProxyConnectStringItems
struct db_proxy_connect_string_items {
  std::vector<db_proxy_connect_string_items_2> db_proxy_connect_string_items;
};

// DescribeDBProxyResponseBody.DBProxyInstanceMinorVersions
struct db_proxy_instance_minor_versions {
  std::vector<std::string> db_proxy_instance_minor_versions;
};

// DescribeDBProxyResponseBody.DBProxyNodes.DBProxyNodes
struct db_proxy_nodes_2 {
  std::optional<std::string> cpu_cores;
  std::optional<std::string> node_id;
  std::optional<std::string> zone_id;
};

// DescribeDBProxyResponseBody.DBProxyNodes
struct db_proxy_nodes {
  std::vector<db_proxy_nodes_2> db_proxy_nodes;
};

// DescribeDBProxyResponseBody.dbProxyEndpointItems.dbProxyEndpointItems
struct db_proxy_endpoint_items_2 {
  std::optional<std::string> db_proxy_endpoint_aliases;
  std::optional<std::string> db_proxy_endpoint_name;
  std::optional<std::string> db_proxy_endpoint_type;
  std::optional<std::string> db_proxy_read_write_mode;
};

// DescribeDBProxyResponseBody.dbProxyEndpointItems
struct db_proxy_endpoint_items {
  std::vector<db_proxy_endpoint_items_2> db_proxy_endpoint_items;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_proxy::db_proxy_av_zones> db_proxy_av_zones;
  std::optional<::rdscodec::rds::describe_db_proxy::db_proxy_connect_string_items> db_proxy_connect_string_items;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::string> db_proxy_instance_current_minor_version;
  std::optional<std::string> db_proxy_instance_latest_minor_version;
  std::optional<::rdscodec::rds::describe_db_proxy::db_proxy_instance_minor_versions> db_proxy_instance_minor_versions;
  std::optional<std::string> db_proxy_instance_name;
  std::optional<std::int32_t> db_proxy_instance_num;
  std::optional<std::string> db_proxy_instance_size;
  std::optional<std::string> db_proxy_instance_status;
  std::optional<std::string> db_proxy_instance_type;
  std::optional<std::string> db_proxy_kind_code;
  std::optional<::rdscodec::rds::describe_db_proxy::db_proxy_nodes> db_proxy_nodes;
  std::optional<std::string> db_proxy_persistent_connection_status;
  std::optional<std::string> db_proxy_service_status;
  std::optional<::rdscodec::rds::describe_db_proxy::db_proxy_endpoint_items> db_proxy_endpoint_items;
  std::optional<std::string> request_id;
  std::optional<std::string> resource_group_id;
};

}  // namespace rdscodec::rds::describe_db_proxy

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_proxy::db_proxy_av_zones> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy::db_proxy_av_zones::db_proxy_av_zones>{"DBProxyAVZones", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy::db_proxy_connect_string_items_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy::db_proxy_connect_string_items_2::db_proxy_connect_string>{"DBProxyConnectString", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_connect_string_items_2::db_proxy_connect_string_net_type>{"DBProxyConnectStringNetType", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_connect_string_items_2::db_proxy_connect_string_net_work_type>{"DBProxyConnectStringNetWorkType", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_connect_string_items_2::db_proxy_connect_string_port>{"DBProxyConnectStringPort", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_connect_string_items_2::db_proxy_endpoint_id>{"DBProxyEndpointId", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_connect_string_items_2::db_proxy_endpoint_name>{"DBProxyEndpointName", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_connect_string_items_2::db_proxy_vpc_id>{"DBProxyVpcId", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_connect_string_items_2::db_proxy_vpc_instance_id>{"DBProxyVpcInstanceId", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_connect_string_items_2::db_proxy_vswitch_id>{"DBProxyVswitchId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy::db_proxy_connect_string_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy::db_proxy_connect_string_items::db_proxy_connect_string_items>{"DBProxyConnectStringItems", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy::db_proxy_instance_minor_versions> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy::db_proxy_instance_minor_versions::db_proxy_instance_minor_versions>{"DBProxyInstanceMinorVersions", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy::db_proxy_nodes_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy::db_proxy_nodes_2::cpu_cores>{"cpuCores", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_nodes_2::node_id>{"nodeId", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_nodes_2::zone_id>{"zoneId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy::db_proxy_nodes> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy::db_proxy_nodes::db_proxy_nodes>{"DBProxyNodes", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy::db_proxy_endpoint_items_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy::db_proxy_endpoint_items_2::db_proxy_endpoint_aliases>{"DbProxyEndpointAliases", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_endpoint_items_2::db_proxy_endpoint_name>{"DbProxyEndpointName", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_endpoint_items_2::db_proxy_endpoint_type>{"DbProxyEndpointType", presence::optional},
      field<&rds::describe_db_proxy::db_proxy_endpoint_items_2::db_proxy_read_write_mode>{"DbProxyReadWriteMode", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy::db_proxy_endpoint_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy::db_proxy_endpoint_items::db_proxy_endpoint_items>{"DbProxyEndpointItems", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_proxy::request> {
  using request = rds::describe_db_proxy::request;
  using response = rds::describe_db_proxy::response;
  static constexpr std::string_view action = "DescribeDBProxy";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBProxyResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_proxy_av_zones>{"DBProxyAVZones", presence::optional},
      field<&response::db_proxy_connect_string_items>{"DBProxyConnectStringItems", presence::optional},
      field<&response::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&response::db_proxy_instance_current_minor_version>{"DBProxyInstanceCurrentMinorVersion", presence::optional},
      field<&response::db_proxy_instance_latest_minor_version>{"DBProxyInstanceLatestMinorVersion", presence::optional},
      field<&response::db_proxy_instance_minor_versions>{"DBProxyInstanceMinorVersions", presence::optional},
      field<&response::db_proxy_instance_name>{"DBProxyInstanceName", presence::optional},
      field<&response::db_proxy_instance_num>{"DBProxyInstanceNum", presence::optional},
      field<&response::db_proxy_instance_size>{"DBProxyInstanceSize", presence::optional},
      field<&response::db_proxy_instance_status>{"DBProxyInstanceStatus", presence::optional},
      field<&response::db_proxy_instance_type>{"DBProxyInstanceType", presence::optional},
      field<&response::db_proxy_kind_code>{"DBProxyKindCode", presence::optional},
      field<&response::db_proxy_nodes>{"DBProxyNodes", presence::optional},
      field<&response::db_proxy_persistent_connection_status>{"DBProxyPersistentConnectionStatus", presence::optional},
      field<&response::db_proxy_service_status>{"DBProxyServiceStatus", presence::optional},
      field<&response::db_proxy_endpoint_items>{"DbProxyEndpointItems", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::resource_group_id>{"ResourceGroupId", presence::optional});
};

static_assert(check_operation<rds::describe_db_proxy::request>());

}  // namespace rdscodec

#endif
