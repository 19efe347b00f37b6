// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceEndpoints (Rds API 2014-08-15, RPC, POST)
// MySQL
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_ENDPOINTS_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_ENDPOINTS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_endpoints {

// DescribeDBInstanceEndpointsResponseBody.data.DBInstanceEndpoints.DBInstanceEndpoint.addressItems.addressItem
struct address_item {
  std::optional<std::string> connection_string;
  std::optional<std::string> ip_address;
  std::optional<std::string> ip_type;
  std::optional<std::string> port;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
};

// DescribeDBInstanceEndpointsResponseBody.data.DBInstanceEndpoints.DBInstanceEndpoint.addressItems
struct address_items {
  std::vector<::rdscodec::rds::describe_db_instance_endpoints::address_item> address_item;
};

// DescribeDBInstanceEndpointsResponseBody.data.DBInstanceEndpoints.DBInstanceEndpoint.nodeItems.nodeItem
struct node_item {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> node_id;
  std::optional<std::int32_t> weight;
};

// DescribeDBInstanceEndpointsResponseBody.data.DBInstanceEndpoints.DBInstanceEndpoint.nodeItems
struct node_items {
  std::vector<::rdscodec::rds::describe_db_instance_endpoints::node_item> node_item;
};

// DescribeDBInstanceEndpointsResponseBody.data.DBInstanceEndpoints.DBInstanceEndpoint
struct db_instance_endpoint {
  std::optional<::rdscodec::rds::describe_db_instance_endpoints::address_items> address_items;
  std::optional<std::string> endpoint_description;
  std::optional<std::string> endpoint_id;
  std::optional<std::string> endpoint_type;
  std::optional<::rdscodec::rds::describe_db_instance_endpoints::node_items> node_items;
};

// DescribeDBInstanceEndpointsResponseBody.data.DBInstanceEndpoints
struct db_instance_endpoints {
  std::vector<::rdscodec::rds::describe_db_instance_endpoints::db_instance_endpoint> db_instance_endpoint;
};

// DescribeDBInstanceEndpointsResponseBody.data
struct data {
  std::optional<::rdscodec::rds::describe_db_instance_endpoints::db_instance_endpoints> db_instance_endpoints;
  std::optional<std::string> db_instance_name;
  std::optional<std::string> ip_version;
};

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_endpoint_id;
  std::string db_instance_id;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instance_endpoints::data> data;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_instance_endpoints

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_endpoints::address_item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_endpoints::address_item::connection_string>{"ConnectionString", presence::optional},
      field<&rds::describe_db_instance_endpoints::address_item::ip_address>{"IpAddress", presence::optional},
      field<&rds::describe_db_instance_endpoints::address_item::ip_type>{"IpType", presence::optional},
      field<&rds::describe_db_instance_endpoints::address_item::port>{"Port", presence::optional},
      field<&rds::describe_db_instance_endpoints::address_item::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_db_instance_endpoints::address_item::vpc_id>{"VpcId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_endpoints::address_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_endpoints::address_items::address_item>{"AddressItem", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_endpoints::node_item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_endpoints::node_item::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_db_instance_endpoints::node_item::node_id>{"NodeId", presence::optional},
      field<&rds::describe_db_instance_endpoints::node_item::weight>{"Weight", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_endpoints::node_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_endpoints::node_items::node_item>{"NodeItem", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_endpoints::db_instance_endpoint> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_endpoints::db_instance_endpoint::address_items>{"AddressItems", presence::optional},
      field<&rds::describe_db_instance_endpoints::db_instance_endpoint::endpoint_description>{"EndpointDescription", presence::optional},
      field<&rds::describe_db_instance_endpoints::db_instance_endpoint::endpoint_id>{"EndpointId", presence::optional},
      field<&rds::describe_db_instance_endpoints::db_instance_endpoint::endpoint_type>{"EndpointType", presence::optional},
      field<&rds::describe_db_instance_endpoints::db_instance_endpoint::node_items>{"NodeItems", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_endpoints::db_instance_endpoints> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_endpoints::db_instance_endpoints::db_instance_endpoint>{"DBInstanceEndpoint", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_endpoints::data> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_endpoints::data::db_instance_endpoints>{"DBInstanceEndpoints", presence::optional},
      field<&rds::describe_db_instance_endpoints::data::db_instance_name>{"DBInstanceName", presence::optional},
      field<&rds::describe_db_instance_endpoints::data::ip_version>{"IpVersion", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_endpoints::request> {
  using request = rds::describe_db_instance_endpoints::request;
  using response = rds::describe_db_instance_endpoints::response;
  static constexpr std::string_view action = "DescribeDBInstanceEndpoints";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceEndpointsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_endpoint_id>{"DBInstanceEndpointId", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_endpoints::request>());

}  // namespace rdscodec

#endif
