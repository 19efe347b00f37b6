// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeParameterGroups (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_PARAMETER_GROUPS_HPP
#define RDSCODEC_RDS_DESCRIBE_PARAMETER_GROUPS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_parameter_groups {

// DescribeParameterGroupsResponseBody.parameterGroups.parameterGroup
struct parameter_group {
  std::optional<std::string> create_time;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::int32_t> force_restart;
  std::optional<std::int32_t> param_counts;
  std::optional<std::string> parameter_group_desc;
  std::optional<std::string> parameter_group_id;
  std::optional<std::string> parameter_group_name;
  std::optional<std::int32_t> parameter_group_type;
  std::optional<std::string> update_time;
};

// DescribeParameterGroupsResponseBody.parameterGroups
struct parameter_groups {
  std::vector<::rdscodec::rds::describe_parameter_groups::parameter_group> parameter_group;
};

struct request {
  std::optional<bool> enable_detail;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_parameter_groups::parameter_groups> parameter_groups;
  std::optional<std::string> request_id;
  std::optional<bool> signal_for_optimize_params;
};

}  // namespace rdscodec::rds::describe_parameter_groups

namespace rdscodec {

template <>
struct object_traits<rds::describe_parameter_groups::parameter_group> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_groups::parameter_group::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_parameter_groups::parameter_group::engine>{"Engine", presence::optional},
      field<&rds::describe_parameter_groups::parameter_group::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_parameter_groups::parameter_group::force_restart>{"ForceRestart", presence::optional},
      field<&rds::describe_parameter_groups::parameter_group::param_counts>{"ParamCounts", presence::optional},
      field<&rds::describe_parameter_groups::parameter_group::parameter_group_desc>{"ParameterGroupDesc", presence::optional},
      field<&rds::describe_parameter_groups::parameter_group::parameter_group_id>{"ParameterGroupId", presence::optional},
      field<&rds::describe_parameter_groups::parameter_group::parameter_group_name>{"ParameterGroupName", presence::optional},
      field<&rds::describe_parameter_groups::parameter_group::parameter_group_type>{"ParameterGroupType", presence::optional},
      field<&rds::describe_parameter_groups::parameter_group::update_time>{"UpdateTime", presence::optional});
};

template <>
struct object_traits<rds::describe_parameter_groups::parameter_groups> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_groups::parameter_groups::parameter_group>{"ParameterGroup", presence::optional});
};

template <>
struct operation_traits<rds::describe_parameter_groups::request> {
  using request = rds::describe_parameter_groups::request;
  using response = rds::describe_parameter_groups::response;
  static constexpr std::string_view action = "DescribeParameterGroups";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeParameterGroupsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::enable_detail>{"EnableDetail", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::parameter_groups>{"ParameterGroups", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::signal_for_optimize_params>{"SignalForOptimizeParams", presence::optional});
};

static_assert(check_operation<rds::describe_parameter_groups::request>());

}  // namespace rdscodec

#endif
