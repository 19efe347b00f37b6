// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateDBInstanceEndpoint (Rds API 2014-08-15, RPC, POST)
// MySQL
#ifndef RDSCODEC_RDS_CREATE_DB_INSTANCE_ENDPOINT_HPP
#define RDSCODEC_RDS_CREATE_DB_INSTANCE_ENDPOINT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_db_instance_endpoint {

// CreateDBInstanceEndpointRequest.nodeItems
struct node_items {
  std::string db_instance_id;
  std::string node_id;
  std::optional<std::int64_t> weight;
};

// CreateDBInstanceEndpointResponseBody.data
struct data {
  std::optional<std::string> connection_string;
  std::optional<std::string> db_instance_endpoint_id;
  std::optional<std::string> db_instance_name;
};

struct request {
  std::optional<std::string> client_token;
  std::string connection_string_prefix;
  std::optional<std::string> db_instance_endpoint_description;
  std::string db_instance_endpoint_type;
  std::string db_instance_id;
  std::vector<::rdscodec::rds::create_db_instance_endpoint::node_items> node_items;
  std::string port;
  std::optional<std::string> private_ip_address;
  std::optional<std::string> resource_group_id;
  std::optional<std::int64_t> resource_owner_id;
  std::string v_switch_id;
  std::string vpc_id;
};

struct response {
  std::optional<::rdscodec::rds::create_db_instance_endpoint::data> data;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_db_instance_endpoint

namespace rdscodec {

template <>
struct object_traits<rds::create_db_instance_endpoint::node_items> {
  static constexpr auto fields = field_list(
      field<&rds::create_db_instance_endpoint::node_items::db_instance_id>{"DBInstanceId", presence::required},
      field<&rds::create_db_instance_endpoint::node_items::node_id>{"NodeId", presence::required},
      field<&rds::create_db_instance_endpoint::node_items::weight>{"Weight", presence::optional});
};

template <>
struct object_traits<rds::create_db_instance_endpoint::data> {
  static constexpr auto fields = field_list(
      field<&rds::create_db_instance_endpoint::data::connection_string>{"ConnectionString", presence::optional},
      field<&rds::create_db_instance_endpoint::data::db_instance_endpoint_id>{"DBInstanceEndpointId", presence::optional},
      field<&rds::create_db_instance_endpoint::data::db_instance_name>{"DBInstanceName", presence::optional});
};

template <>
struct operation_traits<rds::create_db_instance_endpoint::request> {
  using request = rds::create_db_instance_endpoint::request;
  using response = rds::create_db_instance_endpoint::response;
  static constexpr std::string_view action = "CreateDBInstanceEndpoint";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateDBInstanceEndpointResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::connection_string_prefix>{"ConnectionStringPrefix", presence::required},
      field<&request::db_instance_endpoint_description>{"DBInstanceEndpointDescription", presence::optional},
      field<&request::db_instance_endpoint_type>{"DBInstanceEndpointType", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::node_items>{"NodeItems", presence::required}.with(wire_style::json),
      field<&request::port>{"Port", presence::required},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::required},
      field<&request::vpc_id>{"VpcId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_db_instance_endpoint::request>());

}  // namespace rdscodec

#endif
