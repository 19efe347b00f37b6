// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteRCDeploymentSet (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DELETE_RC_DEPLOYMENT_SET_HPP
#define RDSCODEC_RDS_DELETE_RC_DEPLOYMENT_SET_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_rc_deployment_set {

struct request {
  std::string deployment_set_id;
  std::string region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_rc_deployment_set

namespace rdscodec {

template <>
struct operation_traits<rds::delete_rc_deployment_set::request> {
  using request = rds::delete_rc_deployment_set::request;
  using response = rds::delete_rc_deployment_set::response;
  static constexpr std::string_view action = "DeleteRCDeploymentSet";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteRCDeploymentSetResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::deployment_set_id>{"DeploymentSetId", presence::required},
      field<&request::region_id>{"RegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_rc_deployment_set::request>());

}  // namespace rdscodec

#endif
