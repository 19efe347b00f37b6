// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCClusters (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_CLUSTERS_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_CLUSTERS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_clusters {

// DescribeRCClustersResponseBody.clusters
struct clusters {
  std::optional<std::string> cluster_id;
  std::optional<std::string> cluster_name;
  std::optional<std::string> create_time;
  std::optional<std::string> profile;
  std::optional<std::string> status;
  std::optional<std::string> vpc_id;
};

struct request {
  std::optional<std::string> profile;
  std::optional<std::string> region_id;
  std::optional<std::string> vpc_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_clusters::clusters> clusters;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_clusters

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_clusters::clusters> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_clusters::clusters::cluster_id>{"ClusterId", presence::optional},
      field<&rds::describe_rc_clusters::clusters::cluster_name>{"ClusterName", presence::optional},
      field<&rds::describe_rc_clusters::clusters::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_rc_clusters::clusters::profile>{"Profile", presence::optional},
      field<&rds::describe_rc_clusters::clusters::status>{"Status", presence::optional},
      field<&rds::describe_rc_clusters::clusters::vpc_id>{"VpcId", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_clusters::request> {
  using request = rds::describe_rc_clusters::request;
  using response = rds::describe_rc_clusters::response;
  static constexpr std::string_view action = "DescribeRCClusters";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCClustersResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::profile>{"Profile", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::clusters>{"Clusters", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_clusters::request>());

}  // namespace rdscodec

#endif
