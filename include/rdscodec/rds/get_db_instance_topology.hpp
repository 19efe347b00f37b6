// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// GetDBInstanceTopology (Rds API 2014-08-15, RPC, POST)
// RDS MySQL
#ifndef RDSCODEC_RDS_GET_DB_INSTANCE_TOPOLOGY_HPP
#define RDSCODEC_RDS_GET_DB_INSTANCE_TOPOLOGY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::get_db_instance_topology {

// GetDBInstanceTopologyResponseBody.data.connections
struct connections {
  std::optional<std::string> connection_string;
  std::optional<std::string> db_instance_name;
  std::optional<std::string> net_type;
  std::optional<std::string> zone_id;
};

// GetDBInstanceTopologyResponseBody.data.nodes
struct nodes {
  std::optional<std::string> db_instance_name;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<std::string> dedicated_host_id;
  std::optional<std::string> node_id;
  std::optional<std::string> role;
  std::optional<std::string> zone_id;
};

// GetDBInstanceTopologyResponseBody.data
struct data {
  std::vector<::rdscodec::rds::get_db_instance_topology::connections> connections;
  std::optional<std::string> db_instance_name;
  std::vector<::rdscodec::rds::get_db_instance_topology::nodes> nodes;
};

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> code;
  std::optional<::rdscodec::rds::get_db_instance_topology::data> data;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::get_db_instance_topology

namespace rdscodec {

template <>
struct object_traits<rds::get_db_instance_topology::connections> {
  static constexpr auto fields = field_list(
      field<&rds::get_db_instance_topology::connections::connection_string>{"ConnectionString", presence::optional},
      field<&rds::get_db_instance_topology::connections::db_instance_name>{"DBInstanceName", presence::optional},
      field<&rds::get_db_instance_topology::connections::net_type>{"NetType", presence::optional},
      field<&rds::get_db_instance_topology::connections::zone_id>{"ZoneId", presence::optional});
};

template <>
struct object_traits<rds::get_db_instance_topology::nodes> {
  static constexpr auto fields = field_list(
      field<&rds::get_db_instance_topology::nodes::db_instance_name>{"DBInstanceName", presence::optional},
      field<&rds::get_db_instance_topology::nodes::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&rds::get_db_instance_topology::nodes::dedicated_host_id>{"DedicatedHostId", presence::optional},
      field<&rds::get_db_instance_topology::nodes::node_id>{"NodeId", presence::optional},
      field<&rds::get_db_instance_topology::nodes::role>{"Role", presence::optional},
      field<&rds::get_db_instance_topology::nodes::zone_id>{"ZoneId", presence::optional});
};

template <>
struct object_traits<rds::get_db_instance_topology::data> {
  static constexpr auto fields = field_list(
      field<&rds::get_db_instance_topology::data::connections>{"Connections", presence::optional},
      field<&rds::get_db_instance_topology::data::db_instance_name>{"DBInstanceName", presence::optional},
      field<&rds::get_db_instance_topology::data::nodes>{"Nodes", presence::optional});
};

template <>
struct operation_traits<rds::get_db_instance_topology::request> {
  using request = rds::get_db_instance_topology::request;
  using response = rds::get_db_instance_topology::response;
  static constexpr std::string_view action = "GetDBInstanceTopology";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "GetDBInstanceTopologyResponse";
  /// Only reads (the action begins with Get; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::data>{"Data", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::get_db_instance_topology::request>());

}  // namespace rdscodec

#endif
