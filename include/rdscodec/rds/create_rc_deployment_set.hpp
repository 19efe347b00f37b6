// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateRCDeploymentSet (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CREATE_RC_DEPLOYMENT_SET_HPP
#define RDSCODEC_RDS_CREATE_RC_DEPLOYMENT_SET_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_rc_deployment_set {

// CreateRCDeploymentSetRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> deployment_set_name;
  std::optional<std::string> description;
  std::optional<std::int64_t> group_count;
  std::optional<std::string> on_unable_to_redeploy_failed_instance;
  std::string region_id;
  std::optional<std::string> strategy;
  std::optional<std::vector<::rdscodec::rds::create_rc_deployment_set::tag>> tag;
};

struct response {
  std::optional<std::string> deployment_set_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_rc_deployment_set

namespace rdscodec {

template <>
struct object_traits<rds::create_rc_deployment_set::tag> {
  static constexpr auto fields = field_list(
      field<&rds::create_rc_deployment_set::tag::key>{"Key", presence::optional},
      field<&rds::create_rc_deployment_set::tag::value>{"Value", presence::optional});
};

template <>
struct operation_traits<rds::create_rc_deployment_set::request> {
  using request = rds::create_rc_deployment_set::request;
  using response = rds::create_rc_deployment_set::response;
  static constexpr std::string_view action = "CreateRCDeploymentSet";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateRCDeploymentSetResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::deployment_set_name>{"DeploymentSetName", presence::optional},
      field<&request::description>{"Description", presence::optional},
      field<&request::group_count>{"GroupCount", presence::optional},
      field<&request::on_unable_to_redeploy_failed_instance>{"OnUnableToRedeployFailedInstance", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::strategy>{"Strategy", presence::optional},
      field<&request::tag>{"Tag", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::deployment_set_id>{"DeploymentSetId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_rc_deployment_set::request>());

}  // namespace rdscodec

#endif
