// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteRCClusterNodes (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DELETE_RC_CLUSTER_NODES_HPP
#define RDSCODEC_RDS_DELETE_RC_CLUSTER_NODES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_rc_cluster_nodes {

struct request {
  std::optional<std::vector<std::string>> instance_ids;
  std::optional<std::vector<std::string>> nodes;
  std::optional<std::string> region_id;
  std::optional<std::string> vpc_id;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::delete_rc_cluster_nodes

namespace rdscodec {

template <>
struct operation_traits<rds::delete_rc_cluster_nodes::request> {
  using request = rds::delete_rc_cluster_nodes::request;
  using response = rds::delete_rc_cluster_nodes::response;
  static constexpr std::string_view action = "DeleteRCClusterNodes";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteRCClusterNodesResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_ids>{"InstanceIds", presence::optional}.with(wire_style::simple),
      field<&request::nodes>{"Nodes", presence::optional}.with(wire_style::simple),
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::delete_rc_cluster_nodes::request>());

}  // namespace rdscodec

#endif
