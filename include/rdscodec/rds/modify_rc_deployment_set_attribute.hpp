// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCDeploymentSetAttribute (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_RC_DEPLOYMENT_SET_ATTRIBUTE_HPP
#define RDSCODEC_RDS_MODIFY_RC_DEPLOYMENT_SET_ATTRIBUTE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_deployment_set_attribute {

struct request {
  std::string deployment_set_id;
  std::optional<std::string> deployment_set_name;
  std::optional<std::string> description;
  std::string region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_deployment_set_attribute

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_deployment_set_attribute::request> {
  using request = rds::modify_rc_deployment_set_attribute::request;
  using response = rds::modify_rc_deployment_set_attribute::response;
  static constexpr std::string_view action = "ModifyRCDeploymentSetAttribute";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCDeploymentSetAttributeResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::deployment_set_id>{"DeploymentSetId", presence::required},
      field<&request::deployment_set_name>{"DeploymentSetName", presence::optional},
      field<&request::description>{"Description", presence::optional},
      field<&request::region_id>{"RegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_deployment_set_attribute::request>());

}  // namespace rdscodec

#endif
