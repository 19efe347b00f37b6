// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteRCNodePool (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DELETE_RC_NODE_POOL_HPP
#define RDSCODEC_RDS_DELETE_RC_NODE_POOL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_rc_node_pool {

struct request {
  std::string cluster_id;
  std::string node_pool_id;
  std::string region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_rc_node_pool

namespace rdscodec {

template <>
struct operation_traits<rds::delete_rc_node_pool::request> {
  using request = rds::delete_rc_node_pool::request;
  using response = rds::delete_rc_node_pool::response;
  static constexpr std::string_view action = "DeleteRCNodePool";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteRCNodePoolResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::cluster_id>{"ClusterId", presence::required},
      field<&request::node_pool_id>{"NodePoolId", presence::required},
      field<&request::region_id>{"RegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_rc_node_pool::request>());

}  // namespace rdscodec

#endif
