// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBProxyPerformance (Rds API 2014-08-15, RPC, POST)
// Starting October 17, 2023, ApsaraDB RDS provides a dedicated proxy free of charge for each ApsaraDB
// RDS for MySQL instance on RDS Cluster Edition. For more information, see [[Special offers/Price
// changes] One proxy is provided free of charge for ApsaraDB RDS for MySQL instances on RDS Cluster
// Edition](~~2555466~~).
#ifndef RDSCODEC_RDS_DESCRIBE_DB_PROXY_PERFORMANCE_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_PROXY_PERFORMANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_proxy_performance {

// DescribeDBProxyPerformanceResponseBody.performanceKeys.performanceKey.values.performanceValue
struct performance_value {
  std::optional<std::string> date;
  std::optional<std::string> value;
};

// DescribeDBProxyPerformanceResponseBody.performanceKeys.performanceKey.values
struct values {
  std::vector<::rdscodec::rds::describe_db_proxy_performance::performance_value> performance_value;
};

// DescribeDBProxyPerformanceResponseBody.performanceKeys.performanceKey
struct performance_key {
  std::optional<std::string> key;
  std::optional<std::string> node;
  std::optional<std::string> server;
  std::optional<std::string> service;
  std::optional<std::string> value_format;
  std::optional<::rdscodec::rds::describe_db_proxy_performance::values> values;
};

// DescribeDBProxyPerformanceResponseBody.performanceKeys
struct performance_keys {
  std::vector<::rdscodec::rds::describe_db_proxy_performance::performance_key> performance_key;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::string> db_proxy_instance_type;
  std::optional<std::string> dimension;
  std::string end_time;
  std::string metrics_name;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string start_time;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::string> end_time;
  std::optional<::rdscodec::rds::describe_db_proxy_performance::performance_keys> performance_keys;
  std::optional<std::string> request_id;
  std::optional<std::string> start_time;
};

}  // namespace rdscodec::rds::describe_db_proxy_performance

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_proxy_performance::performance_value> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy_performance::performance_value::date>{"Date", presence::optional},
      field<&rds::describe_db_proxy_performance::performance_value::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy_performance::values> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy_performance::values::performance_value>{"PerformanceValue", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy_performance::performance_key> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy_performance::performance_key::key>{"Key", presence::optional},
      field<&rds::describe_db_proxy_performance::performance_key::node>{"Node", presence::optional},
      field<&rds::describe_db_proxy_performance::performance_key::server>{"Server", presence::optional},
      field<&rds::describe_db_proxy_performance::performance_key::service>{"Service", presence::optional},
      field<&rds::describe_db_proxy_performance::performance_key::value_format>{"ValueFormat", presence::optional},
      field<&rds::describe_db_proxy_performance::performance_key::values>{"Values", presence::optional});
};

template <>
struct object_traits<rds::describe_db_proxy_performance::performance_keys> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_proxy_performance::performance_keys::performance_key>{"PerformanceKey", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_proxy_performance::request> {
  using request = rds::describe_db_proxy_performance::request;
  using response = rds::describe_db_proxy_performance::response;
  static constexpr std::string_view action = "DescribeDBProxyPerformance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBProxyPerformanceResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::db_proxy_instance_type>{"DBProxyInstanceType", presence::optional},
      field<&request::dimension>{"Dimension", presence::optional},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::metrics_name>{"MetricsName", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&response::end_time>{"EndTime", presence::optional},
      field<&response::performance_keys>{"PerformanceKeys", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::start_time>{"StartTime", presence::optional});
};

static_assert(check_operation<rds::describe_db_proxy_performance::request>());

}  // namespace rdscodec

#endif
