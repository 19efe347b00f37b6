// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ListRCVClusters (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_LIST_RCV_CLUSTERS_HPP
#define RDSCODEC_RDS_LIST_RCV_CLUSTERS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::list_rcv_clusters {

// ListRCVClustersResponseBody.vClusters
struct v_clusters {
  std::optional<std::string> cluster_id;
  std::optional<std::int64_t> instance_count;
  std::optional<std::string> region_id;
  std::vector<std::string> support_disk_performance_level;
  std::optional<std::string> vpc_id;
};

struct request {
  std::string region_id;
};

struct response {
  std::optional<std::string> request_id;
  std::vector<::rdscodec::rds::list_rcv_clusters::v_clusters> v_clusters;
};

}  // namespace rdscodec::rds::list_rcv_clusters

namespace rdscodec {

template <>
struct object_traits<rds::list_rcv_clusters::v_clusters> {
  static constexpr auto fields = field_list(
      field<&rds::list_rcv_clusters::v_clusters::cluster_id>{"ClusterId", presence::optional},
      field<&rds::list_rcv_clusters::v_clusters::instance_count>{"InstanceCount", presence::optional},
      field<&rds::list_rcv_clusters::v_clusters::region_id>{"RegionId", presence::optional},
      field<&rds::list_rcv_clusters::v_clusters::support_disk_performance_level>{"SupportDiskPerformanceLevel", presence::optional},
      field<&rds::list_rcv_clusters::v_clusters::vpc_id>{"VpcId", presence::optional});
};

template <>
struct operation_traits<rds::list_rcv_clusters::request> {
  using request = rds::list_rcv_clusters::request;
  using response = rds::list_rcv_clusters::response;
  static constexpr std::string_view action = "ListRCVClusters";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ListRCVClustersResponse";
  /// Only reads (the action begins with List; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::region_id>{"RegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::v_clusters>{"VClusters", presence::optional});
};

static_assert(check_operation<rds::list_rcv_clusters::request>());

}  // namespace rdscodec

#endif
