// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeHostGroupElasticStrategyParameters (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_HOST_GROUP_ELASTIC_STRATEGY_PARAMETERS_HPP
#define RDSCODEC_RDS_DESCRIBE_HOST_GROUP_ELASTIC_STRATEGY_PARAMETERS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_host_group_elastic_strategy_parameters {

struct request {
  std::string dedicated_host_group_name;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::int32_t> cpu_shar;
  std::optional<std::int32_t> cpu_zoom;
  std::optional<std::int32_t> iops_zoom;
  std::optional<std::int32_t> max_conn_zoom;
  std::optional<std::int32_t> memory_zoom;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_host_group_elastic_strategy_parameters

namespace rdscodec {

template <>
struct operation_traits<rds::describe_host_group_elastic_strategy_parameters::request> {
  using request = rds::describe_host_group_elastic_strategy_parameters::request;
  using response = rds::describe_host_group_elastic_strategy_parameters::response;
  static constexpr std::string_view action = "DescribeHostGroupElasticStrategyParameters";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeHostGroupElasticStrategyParametersResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::dedicated_host_group_name>{"DedicatedHostGroupName", presence::required},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::cpu_shar>{"CpuShar", presence::optional},
      field<&response::cpu_zoom>{"CpuZoom", presence::optional},
      field<&response::iops_zoom>{"IopsZoom", presence::optional},
      field<&response::max_conn_zoom>{"MaxConnZoom", presence::optional},
      field<&response::memory_zoom>{"MemoryZoom", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_host_group_elastic_strategy_parameters::request>());

}  // namespace rdscodec

#endif
