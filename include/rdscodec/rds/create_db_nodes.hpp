// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateDBNodes (Rds API 2014-08-15, RPC, POST)
// MySQL
#ifndef RDSCODEC_RDS_CREATE_DB_NODES_HPP
#define RDSCODEC_RDS_CREATE_DB_NODES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_db_nodes {

// CreateDBNodesRequest.DBNode
struct db_node {
  std::string class_code;
  std::optional<std::string> vswitch_id;
  std::string zone_id;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::vector<::rdscodec::rds::create_db_nodes::db_node> db_node;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> node_ids;
  std::optional<std::int64_t> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_db_nodes

namespace rdscodec {

template <>
struct object_traits<rds::create_db_nodes::db_node> {
  static constexpr auto fields = field_list(
      field<&rds::create_db_nodes::db_node::class_code>{"classCode", presence::required},
      field<&rds::create_db_nodes::db_node::vswitch_id>{"vswitchId", presence::optional},
      field<&rds::create_db_nodes::db_node::zone_id>{"zoneId", presence::required});
};

template <>
struct operation_traits<rds::create_db_nodes::request> {
  using request = rds::create_db_nodes::request;
  using response = rds::create_db_nodes::response;
  static constexpr std::string_view action = "CreateDBNodes";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateDBNodesResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_node>{"DBNode", presence::required}.with(wire_style::json),
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::node_ids>{"NodeIds", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_db_nodes::request>());

}  // namespace rdscodec

#endif
