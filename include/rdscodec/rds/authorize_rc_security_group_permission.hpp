// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// AuthorizeRCSecurityGroupPermission (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_AUTHORIZE_RC_SECURITY_GROUP_PERMISSION_HPP
#define RDSCODEC_RDS_AUTHORIZE_RC_SECURITY_GROUP_PERMISSION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::authorize_rc_security_group_permission {

// AuthorizeRCSecurityGroupPermissionRequest.securityGroupPermissions
struct security_group_permissions {
  std::optional<std::string> dest_cidr_ip;
  std::optional<std::string> ip_protocol;
  std::optional<std::string> policy;
  std::optional<std::string> port_range;
  std::optional<std::int32_t> priority;
  std::optional<std::string> source_cidr_ip;
  std::optional<std::string> source_port_range;
};

struct request {
  std::optional<std::string> direction;
  std::optional<std::string> region_id;
  std::optional<std::string> security_group_id;
  std::optional<std::vector<::rdscodec::rds::authorize_rc_security_group_permission::security_group_permissions>> security_group_permissions;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::authorize_rc_security_group_permission

namespace rdscodec {

template <>
struct object_traits<rds::authorize_rc_security_group_permission::security_group_permissions> {
  static constexpr auto fields = field_list(
      field<&rds::authorize_rc_security_group_permission::security_group_permissions::dest_cidr_ip>{"DestCidrIp", presence::optional},
      field<&rds::authorize_rc_security_group_permission::security_group_permissions::ip_protocol>{"IpProtocol", presence::optional},
      field<&rds::authorize_rc_security_group_permission::security_group_permissions::policy>{"Policy", presence::optional},
      field<&rds::authorize_rc_security_group_permission::security_group_permissions::port_range>{"PortRange", presence::optional},
      field<&rds::authorize_rc_security_group_permission::security_group_permissions::priority>{"Priority", presence::optional},
      field<&rds::authorize_rc_security_group_permission::security_group_permissions::source_cidr_ip>{"SourceCidrIp", presence::optional},
      field<&rds::authorize_rc_security_group_permission::security_group_permissions::source_port_range>{"SourcePortRange", presence::optional});
};

template <>
struct operation_traits<rds::authorize_rc_security_group_permission::request> {
  using request = rds::authorize_rc_security_group_permission::request;
  using response = rds::authorize_rc_security_group_permission::response;
  static constexpr std::string_view action = "AuthorizeRCSecurityGroupPermission";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "AuthorizeRCSecurityGroupPermissionResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::direction>{"Direction", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::security_group_id>{"SecurityGroupId", presence::optional},
      field<&request::security_group_permissions>{"SecurityGroupPermissions", presence::optional}.with(wire_style::json));
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::authorize_rc_security_group_permission::request>());

}  // namespace rdscodec

#endif
