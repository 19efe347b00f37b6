// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RedeployRCInstance (Rds API 2014-08-15, RPC, POST)
// RedeployInstance is an asynchronous operation. It migrates data before it restarts the instance. If
// the instance is successfully redeployed, it enters the Running state. If the instance fails to be
// redeployed, it returns to the original physical server and the state before the redeployment.
#ifndef RDSCODEC_RDS_REDEPLOY_RC_INSTANCE_HPP
#define RDSCODEC_RDS_REDEPLOY_RC_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::redeploy_rc_instance {

struct request {
  std::optional<bool> force_stop;
  std::string instance_id;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::redeploy_rc_instance

namespace rdscodec {

template <>
struct operation_traits<rds::redeploy_rc_instance::request> {
  using request = rds::redeploy_rc_instance::request;
  using response = rds::redeploy_rc_instance::response;
  static constexpr std::string_view action = "RedeployRCInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RedeployRCInstanceResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::force_stop>{"ForceStop", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::redeploy_rc_instance::request>());

}  // namespace rdscodec

#endif
