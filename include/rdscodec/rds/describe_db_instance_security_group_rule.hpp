// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceSecurityGroupRule (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_SECURITY_GROUP_RULE_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_SECURITY_GROUP_RULE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_security_group_rule {

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::string> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> code;
  std::optional<std::string> data;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_instance_security_group_rule

namespace rdscodec {

template <>
struct operation_traits<rds::describe_db_instance_security_group_rule::request> {
  using request = rds::describe_db_instance_security_group_rule::request;
  using response = rds::describe_db_instance_security_group_rule::response;
  static constexpr std::string_view action = "DescribeDBInstanceSecurityGroupRule";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceSecurityGroupRuleResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::data>{"Data", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_security_group_rule::request>());

}  // namespace rdscodec

#endif
