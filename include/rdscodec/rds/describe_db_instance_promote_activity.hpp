// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstancePromoteActivity (Rds API 2014-08-15, RPC, POST, deprecated)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_PROMOTE_ACTIVITY_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_PROMOTE_ACTIVITY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_promote_activity {

struct request {
  std::string ali_uid;
  std::string db_instance_name;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> ali_uid;
  std::optional<std::string> bid;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_instance_name;
  std::optional<std::string> db_type;
  std::optional<std::string> is_activity;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_instance_promote_activity

namespace rdscodec {

template <>
struct operation_traits<rds::describe_db_instance_promote_activity::request> {
  using request = rds::describe_db_instance_promote_activity::request;
  using response = rds::describe_db_instance_promote_activity::response;
  static constexpr std::string_view action = "DescribeDBInstancePromoteActivity";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstancePromoteActivityResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::ali_uid>{"AliUid", presence::required},
      field<&request::db_instance_name>{"DbInstanceName", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::ali_uid>{"AliUid", presence::optional},
      field<&response::bid>{"Bid", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::db_instance_name>{"DBInstanceName", presence::optional},
      field<&response::db_type>{"DBType", presence::optional},
      field<&response::is_activity>{"IsActivity", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_promote_activity::request>());

}  // namespace rdscodec

#endif
