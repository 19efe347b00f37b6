// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRegionInfos (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_REGION_INFOS_HPP
#define RDSCODEC_RDS_DESCRIBE_REGION_INFOS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_region_infos {

// DescribeRegionInfosResponseBody.regions.RDSRegion
struct rds_region {
  std::optional<std::string> region_id;
};

// DescribeRegionInfosResponseBody.regions
struct regions {
  std::vector<::rdscodec::rds::describe_region_infos::rds_region> rds_region;
};

struct request {
  std::optional<std::string> client_token;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_region_infos::regions> regions;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_region_infos

namespace rdscodec {

template <>
struct object_traits<rds::describe_region_infos::rds_region> {
  static constexpr auto fields = field_list(
      field<&rds::describe_region_infos::rds_region::region_id>{"RegionId", presence::optional});
};

template <>
struct object_traits<rds::describe_region_infos::regions> {
  static constexpr auto fields = field_list(
      field<&rds::describe_region_infos::regions::rds_region>{"RDSRegion", presence::optional});
};

template <>
struct operation_traits<rds::describe_region_infos::request> {
  using request = rds::describe_region_infos::request;
  using response = rds::describe_region_infos::response;
  static constexpr std::string_view action = "DescribeRegionInfos";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRegionInfosResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::regions>{"Regions", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_region_infos::request>());

}  // namespace rdscodec

#endif
