// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCInstanceTypeFamilies (Rds API 2014-08-15, RPC, GET)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_TYPE_FAMILIES_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_TYPE_FAMILIES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_instance_type_families {

// DescribeRCInstanceTypeFamiliesResponseBody.instanceTypeFamilies.instanceTypeFamily
struct instance_type_family {
  std::optional<std::string> instance_type_family_desc;
  std::optional<std::string> instance_type_family_id;
};

// DescribeRCInstanceTypeFamiliesResponseBody.instanceTypeFamilies
struct instance_type_families {
  std::vector<::rdscodec::rds::describe_rc_instance_type_families::instance_type_family> instance_type_family;
};

struct request {
  std::optional<std::string> region_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_rc_instance_type_families::instance_type_families> instance_type_families;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_instance_type_families

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_instance_type_families::instance_type_family> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_type_families::instance_type_family::instance_type_family_desc>{"InstanceTypeFamilyDesc", presence::optional},
      field<&rds::describe_rc_instance_type_families::instance_type_family::instance_type_family_id>{"InstanceTypeFamilyId", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_type_families::instance_type_families> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_type_families::instance_type_families::instance_type_family>{"InstanceTypeFamily", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_instance_type_families::request> {
  using request = rds::describe_rc_instance_type_families::request;
  using response = rds::describe_rc_instance_type_families::response;
  static constexpr std::string_view action = "DescribeRCInstanceTypeFamilies";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "GET";
  static constexpr std::string_view response_root = "DescribeRCInstanceTypeFamiliesResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::instance_type_families>{"InstanceTypeFamilies", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_instance_type_families::request>());

}  // namespace rdscodec

#endif
