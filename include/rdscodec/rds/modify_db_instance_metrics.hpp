// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceMetrics (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_METRICS_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_METRICS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_metrics {

struct request {
  std::string db_instance_name;
  std::string metrics_config;
  std::optional<std::int64_t> resource_owner_id;
  std::string scope;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> request_id;
  std::optional<std::string> scope;
};

}  // namespace rdscodec::rds::modify_db_instance_metrics

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_metrics::request> {
  using request = rds::modify_db_instance_metrics::request;
  using response = rds::modify_db_instance_metrics::response;
  static constexpr std::string_view action = "ModifyDBInstanceMetrics";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceMetricsResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::required},
      field<&request::metrics_config>{"MetricsConfig", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::scope>{"Scope", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::scope>{"Scope", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_metrics::request>());

}  // namespace rdscodec

#endif
