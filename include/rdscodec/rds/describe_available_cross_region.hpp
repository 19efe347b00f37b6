// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeAvailableCrossRegion (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_AVAILABLE_CROSS_REGION_HPP
#define RDSCODEC_RDS_DESCRIBE_AVAILABLE_CROSS_REGION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_available_cross_region {

// DescribeAvailableCrossRegionResponseBody.regions
struct regions {
  std::vector<std::string> region;
};

struct request {
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_available_cross_region::regions> regions;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_available_cross_region

namespace rdscodec {

template <>
struct object_traits<rds::describe_available_cross_region::regions> {
  static constexpr auto fields = field_list(
      field<&rds::describe_available_cross_region::regions::region>{"Region", presence::optional});
};

template <>
struct operation_traits<rds::describe_available_cross_region::request> {
  using request = rds::describe_available_cross_region::request;
  using response = rds::describe_available_cross_region::response;
  static constexpr std::string_view action = "DescribeAvailableCrossRegion";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeAvailableCrossRegionResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::regions>{"Regions", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_available_cross_region::request>());

}  // namespace rdscodec

#endif
