// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCClusterConfig (Rds API 2014-08-15, RPC, POST)
// Kubeconfig files store identity and authentication information that is used by clients to access ACK
// clusters. To use kubectl to manage an ACK cluster, you must use the kubeconfig file to connect to
// the ACK cluster. We recommend that you keep kubeconfig files confidential and revoke kubeconfig
// files that are not in use. This helps prevent data leaks caused by the disclosure of kubeconfig
// files.
#ifndef RDSCODEC_RDS_DESCRIBE_RC_CLUSTER_CONFIG_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_CLUSTER_CONFIG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_cluster_config {

struct request {
  std::optional<std::string> region_id;
  std::optional<std::int32_t> temporary_duration_minutes;
  std::optional<std::string> vpc_id;
};

struct response {
  std::optional<std::string> config;
  std::optional<std::string> expiration;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_cluster_config

namespace rdscodec {

template <>
struct operation_traits<rds::describe_rc_cluster_config::request> {
  using request = rds::describe_rc_cluster_config::request;
  using response = rds::describe_rc_cluster_config::response;
  static constexpr std::string_view action = "DescribeRCClusterConfig";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCClusterConfigResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::temporary_duration_minutes>{"TemporaryDurationMinutes", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::config>{"Config", presence::optional},
      field<&response::expiration>{"Expiration", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_cluster_config::request>());

}  // namespace rdscodec

#endif
