// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSQLCollectorPolicy (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_SQL_COLLECTOR_POLICY_HPP
#define RDSCODEC_RDS_DESCRIBE_SQL_COLLECTOR_POLICY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_sql_collector_policy {

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::string> sql_collector_status;
  std::optional<std::int32_t> storage_period;
};

}  // namespace rdscodec::rds::describe_sql_collector_policy

namespace rdscodec {

template <>
struct operation_traits<rds::describe_sql_collector_policy::request> {
  using request = rds::describe_sql_collector_policy::request;
  using response = rds::describe_sql_collector_policy::response;
  static constexpr std::string_view action = "DescribeSQLCollectorPolicy";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSQLCollectorPolicyResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::sql_collector_status>{"SQLCollectorStatus", presence::optional},
      field<&response::storage_period>{"StoragePeriod", presence::optional});
};

static_assert(check_operation<rds::describe_sql_collector_policy::request>());

}  // namespace rdscodec

#endif
