// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCElasticScaling (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_RC_ELASTIC_SCALING_HPP
#define RDSCODEC_RDS_MODIFY_RC_ELASTIC_SCALING_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_elastic_scaling {

struct request {
  std::optional<bool> dry_run;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_type;
  std::optional<std::string> region_id;
  std::optional<bool> scaling_enabled;
  std::optional<std::string> scheduled_rule;
};

struct response {
  std::optional<std::string> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_elastic_scaling

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_elastic_scaling::request> {
  using request = rds::modify_rc_elastic_scaling::request;
  using response = rds::modify_rc_elastic_scaling::response;
  static constexpr std::string_view action = "ModifyRCElasticScaling";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCElasticScalingResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::dry_run>{"DryRun", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::instance_type>{"InstanceType", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::scaling_enabled>{"ScalingEnabled", presence::optional},
      field<&request::scheduled_rule>{"ScheduledRule", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_elastic_scaling::request>());

}  // namespace rdscodec

#endif
