// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeAvailableClasses (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_AVAILABLE_CLASSES_HPP
#define RDSCODEC_RDS_DESCRIBE_AVAILABLE_CLASSES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_available_classes {

// DescribeAvailableClassesResponseBody.DBInstanceClasses.DBInstanceStorageRange
struct db_instance_storage_range {
  std::optional<std::int32_t> max_value;
  std::optional<std::int32_t> min_value;
  std::optional<std::int32_t> step;
};

// DescribeAvailableClassesResponseBody.DBInstanceClasses
struct db_instance_classes {
  std::optional<std::string> db_instance_class;
  std::optional<::rdscodec::rds::describe_available_classes::db_instance_storage_range> db_instance_storage_range;
};

struct request {
  std::string category;
  std::optional<std::string> commodity_code;
  std::optional<std::string> db_instance_id;
  std::string db_instance_storage_type;
  std::string engine;
  std::string engine_version;
  std::optional<std::string> instance_charge_type;
  std::optional<std::string> order_type;
  std::string region_id;
  std::optional<std::int64_t> resource_owner_id;
  std::string zone_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_available_classes::db_instance_classes> db_instance_classes;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_available_classes

namespace rdscodec {

template <>
struct object_traits<rds::describe_available_classes::db_instance_storage_range> {
  static constexpr auto fields = field_list(
      field<&rds::describe_available_classes::db_instance_storage_range::max_value>{"MaxValue", presence::optional},
      field<&rds::describe_available_classes::db_instance_storage_range::min_value>{"MinValue", presence::optional},
      field<&rds::describe_available_classes::db_instance_storage_range::step>{"Step", presence::optional});
};

template <>
struct object_traits<rds::describe_available_classes::db_instance_classes> {
  static constexpr auto fields = field_list(
      field<&rds::describe_available_classes::db_instance_classes::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&rds::describe_available_classes::db_instance_classes::db_instance_storage_range>{"DBInstanceStorageRange", presence::optional});
};

template <>
struct operation_traits<rds::describe_available_classes::request> {
  using request = rds::describe_available_classes::request;
  using response = rds::describe_available_classes::response;
  static constexpr std::string_view action = "DescribeAvailableClasses";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeAvailableClassesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::category>{"Category", presence::required},
      field<&request::commodity_code>{"CommodityCode", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::required},
      field<&request::engine>{"Engine", presence::required},
      field<&request::engine_version>{"EngineVersion", presence::required},
      field<&request::instance_charge_type>{"InstanceChargeType", presence::optional},
      field<&request::order_type>{"OrderType", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_classes>{"DBInstanceClasses", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_available_classes::request>());

}  // namespace rdscodec

#endif
