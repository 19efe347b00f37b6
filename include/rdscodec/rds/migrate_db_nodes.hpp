// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// MigrateDBNodes (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MIGRATE_DB_NODES_HPP
#define RDSCODEC_RDS_MIGRATE_DB_NODES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::migrate_db_nodes {

// MigrateDBNodesRequest.DBNode
struct db_node {
  std::optional<std::string> node_id;
  std::optional<std::string> zone_id;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::vector<::rdscodec::rds::migrate_db_nodes::db_node>> db_node;
  std::optional<std::string> effective_time;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> switch_time;
  std::optional<std::string> v_switch_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> request_id;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::migrate_db_nodes

namespace rdscodec {

template <>
struct object_traits<rds::migrate_db_nodes::db_node> {
  static constexpr auto fields = field_list(
      field<&rds::migrate_db_nodes::db_node::node_id>{"nodeId", presence::optional},
      field<&rds::migrate_db_nodes::db_node::zone_id>{"zoneId", presence::optional});
};

template <>
struct operation_traits<rds::migrate_db_nodes::request> {
  using request = rds::migrate_db_nodes::request;
  using response = rds::migrate_db_nodes::response;
  static constexpr std::string_view action = "MigrateDBNodes";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "MigrateDBNodesResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_node>{"DBNode", presence::optional}.with(wire_style::json),
      field<&request::effective_time>{"EffectiveTime", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::migrate_db_nodes::request>());

}  // namespace rdscodec

#endif
