// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CheckCloudResourceAuthorized (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_CHECK_CLOUD_RESOURCE_AUTHORIZED_HPP
#define RDSCODEC_RDS_CHECK_CLOUD_RESOURCE_AUTHORIZED_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::check_cloud_resource_authorized {

struct request {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> target_region_id;
};

struct response {
  std::optional<std::int32_t> authorization_state;
  std::optional<std::string> request_id;
  std::optional<std::string> role_arn;
};

}  // namespace rdscodec::rds::check_cloud_resource_authorized

namespace rdscodec {

template <>
struct operation_traits<rds::check_cloud_resource_authorized::request> {
  using request = rds::check_cloud_resource_authorized::request;
  using response = rds::check_cloud_resource_authorized::response;
  static constexpr std::string_view action = "CheckCloudResourceAuthorized";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CheckCloudResourceAuthorizedResponse";
  /// Only reads (the action begins with Check; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::target_region_id>{"TargetRegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::authorization_state>{"AuthorizationState", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::role_arn>{"RoleArn", presence::optional});
};

static_assert(check_operation<rds::check_cloud_resource_authorized::request>());

}  // namespace rdscodec

#endif
