// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceEndpoint (Rds API 2014-08-15, RPC, POST)
// MySQL
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_ENDPOINT_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_ENDPOINT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_endpoint {

// ModifyDBInstanceEndpointRequest.nodeItems
struct node_items {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> node_id;
  std::optional<std::int64_t> weight;
};

// ModifyDBInstanceEndpointResponseBody.data
struct data {
  std::optional<std::string> db_instance_endpoint_id;
  std::optional<std::string> db_instance_name;
};

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_endpoint_description;
  std::string db_instance_endpoint_id;
  std::string db_instance_id;
  std::optional<std::vector<::rdscodec::rds::modify_db_instance_endpoint::node_items>> node_items;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::modify_db_instance_endpoint::data> data;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_endpoint

namespace rdscodec {

template <>
struct object_traits<rds::modify_db_instance_endpoint::node_items> {
  static constexpr auto fields = field_list(
      field<&rds::modify_db_instance_endpoint::node_items::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::modify_db_instance_endpoint::node_items::node_id>{"NodeId", presence::optional},
      field<&rds::modify_db_instance_endpoint::node_items::weight>{"Weight", presence::optional});
};

template <>
struct object_traits<rds::modify_db_instance_endpoint::data> {
  static constexpr auto fields = field_list(
      field<&rds::modify_db_instance_endpoint::data::db_instance_endpoint_id>{"DBInstanceEndpointId", presence::optional},
      field<&rds::modify_db_instance_endpoint::data::db_instance_name>{"DBInstanceName", presence::optional});
};

template <>
struct operation_traits<rds::modify_db_instance_endpoint::request> {
  using request = rds::modify_db_instance_endpoint::request;
  using response = rds::modify_db_instance_endpoint::response;
  static constexpr std::string_view action = "ModifyDBInstanceEndpoint";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceEndpointResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_endpoint_description>{"DBInstanceEndpointDescription", presence::optional},
      field<&request::db_instance_endpoint_id>{"DBInstanceEndpointId", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::node_items>{"NodeItems", presence::optional}.with(wire_style::json),
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_endpoint::request>());

}  // namespace rdscodec

#endif
