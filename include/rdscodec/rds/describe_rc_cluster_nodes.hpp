// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCClusterNodes (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_CLUSTER_NODES_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_CLUSTER_NODES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_cluster_nodes {

// DescribeRCClusterNodesResponseBody.nodes
struct nodes {
  std::optional<std::string> creation_time;
  std::optional<std::string> docker_version;
  std::optional<std::string> image_id;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_role;
  std::vector<std::string> ip_addresses;
  std::optional<bool> is_aliyun_node;
  std::optional<std::string> node_name;
  std::optional<std::string> node_pool_id;
  std::optional<std::string> node_status;
  std::optional<std::int64_t> pod_count;
  std::optional<std::string> runtime_version;
  std::optional<std::string> state;
};

// DescribeRCClusterNodesResponseBody.page
struct page {
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> page_size;
  std::optional<std::int64_t> total_count;
};

struct request {
  std::optional<std::string> cluster_id;
  std::optional<std::string> node_pool_id;
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> vpc_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_cluster_nodes::nodes> nodes;
  std::optional<::rdscodec::rds::describe_rc_cluster_nodes::page> page;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_cluster_nodes

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_cluster_nodes::nodes> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_cluster_nodes::nodes::creation_time>{"CreationTime", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::docker_version>{"DockerVersion", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::image_id>{"ImageId", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::instance_role>{"InstanceRole", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::ip_addresses>{"IpAddresses", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::is_aliyun_node>{"IsAliyunNode", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::node_name>{"NodeName", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::node_pool_id>{"NodePoolId", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::node_status>{"NodeStatus", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::pod_count>{"PodCount", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::runtime_version>{"RuntimeVersion", presence::optional},
      field<&rds::describe_rc_cluster_nodes::nodes::state>{"State", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_cluster_nodes::page> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_cluster_nodes::page::page_number>{"PageNumber", presence::optional},
      field<&rds::describe_rc_cluster_nodes::page::page_size>{"PageSize", presence::optional},
      field<&rds::describe_rc_cluster_nodes::page::total_count>{"TotalCount", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_cluster_nodes::request> {
  using request = rds::describe_rc_cluster_nodes::request;
  using response = rds::describe_rc_cluster_nodes::response;
  static constexpr std::string_view action = "DescribeRCClusterNodes";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCClusterNodesResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::cluster_id>{"ClusterId", presence::optional},
      field<&request::node_pool_id>{"NodePoolId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::nodes>{"Nodes", presence::optional},
      field<&response::page>{"Page", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_cluster_nodes::request>());

}  // namespace rdscodec

#endif
