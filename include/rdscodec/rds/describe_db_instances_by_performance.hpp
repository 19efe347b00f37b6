// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstancesByPerformance (Rds API 2014-08-15, RPC, POST)
// This operation is phased out.
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCES_BY_PERFORMANCE_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCES_BY_PERFORMANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instances_by_performance {

// DescribeDBInstancesByPerformanceRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

// DescribeDBInstancesByPerformanceResponseBody.items.DBInstancePerformance
struct db_instance_performance {
  std::optional<std::string> cpu_usage;
  std::optional<std::string> db_instance_description;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> disk_usage;
  std::optional<std::string> iops_usage;
  std::optional<std::string> session_usage;
};

// DescribeDBInstancesByPerformanceResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_db_instances_by_performance::db_instance_performance> db_instance_performance;
};

struct request {
  std::optional<std::vector<::rdscodec::rds::describe_db_instances_by_performance::tag>> tag;
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> sort_key;
  std::optional<std::string> sort_method;
  std::optional<std::string> tags;
  std::optional<std::string> proxy_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instances_by_performance::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_db_instances_by_performance

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instances_by_performance::tag> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_by_performance::tag::key>{"key", presence::optional},
      field<&rds::describe_db_instances_by_performance::tag::value>{"value", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances_by_performance::db_instance_performance> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_by_performance::db_instance_performance::cpu_usage>{"CPUUsage", presence::optional},
      field<&rds::describe_db_instances_by_performance::db_instance_performance::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&rds::describe_db_instances_by_performance::db_instance_performance::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_db_instances_by_performance::db_instance_performance::disk_usage>{"DiskUsage", presence::optional},
      field<&rds::describe_db_instances_by_performance::db_instance_performance::iops_usage>{"IOPSUsage", presence::optional},
      field<&rds::describe_db_instances_by_performance::db_instance_performance::session_usage>{"SessionUsage", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances_by_performance::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_by_performance::items::db_instance_performance>{"DBInstancePerformance", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instances_by_performance::request> {
  using request = rds::describe_db_instances_by_performance::request;
  using response = rds::describe_db_instances_by_performance::response;
  static constexpr std::string_view action = "DescribeDBInstancesByPerformance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstancesByPerformanceResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 0, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 1, 100},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::sort_key>{"SortKey", presence::optional},
      field<&request::sort_method>{"SortMethod", presence::optional},
      field<&request::tag>{"Tag", presence::optional},
      field<&request::tags>{"Tags", presence::optional},
      field<&request::proxy_id>{"proxyId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_db_instances_by_performance::request>());

}  // namespace rdscodec

#endif
