// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCSecurityGroupPermission (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_SECURITY_GROUP_PERMISSION_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_SECURITY_GROUP_PERMISSION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_security_group_permission {

// DescribeRCSecurityGroupPermissionResponseBody.securityGroupPermissions
struct security_group_permissions {
  std::optional<std::string> create_time;
  std::optional<std::string> dest_cidr_ip;
  std::optional<std::string> direction;
  std::optional<std::string> ip_protocol;
  std::optional<std::string> policy;
  std::optional<std::string> port_range;
  std::optional<std::string> priority;
  std::optional<std::string> security_group_rule_id;
  std::optional<std::string> source_cidr_ip;
  std::optional<std::string> source_port_range;
};

struct request {
  std::string region_id;
  std::string security_group_id;
};

struct response {
  std::optional<std::string> inner_access_policy;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
  std::optional<std::string> security_group_id;
  std::vector<::rdscodec::rds::describe_rc_security_group_permission::security_group_permissions> security_group_permissions;
  std::optional<std::string> vpc_id;
};

}  // namespace rdscodec::rds::describe_rc_security_group_permission

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_security_group_permission::security_group_permissions> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_security_group_permission::security_group_permissions::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_rc_security_group_permission::security_group_permissions::dest_cidr_ip>{"DestCidrIp", presence::optional},
      field<&rds::describe_rc_security_group_permission::security_group_permissions::direction>{"Direction", presence::optional},
      field<&rds::describe_rc_security_group_permission::security_group_permissions::ip_protocol>{"IpProtocol", presence::optional},
      field<&rds::describe_rc_security_group_permission::security_group_permissions::policy>{"Policy", presence::optional},
      field<&rds::describe_rc_security_group_permission::security_group_permissions::port_range>{"PortRange", presence::optional},
      field<&rds::describe_rc_security_group_permission::security_group_permissions::priority>{"Priority", presence::optional},
      field<&rds::describe_rc_security_group_permission::security_group_permissions::security_group_rule_id>{"SecurityGroupRuleId", presence::optional},
      field<&rds::describe_rc_security_group_permission::security_group_permissions::source_cidr_ip>{"SourceCidrIp", presence::optional},
      field<&rds::describe_rc_security_group_permission::security_group_permissions::source_port_range>{"SourcePortRange", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_security_group_permission::request> {
  using request = rds::describe_rc_security_group_permission::request;
  using response = rds::describe_rc_security_group_permission::response;
  static constexpr std::string_view action = "DescribeRCSecurityGroupPermission";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCSecurityGroupPermissionResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::security_group_id>{"SecurityGroupId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::inner_access_policy>{"InnerAccessPolicy", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::security_group_id>{"SecurityGroupId", presence::optional},
      field<&response::security_group_permissions>{"SecurityGroupPermissions", presence::optional},
      field<&response::vpc_id>{"VpcId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_security_group_permission::request>());

}  // namespace rdscodec

#endif
