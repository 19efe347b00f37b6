// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteDBInstanceSecurityGroupRule (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_DELETE_DB_INSTANCE_SECURITY_GROUP_RULE_HPP
#define RDSCODEC_RDS_DELETE_DB_INSTANCE_SECURITY_GROUP_RULE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_db_instance_security_group_rule {

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::string> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string security_group_rule_ids;
};

struct response {
  std::optional<std::string> code;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_db_instance_security_group_rule

namespace rdscodec {

template <>
struct operation_traits<rds::delete_db_instance_security_group_rule::request> {
  using request = rds::delete_db_instance_security_group_rule::request;
  using response = rds::delete_db_instance_security_group_rule::response;
  static constexpr std::string_view action = "DeleteDBInstanceSecurityGroupRule";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteDBInstanceSecurityGroupRuleResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::security_group_rule_ids>{"SecurityGroupRuleIds", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_db_instance_security_group_rule::request>());

}  // namespace rdscodec

#endif
