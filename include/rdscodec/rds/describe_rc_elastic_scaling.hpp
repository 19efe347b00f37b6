// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCElasticScaling (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_ELASTIC_SCALING_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_ELASTIC_SCALING_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_elastic_scaling {

// DescribeRCElasticScalingResponseBody.scheduledRuleTemplates
struct scheduled_rule_templates {
  std::vector<std::string> items;
};

struct request {
  std::optional<std::string> instance_charge_type;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_type;
  std::optional<std::string> region_id;
  std::optional<std::string> support_case;
};

struct response {
  std::optional<std::string> acu_type;
  std::optional<std::string> instance_id;
  std::optional<std::string> request_id;
  std::optional<bool> scaling_enabled;
  std::optional<bool> scaling_supported;
  std::optional<std::string> scheduled_rule;
  std::optional<::rdscodec::rds::describe_rc_elastic_scaling::scheduled_rule_templates> scheduled_rule_templates;
  std::optional<std::string> target_instance_type;
};

}  // namespace rdscodec::rds::describe_rc_elastic_scaling

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_elastic_scaling::scheduled_rule_templates> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_elastic_scaling::scheduled_rule_templates::items>{"items", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_elastic_scaling::request> {
  using request = rds::describe_rc_elastic_scaling::request;
  using response = rds::describe_rc_elastic_scaling::response;
  static constexpr std::string_view action = "DescribeRCElasticScaling";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCElasticScalingResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_charge_type>{"InstanceChargeType", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::instance_type>{"InstanceType", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::support_case>{"SupportCase", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::acu_type>{"AcuType", presence::optional},
      field<&response::instance_id>{"InstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::scaling_enabled>{"ScalingEnabled", presence::optional},
      field<&response::scaling_supported>{"ScalingSupported", presence::optional},
      field<&response::scheduled_rule>{"ScheduledRule", presence::optional},
      field<&response::scheduled_rule_templates>{"ScheduledRuleTemplates", presence::optional},
      field<&response::target_instance_type>{"TargetInstanceType", presence::optional});
};

static_assert(check_operation<rds::describe_rc_elastic_scaling::request>());

}  // namespace rdscodec

#endif
