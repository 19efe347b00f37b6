// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSQLCollectorRetention (Rds API 2014-08-15, RPC, POST)
// Not sent; selects the endpoint: RegionId.
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_SQL_COLLECTOR_RETENTION_HPP
#define RDSCODEC_RDS_DESCRIBE_SQL_COLLECTOR_RETENTION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_sql_collector_retention {

struct request {
  std::optional<std::string> region_id;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> config_value;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_sql_collector_retention

namespace rdscodec {

template <>
struct operation_traits<rds::describe_sql_collector_retention::request> {
  using request = rds::describe_sql_collector_retention::request;
  using response = rds::describe_sql_collector_retention::response;
  static constexpr std::string_view action = "DescribeSQLCollectorRetention";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSQLCollectorRetentionResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional}.with(wire_position::host),
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::config_value>{"ConfigValue", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_sql_collector_retention::request>());

}  // namespace rdscodec

#endif
