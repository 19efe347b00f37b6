// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCInstanceTypes (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_TYPES_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_TYPES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_instance_types {

// DescribeRCInstanceTypesResponseBody.instanceTypes.instanceType
struct instance_type {
  std::optional<std::int32_t> cpu_core_count;
  std::optional<std::int64_t> disk_quantity;
  std::optional<std::string> instance_type_family;
  std::optional<std::string> instance_type_id;
  std::optional<bool> jumbo_frame_support;
  std::optional<std::int32_t> memory_size;
};

// DescribeRCInstanceTypesResponseBody.instanceTypes
struct instance_types {
  std::vector<::rdscodec::rds::describe_rc_instance_types::instance_type> instance_type;
};

struct request {
  std::optional<std::string> commodity_code;
  std::optional<std::string> engine;
  std::optional<std::vector<std::string>> instance_type;
  std::optional<std::string> instance_type_family;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_rc_instance_types::instance_types> instance_types;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_instance_types

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_instance_types::instance_type> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_types::instance_type::cpu_core_count>{"CpuCoreCount", presence::optional},
      field<&rds::describe_rc_instance_types::instance_type::disk_quantity>{"DiskQuantity", presence::optional},
      field<&rds::describe_rc_instance_types::instance_type::instance_type_family>{"InstanceTypeFamily", presence::optional},
      field<&rds::describe_rc_instance_types::instance_type::instance_type_id>{"InstanceTypeId", presence::optional},
      field<&rds::describe_rc_instance_types::instance_type::jumbo_frame_support>{"JumboFrameSupport", presence::optional},
      field<&rds::describe_rc_instance_types::instance_type::memory_size>{"MemorySize", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_types::instance_types> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_types::instance_types::instance_type>{"InstanceType", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_instance_types::request> {
  using request = rds::describe_rc_instance_types::request;
  using response = rds::describe_rc_instance_types::response;
  static constexpr std::string_view action = "DescribeRCInstanceTypes";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCInstanceTypesResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::commodity_code>{"CommodityCode", presence::optional},
      field<&request::engine>{"Engine", presence::optional},
      field<&request::instance_type>{"InstanceType", presence::optional}.with(wire_style::simple),
      field<&request::instance_type_family>{"InstanceTypeFamily", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::instance_types>{"InstanceTypes", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_instance_types::request>());

}  // namespace rdscodec

#endif
