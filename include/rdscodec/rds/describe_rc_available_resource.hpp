// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCAvailableResource (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_AVAILABLE_RESOURCE_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_AVAILABLE_RESOURCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_available_resource {

// DescribeRCAvailableResourceResponseBody.availableZones.availableResources.supportedResources
struct supported_resources {
  std::optional<std::int32_t> max;
  std::optional<std::int32_t> min;
  std::optional<std::string> quota_status;
  std::optional<std::string> status;
  std::optional<std::string> status_category;
  std::optional<std::string> unit;
  std::optional<std::string> value;
};

// DescribeRCAvailableResourceResponseBody.availableZones.availableResources
struct available_resources {
  std::vector<::rdscodec::rds::describe_rc_available_resource::supported_resources> supported_resources;
  std::optional<std::string> type;
};

// DescribeRCAvailableResourceResponseBody.availableZones
struct available_zones {
  std::vector<::rdscodec::rds::describe_rc_available_resource::available_resources> available_resources;
  std::optional<std::string> region_id;
  std::optional<std::string> status;
  std::optional<std::string> status_category;
  std::optional<std::string> zone_id;
};

struct request {
  std::optional<std::int32_t> cores;
  std::optional<std::string> data_disk_category;
  std::optional<std::string> dedicated_host_id;
  std::string destination_resource;
  std::optional<std::string> instance_charge_type;
  std::optional<std::string> instance_type;
  std::optional<std::string> io_optimized;
  std::optional<double> memory;
  std::optional<std::string> network_category;
  std::string region_id;
  std::optional<std::string> resource_type;
  std::optional<std::string> scope;
  std::optional<std::int32_t> spot_duration;
  std::optional<std::string> spot_strategy;
  std::optional<std::string> system_disk_category;
  std::optional<std::string> zone_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_available_resource::available_zones> available_zones;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_available_resource

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_available_resource::supported_resources> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_available_resource::supported_resources::max>{"Max", presence::optional},
      field<&rds::describe_rc_available_resource::supported_resources::min>{"Min", presence::optional},
      field<&rds::describe_rc_available_resource::supported_resources::quota_status>{"QuotaStatus", presence::optional},
      field<&rds::describe_rc_available_resource::supported_resources::status>{"Status", presence::optional},
      field<&rds::describe_rc_available_resource::supported_resources::status_category>{"StatusCategory", presence::optional},
      field<&rds::describe_rc_available_resource::supported_resources::unit>{"Unit", presence::optional},
      field<&rds::describe_rc_available_resource::supported_resources::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_available_resource::available_resources> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_available_resource::available_resources::supported_resources>{"SupportedResources", presence::optional},
      field<&rds::describe_rc_available_resource::available_resources::type>{"Type", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_available_resource::available_zones> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_available_resource::available_zones::available_resources>{"AvailableResources", presence::optional},
      field<&rds::describe_rc_available_resource::available_zones::region_id>{"RegionId", presence::optional},
      field<&rds::describe_rc_available_resource::available_zones::status>{"Status", presence::optional},
      field<&rds::describe_rc_available_resource::available_zones::status_category>{"StatusCategory", presence::optional},
      field<&rds::describe_rc_available_resource::available_zones::zone_id>{"ZoneId", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_available_resource::request> {
  using request = rds::describe_rc_available_resource::request;
  using response = rds::describe_rc_available_resource::response;
  static constexpr std::string_view action = "DescribeRCAvailableResource";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCAvailableResourceResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::cores>{"Cores", presence::optional},
      field<&request::data_disk_category>{"DataDiskCategory", presence::optional},
      field<&request::dedicated_host_id>{"DedicatedHostId", presence::optional},
      field<&request::destination_resource>{"DestinationResource", presence::required},
      field<&request::instance_charge_type>{"InstanceChargeType", presence::optional},
      field<&request::instance_type>{"InstanceType", presence::optional},
      field<&request::io_optimized>{"IoOptimized", presence::optional},
      field<&request::memory>{"Memory", presence::optional},
      field<&request::network_category>{"NetworkCategory", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_type>{"ResourceType", presence::optional},
      field<&request::scope>{"Scope", presence::optional},
      field<&request::spot_duration>{"SpotDuration", presence::optional, 0},
      field<&request::spot_strategy>{"SpotStrategy", presence::optional},
      field<&request::system_disk_category>{"SystemDiskCategory", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::available_zones>{"AvailableZones", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_available_resource::request>());

}  // namespace rdscodec

#endif
