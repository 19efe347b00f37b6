// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeParameterTemplates (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_PARAMETER_TEMPLATES_HPP
#define RDSCODEC_RDS_DESCRIBE_PARAMETER_TEMPLATES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_parameter_templates {

// DescribeParameterTemplatesResponseBody.parameters.templateRecord
struct template_record {
  std::optional<std::string> checking_code;
  std::optional<std::string> force_modify;
  std::optional<std::string> force_restart;
  std::optional<std::string> parameter_description;
  std::optional<std::string> parameter_name;
  std::optional<std::string> parameter_value;
};

// DescribeParameterTemplatesResponseBody.parameters
struct parameters {
  std::vector<::rdscodec::rds::describe_parameter_templates::template_record> template_record;
};

struct request {
  std::optional<std::string> category;
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_id;
  std::string engine;
  std::string engine_version;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> parameter_count;
  std::optional<::rdscodec::rds::describe_parameter_templates::parameters> parameters;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_parameter_templates

namespace rdscodec {

template <>
struct object_traits<rds::describe_parameter_templates::template_record> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_templates::template_record::checking_code>{"CheckingCode", presence::optional},
      field<&rds::describe_parameter_templates::template_record::force_modify>{"ForceModify", presence::optional},
      field<&rds::describe_parameter_templates::template_record::force_restart>{"ForceRestart", presence::optional},
      field<&rds::describe_parameter_templates::template_record::parameter_description>{"ParameterDescription", presence::optional},
      field<&rds::describe_parameter_templates::template_record::parameter_name>{"ParameterName", presence::optional},
      field<&rds::describe_parameter_templates::template_record::parameter_value>{"ParameterValue", presence::optional});
};

template <>
struct object_traits<rds::describe_parameter_templates::parameters> {
  static constexpr auto fields = field_list(
      field<&rds::describe_parameter_templates::parameters::template_record>{"TemplateRecord", presence::optional});
};

template <>
struct operation_traits<rds::describe_parameter_templates::request> {
  using request = rds::describe_parameter_templates::request;
  using response = rds::describe_parameter_templates::response;
  static constexpr std::string_view action = "DescribeParameterTemplates";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeParameterTemplatesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::category>{"Category", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::engine>{"Engine", presence::required},
      field<&request::engine_version>{"EngineVersion", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::engine>{"Engine", presence::optional},
      field<&response::engine_version>{"EngineVersion", presence::optional},
      field<&response::parameter_count>{"ParameterCount", presence::optional},
      field<&response::parameters>{"Parameters", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_parameter_templates::request>());

}  // namespace rdscodec

#endif
