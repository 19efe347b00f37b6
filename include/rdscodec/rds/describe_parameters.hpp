// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeParameters (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_PARAMETERS_HPP
#define RDSCODEC_RDS_DESCRIBE_PARAMETERS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_parameters {

// DescribeParametersResponseBody.configParameters.DBInstanceParameter
struct db_instance_parameter {
  std::optional<std::string> parameter_description;
  std::optional<std::string> parameter_name;
  std::optional<std::string> parameter_value;
};

// DescribeParametersResponseBody.configParameters
struct config_parameters {
  std::vector<::rdscodec::rds::describe_parameters::db_instance_parameter> db_instance_parameter;
};

// DescribeParametersResponseBody.paramGroupInfo
struct param_group_info {
  std::optional<std::string> param_group_id;
  std::optional<std::string> parameter_group_desc;
  std::optional<std::string> parameter_group_name;
  std::optional<std::string> parameter_group_type;
};

// DescribeParametersResponseBody.runningParameters.DBInstanceParameter
struct db_instance_parameter_2 {
  std::optional<std::string> parameter_default_value;
  std::optional<std::string> parameter_description;
  std::optional<std::string> parameter_name;
  std::optional<std::string> parameter_value;
  std::optional<std::string> parameter_value_range;
};

// DescribeParametersResponseBody.runningParameters
struct running_parameters {
  std::vector<db_instance_parameter_2> db_instance_parameter;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_parameters::config_parameters> config_parameters;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<::rdscodec::rds::describe_parameters::param_group_info> param_group_info;
  std::optional<std::string> request_id;
  std::optional<::rdscodec::rds::describe_parameters::running_parameters> running_parameters;
};

}  // namespace rdscodec::rds::describe_parameters

namespace rdscodec {

template <>
struct object_traits<rds::describe_parameters::db_instance_parameter> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameters::db_instance_parameter::parameter_description>{"ParameterDescription", presence::optional},
      field<&rds::describe_parameters::db_instance_parameter::parameter_name>{"ParameterName", presence::optional},
      field<&rds::describe_parameters::db_instance_parameter::parameter_value>{"ParameterValue", presence::optional});
};

template <>
struct object_traits<rds::describe_parameters::config_parameters> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameters::config_parameters::db_instance_parameter>{"DBInstanceParameter", presence::optional});
};

template <>
struct object_traits<rds::describe_parameters::param_group_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameters::param_group_info::param_group_id>{"ParamGroupId", presence::optional},
      field<&rds::describe_parameters::param_group_info::parameter_group_desc>{"ParameterGroupDesc", presence::optional},
      field<&rds::describe_parameters::param_group_info::parameter_group_name>{"ParameterGroupName", presence::optional},
      field<&rds::describe_parameters::param_group_info::parameter_group_type>{"ParameterGroupType", presence::optional});
};

template <>
struct object_traits<rds::describe_parameters::db_instance_parameter_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameters::db_instance_parameter_2::parameter_default_value>{"ParameterDefaultValue", presence::optional},
      field<&rds::describe_parameters::db_instance_parameter_2::parameter_description>{"ParameterDescription", presence::optional},
      field<&rds::describe_parameters::db_instance_parameter_2::parameter_name>{"ParameterName", presence::optional},
      field<&rds::describe_parameters::db_instance_parameter_2::parameter_value>{"ParameterValue", presence::optional},
      field<&rds::describe_parameters::db_instance_parameter_2::parameter_value_range>{"ParameterValueRange", presence::optional});
};

template <>
struct object_traits<rds::describe_parameters::running_parameters> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameters::running_parameters::db_instance_parameter>{"DBInstanceParameter", presence::optional});
};

template <>
struct operation_traits<rds::describe_parameters::request> {
  using request = rds::describe_parameters::request;
  using response = rds::describe_parameters::response;
  static constexpr std::string_view action = "DescribeParameters";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeParametersResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::config_parameters>{"ConfigParameters", presence::optional},
      field<&response::engine>{"Engine", presence::optional},
      field<&response::engine_version>{"EngineVersion", presence::optional},
      field<&response::param_group_info>{"ParamGroupInfo", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::running_parameters>{"RunningParameters", presence::optional});
};

static_assert(check_operation<rds::describe_parameters::request>());

}  // namespace rdscodec

#endif
