// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RevokeRCSecurityGroupPermission (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_REVOKE_RC_SECURITY_GROUP_PERMISSION_HPP
#define RDSCODEC_RDS_REVOKE_RC_SECURITY_GROUP_PERMISSION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::revoke_rc_security_group_permission {

struct request {
  std::optional<std::string> direction;
  std::optional<std::string> region_id;
  std::optional<std::string> security_group_id;
  std::optional<std::vector<std::string>> security_group_rule_id_list;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::revoke_rc_security_group_permission

namespace rdscodec {

template <>
struct operation_traits<rds::revoke_rc_security_group_permission::request> {
  using request = rds::revoke_rc_security_group_permission::request;
  using response = rds::revoke_rc_security_group_permission::response;
  static constexpr std::string_view action = "RevokeRCSecurityGroupPermission";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RevokeRCSecurityGroupPermissionResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::direction>{"Direction", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::security_group_id>{"SecurityGroupId", presence::optional},
      field<&request::security_group_rule_id_list>{"SecurityGroupRuleIdList", presence::optional}.with(wire_style::json));
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::revoke_rc_security_group_permission::request>());

}  // namespace rdscodec

#endif
