// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CalculateDBInstanceWeight (Rds API 2014-08-15, RPC, POST)
// When the read/write splitting feature is enabled, this operation is used to calculate
// system-assigned read weights. For more information about custom read weights, see
// DescribeDBInstanceNetInfo.
#ifndef RDSCODEC_RDS_CALCULATE_DB_INSTANCE_WEIGHT_HPP
#define RDSCODEC_RDS_CALCULATE_DB_INSTANCE_WEIGHT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::calculate_db_instance_weight {

// CalculateDBInstanceWeightResponseBody.items.DBInstanceWeight
struct db_instance_weight {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_instance_type;
  std::optional<std::string> readonly_instance_sql_delayed_time;
  std::optional<std::string> weight;
};

// CalculateDBInstanceWeightResponseBody.items
struct items {
  std::vector<::rdscodec::rds::calculate_db_instance_weight::db_instance_weight> db_instance_weight;
};

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::calculate_db_instance_weight::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::calculate_db_instance_weight

namespace rdscodec {

template <>
struct object_traits<rds::calculate_db_instance_weight::db_instance_weight> {
  static constexpr auto fields = field_list(
      field<&rds::calculate_db_instance_weight::db_instance_weight::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::calculate_db_instance_weight::db_instance_weight::db_instance_type>{"DBInstanceType", presence::optional},
      field<&rds::calculate_db_instance_weight::db_instance_weight::readonly_instance_sql_delayed_time>{"ReadonlyInstanceSQLDelayedTime", presence::optional},
      field<&rds::calculate_db_instance_weight::db_instance_weight::weight>{"Weight", presence::optional});
};

template <>
struct object_traits<rds::calculate_db_instance_weight::items> {
  static constexpr auto fields = field_list(
      field<&rds::calculate_db_instance_weight::items::db_instance_weight>{"DBInstanceWeight", presence::optional});
};

template <>
struct operation_traits<rds::calculate_db_instance_weight::request> {
  using request = rds::calculate_db_instance_weight::request;
  using response = rds::calculate_db_instance_weight::response;
  static constexpr std::string_view action = "CalculateDBInstanceWeight";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CalculateDBInstanceWeightResponse";
  /// Only reads (the action begins with Calculate; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::calculate_db_instance_weight::request>());

}  // namespace rdscodec

#endif
