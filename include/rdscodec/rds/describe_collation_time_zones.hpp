// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeCollationTimeZones (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_DESCRIBE_COLLATION_TIME_ZONES_HPP
#define RDSCODEC_RDS_DESCRIBE_COLLATION_TIME_ZONES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_collation_time_zones {

// DescribeCollationTimeZonesResponseBody.collationTimeZones.collationTimeZone
struct collation_time_zone {
  std::optional<std::string> description;
  std::optional<std::string> standard_time_offset;
  std::optional<std::string> time_zone;
};

// DescribeCollationTimeZonesResponseBody.collationTimeZones
struct collation_time_zones {
  std::vector<::rdscodec::rds::describe_collation_time_zones::collation_time_zone> collation_time_zone;
};

struct request {
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_collation_time_zones::collation_time_zones> collation_time_zones;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_collation_time_zones

namespace rdscodec {

template <>
struct object_traits<rds::describe_collation_time_zones::collation_time_zone> {
  static constexpr auto fields = field_list(
      field<&rds::describe_collation_time_zones::collation_time_zone::description>{"Description", presence::optional},
      field<&rds::describe_collation_time_zones::collation_time_zone::standard_time_offset>{"StandardTimeOffset", presence::optional},
      field<&rds::describe_collation_time_zones::collation_time_zone::time_zone>{"TimeZone", presence::optional});
};

template <>
struct object_traits<rds::describe_collation_time_zones::collation_time_zones> {
  static constexpr auto fields = field_list(
      field<&rds::describe_collation_time_zones::collation_time_zones::collation_time_zone>{"CollationTimeZone", presence::optional});
};

template <>
struct operation_traits<rds::describe_collation_time_zones::request> {
  using request = rds::describe_collation_time_zones::request;
  using response = rds::describe_collation_time_zones::response;
  static constexpr std::string_view action = "DescribeCollationTimeZones";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeCollationTimeZonesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::collation_time_zones>{"CollationTimeZones", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_collation_time_zones::request>());

}  // namespace rdscodec

#endif
