// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeParameterGroup (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_PARAMETER_GROUP_HPP
#define RDSCODEC_RDS_DESCRIBE_PARAMETER_GROUP_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_parameter_group {

// DescribeParameterGroupResponseBody.paramGroup.parameterGroup.paramDetail.parameterDetail
struct parameter_detail {
  std::optional<std::string> param_name;
  std::optional<std::string> param_value;
};

// DescribeParameterGroupResponseBody.paramGroup.parameterGroup.paramDetail
struct param_detail {
  std::vector<::rdscodec::rds::describe_parameter_group::parameter_detail> parameter_detail;
};

// DescribeParameterGroupResponseBody.paramGroup.parameterGroup
struct parameter_group {
  std::optional<std::string> create_time;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::int32_t> force_restart;
  std::optional<std::int32_t> param_counts;
  std::optional<::rdscodec::rds::describe_parameter_group::param_detail> param_detail;
  std::optional<std::string> parameter_group_desc;
  std::optional<std::string> parameter_group_id;
  std::optional<std::string> parameter_group_name;
  std::optional<std::int32_t> parameter_group_type;
  std::optional<std::string> update_time;
};

// DescribeParameterGroupResponseBody.paramGroup
struct param_group {
  std::vector<::rdscodec::rds::describe_parameter_group::parameter_group> parameter_group;
};

// DescribeParameterGroupResponseBody.relatedCustinsInfo.relatedCustinsInfo
struct related_custins_info_2 {
  std::optional<std::string> applied_time;
  std::optional<std::string> db_instance_name;
};

// DescribeParameterGroupResponseBody.relatedCustinsInfo
struct related_custins_info {
  std::vector<related_custins_info_2> related_custins_info;
};

struct request {
  std::optional<std::int64_t> owner_id;
  std::string parameter_group_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_parameter_group::param_group> param_group;
  std::optional<::rdscodec::rds::describe_parameter_group::related_custins_info> related_custins_info;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_parameter_group

namespace rdscodec {

template <>
struct object_traits<rds::describe_parameter_group::parameter_detail> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_group::parameter_detail::param_name>{"ParamName", presence::optional},
      field<&rds::describe_parameter_group::parameter_detail::param_value>{"ParamValue", presence::optional});
};

template <>
struct object_traits<rds::describe_parameter_group::param_detail> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_group::param_detail::parameter_detail>{"ParameterDetail", presence::optional});
};

template <>
struct object_traits<rds::describe_parameter_group::parameter_group> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_group::parameter_group::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_parameter_group::parameter_group::engine>{"Engine", presence::optional},
      field<&rds::describe_parameter_group::parameter_group::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_parameter_group::parameter_group::force_restart>{"ForceRestart", presence::optional},
      field<&rds::describe_parameter_group::parameter_group::param_counts>{"ParamCounts", presence::optional},
      field<&rds::describe_parameter_group::parameter_group::param_detail>{"ParamDetail", presence::optional},
      field<&rds::describe_parameter_group::parameter_group::parameter_group_desc>{"ParameterGroupDesc", presence::optional},
      field<&rds::describe_parameter_group::parameter_group::parameter_group_id>{"ParameterGroupId", presence::optional},
      field<&rds::describe_parameter_group::parameter_group::parameter_group_name>{"ParameterGroupName", presence::optional},
      field<&rds::describe_parameter_group::parameter_group::parameter_group_type>{"ParameterGroupType", presence::optional},
      field<&rds::describe_parameter_group::parameter_group::update_time>{"UpdateTime", presence::optional});
};

template <>
struct object_traits<rds::describe_parameter_group::param_group> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_group::param_group::parameter_group>{"ParameterGroup", presence::optional});
};

template <>
struct object_traits<rds::describe_parameter_group::related_custins_info_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_group::related_custins_info_2::applied_time>{"AppliedTime", presence::optional},
      field<&rds::describe_parameter_group::related_custins_info_2::db_instance_name>{"DBInstanceName", presence::optional});
};

template <>
struct object_traits<rds::describe_parameter_group::related_custins_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_group::related_custins_info::related_custins_info>{"RelatedCustinsInfo", presence::optional});
};

template <>
struct operation_traits<rds::describe_parameter_group::request> {
  using request = rds::describe_parameter_group::request;
  using response = rds::describe_parameter_group::response;
  static constexpr std::string_view action = "DescribeParameterGroup";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeParameterGroupResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::parameter_group_id>{"ParameterGroupId", presence::required},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::param_group>{"ParamGroup", presence::optional},
      field<&response::related_custins_info>{"RelatedCustinsInfo", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_parameter_group::request>());

}  // namespace rdscodec

#endif
