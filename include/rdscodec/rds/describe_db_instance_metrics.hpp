// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceMetrics (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_METRICS_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_METRICS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_metrics {

// DescribeDBInstanceMetricsResponseBody.items
struct items {
  std::optional<std::string> description;
  std::optional<std::string> dimension;
  std::optional<std::string> group_key;
  std::optional<std::string> group_key_type;
  std::optional<std::string> method;
  std::optional<std::string> metrics_key;
  std::optional<std::string> metrics_key_alias;
  std::optional<std::int32_t> sort_rule;
  std::optional<std::string> unit;
};

struct request {
  std::string db_instance_name;
  std::optional<std::string> resource_group_id;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_name;
  std::vector<::rdscodec::rds::describe_db_instance_metrics::items> items;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_db_instance_metrics

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_metrics::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_metrics::items::description>{"Description", presence::optional},
      field<&rds::describe_db_instance_metrics::items::dimension>{"Dimension", presence::optional},
      field<&rds::describe_db_instance_metrics::items::group_key>{"GroupKey", presence::optional},
      field<&rds::describe_db_instance_metrics::items::group_key_type>{"GroupKeyType", presence::optional},
      field<&rds::describe_db_instance_metrics::items::method>{"Method", presence::optional},
      field<&rds::describe_db_instance_metrics::items::metrics_key>{"MetricsKey", presence::optional},
      field<&rds::describe_db_instance_metrics::items::metrics_key_alias>{"MetricsKeyAlias", presence::optional},
      field<&rds::describe_db_instance_metrics::items::sort_rule>{"SortRule", presence::optional},
      field<&rds::describe_db_instance_metrics::items::unit>{"Unit", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_metrics::request> {
  using request = rds::describe_db_instance_metrics::request;
  using response = rds::describe_db_instance_metrics::response;
  static constexpr std::string_view action = "DescribeDBInstanceMetrics";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceMetricsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_name>{"DBInstanceName", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_metrics::request>());

}  // namespace rdscodec

#endif
