// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCResourcesModification (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_RESOURCES_MODIFICATION_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_RESOURCES_MODIFICATION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_resources_modification {

// DescribeRCResourcesModificationResponseBody.availableZones.availableResources.supportedResources
struct supported_resources {
  std::optional<std::string> status;
  std::optional<std::string> status_category;
  std::optional<std::string> value;
};

// DescribeRCResourcesModificationResponseBody.availableZones.availableResources
struct available_resources {
  std::vector<::rdscodec::rds::describe_rc_resources_modification::supported_resources> supported_resources;
  std::optional<std::string> type;
};

// DescribeRCResourcesModificationResponseBody.availableZones
struct available_zones {
  std::vector<::rdscodec::rds::describe_rc_resources_modification::available_resources> available_resources;
  std::optional<std::string> region_id;
  std::optional<std::string> status;
  std::optional<std::string> status_category;
  std::optional<std::string> zone_id;
};

struct request {
  std::optional<std::vector<std::string>> conditionss;
  std::optional<std::int32_t> cores;
  std::string destination_resource;
  std::string instance_id;
  std::optional<std::string> instance_type;
  std::optional<double> memory;
  std::optional<std::string> operation_type;
  std::string region_id;
  std::optional<std::string> zone_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_resources_modification::available_zones> available_zones;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_resources_modification

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_resources_modification::supported_resources> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_resources_modification::supported_resources::status>{"Status", presence::optional},
      field<&rds::describe_rc_resources_modification::supported_resources::status_category>{"StatusCategory", presence::optional},
      field<&rds::describe_rc_resources_modification::supported_resources::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_resources_modification::available_resources> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_resources_modification::available_resources::supported_resources>{"SupportedResources", presence::optional},
      field<&rds::describe_rc_resources_modification::available_resources::type>{"Type", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_resources_modification::available_zones> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_resources_modification::available_zones::available_resources>{"AvailableResources", presence::optional},
      field<&rds::describe_rc_resources_modification::available_zones::region_id>{"RegionId", presence::optional},
      field<&rds::describe_rc_resources_modification::available_zones::status>{"Status", presence::optional},
      field<&rds::describe_rc_resources_modification::available_zones::status_category>{"StatusCategory", presence::optional},
      field<&rds::describe_rc_resources_modification::available_zones::zone_id>{"ZoneId", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_resources_modification::request> {
  using request = rds::describe_rc_resources_modification::request;
  using response = rds::describe_rc_resources_modification::response;
  static constexpr std::string_view action = "DescribeRCResourcesModification";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCResourcesModificationResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::conditionss>{"Conditionss", presence::optional}.with(wire_style::json),
      field<&request::cores>{"Cores", presence::optional},
      field<&request::destination_resource>{"DestinationResource", presence::required},
      field<&request::instance_id>{"InstanceId", presence::required},
      field<&request::instance_type>{"InstanceType", presence::optional},
      field<&request::memory>{"Memory", presence::optional},
      field<&request::operation_type>{"OperationType", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::available_zones>{"AvailableZones", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_resources_modification::request>());

}  // namespace rdscodec

#endif
