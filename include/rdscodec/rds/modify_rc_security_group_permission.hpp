// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCSecurityGroupPermission (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_RC_SECURITY_GROUP_PERMISSION_HPP
#define RDSCODEC_RDS_MODIFY_RC_SECURITY_GROUP_PERMISSION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_security_group_permission {

struct request {
  std::optional<std::string> dest_cidr_ip;
  std::optional<std::string> direction;
  std::optional<std::string> ip_protocol;
  std::optional<std::string> policy;
  std::optional<std::string> port_range;
  std::optional<std::string> priority;
  std::optional<std::string> region_id;
  std::optional<std::string> security_group_id;
  std::optional<std::string> security_group_rule_id;
  std::optional<std::string> source_cidr_ip;
  std::optional<std::string> source_port_range;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_security_group_permission

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_security_group_permission::request> {
  using request = rds::modify_rc_security_group_permission::request;
  using response = rds::modify_rc_security_group_permission::response;
  static constexpr std::string_view action = "ModifyRCSecurityGroupPermission";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCSecurityGroupPermissionResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::dest_cidr_ip>{"DestCidrIp", presence::optional},
      field<&request::direction>{"Direction", presence::optional},
      field<&request::ip_protocol>{"IpProtocol", presence::optional},
      field<&request::policy>{"Policy", presence::optional},
      field<&request::port_range>{"PortRange", presence::optional},
      field<&request::priority>{"Priority", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::security_group_id>{"SecurityGroupId", presence::optional},
      field<&request::security_group_rule_id>{"SecurityGroupRuleId", presence::optional},
      field<&request::source_cidr_ip>{"SourceCidrIp", presence::optional},
      field<&request::source_port_range>{"SourcePortRange", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_security_group_permission::request>());

}  // namespace rdscodec

#endif
