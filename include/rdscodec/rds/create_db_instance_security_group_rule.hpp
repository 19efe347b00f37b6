// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateDBInstanceSecurityGroupRule (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_CREATE_DB_INSTANCE_SECURITY_GROUP_RULE_HPP
#define RDSCODEC_RDS_CREATE_DB_INSTANCE_SECURITY_GROUP_RULE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_db_instance_security_group_rule {

struct request {
  std::string db_instance_id;
  std::optional<std::string> description;
  std::optional<std::string> ip_protocol;
  std::optional<std::string> owner_account;
  std::optional<std::string> owner_id;
  std::string port_range;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> source_cidr_ip;
};

struct response {
  std::optional<std::string> code;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_db_instance_security_group_rule

namespace rdscodec {

template <>
struct operation_traits<rds::create_db_instance_security_group_rule::request> {
  using request = rds::create_db_instance_security_group_rule::request;
  using response = rds::create_db_instance_security_group_rule::response;
  static constexpr std::string_view action = "CreateDBInstanceSecurityGroupRule";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateDBInstanceSecurityGroupRuleResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::description>{"Description", presence::optional},
      field<&request::ip_protocol>{"IpProtocol", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::port_range>{"PortRange", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::source_cidr_ip>{"SourceCidrIp", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_db_instance_security_group_rule::request>());

}  // namespace rdscodec

#endif
