// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeComputeBurstConfig (Rds API 2014-08-15, RPC, POST)
// RDS PostgreSQL
#ifndef RDSCODEC_RDS_DESCRIBE_COMPUTE_BURST_CONFIG_HPP
#define RDSCODEC_RDS_DESCRIBE_COMPUTE_BURST_CONFIG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_compute_burst_config {

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
};

struct response {
  std::optional<std::map<std::string, raw_json>> compute_burst_config;
  std::optional<bool> compute_burst_enabled;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_compute_burst_config

namespace rdscodec {

template <>
struct operation_traits<rds::describe_compute_burst_config::request> {
  using request = rds::describe_compute_burst_config::request;
  using response = rds::describe_compute_burst_config::response;
  static constexpr std::string_view action = "DescribeComputeBurstConfig";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeComputeBurstConfigResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::compute_burst_config>{"ComputeBurstConfig", presence::optional},
      field<&response::compute_burst_enabled>{"ComputeBurstEnabled", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_compute_burst_config::request>());

}  // namespace rdscodec

#endif
