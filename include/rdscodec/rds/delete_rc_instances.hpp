// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteRCInstances (Rds API 2014-08-15, RPC, POST)
// After an instance is released, all physical resources used by the instance are recycled. Relevant
// data is erased and cannot be restored.
#ifndef RDSCODEC_RDS_DELETE_RC_INSTANCES_HPP
#define RDSCODEC_RDS_DELETE_RC_INSTANCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_rc_instances {

struct request {
  std::optional<bool> dry_run;
  std::optional<bool> force;
  std::vector<std::string> instance_id;
  std::optional<std::string> region_id;
  std::optional<bool> terminate_subscription;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_rc_instances

namespace rdscodec {

template <>
struct operation_traits<rds::delete_rc_instances::request> {
  using request = rds::delete_rc_instances::request;
  using response = rds::delete_rc_instances::response;
  static constexpr std::string_view action = "DeleteRCInstances";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteRCInstancesResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::dry_run>{"DryRun", presence::optional},
      field<&request::force>{"Force", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::required}.with(wire_style::json),
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::terminate_subscription>{"TerminateSubscription", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_rc_instances::request>());

}  // namespace rdscodec

#endif
