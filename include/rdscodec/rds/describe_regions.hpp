// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRegions (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_REGIONS_HPP
#define RDSCODEC_RDS_DESCRIBE_REGIONS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_regions {

// DescribeRegionsResponseBody.regions.RDSRegion
struct rds_region {
  std::optional<std::string> local_name;
  std::optional<std::string> region_endpoint;
  std::optional<std::string> region_id;
  std::optional<std::string> zone_id;
  std::optional<std::string> zone_name;
};

// DescribeRegionsResponseBody.regions
struct regions {
  std::vector<::rdscodec::rds::describe_regions::rds_region> rds_region;
};

struct request {
  std::optional<std::string> accept_language;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_regions::regions> regions;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_regions

namespace rdscodec {

template <>
struct object_traits<rds::describe_regions::rds_region> {
  static constexpr auto fields = field_list(
      field<&rds::describe_regions::rds_region::local_name>{"LocalName", presence::optional},
      field<&rds::describe_regions::rds_region::region_endpoint>{"RegionEndpoint", presence::optional},
      field<&rds::describe_regions::rds_region::region_id>{"RegionId", presence::optional},
      field<&rds::describe_regions::rds_region::zone_id>{"ZoneId", presence::optional},
      field<&rds::describe_regions::rds_region::zone_name>{"ZoneName", presence::optional});
};

template <>
struct object_traits<rds::describe_regions::regions> {
  static constexpr auto fields = field_list(
      field<&rds::describe_regions::regions::rds_region>{"RDSRegion", presence::optional});
};

template <>
struct operation_traits<rds::describe_regions::request> {
  using request = rds::describe_regions::request;
  using response = rds::describe_regions::response;
  static constexpr std::string_view action = "DescribeRegions";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRegionsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::accept_language>{"AcceptLanguage", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::regions>{"Regions", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_regions::request>());

}  // namespace rdscodec

#endif
