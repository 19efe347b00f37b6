// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeAvailableZones (Rds API 2014-08-15, RPC, POST)
// You can call this operation to query the available zones for an instance. The query result may be
// different from the zones available on the buy page of the ApsaraDB RDS console. The values of some
// parameters on the buy page vary based on the actual sales policy. The actual information on the buy
// page prevails.
#ifndef RDSCODEC_RDS_DESCRIBE_AVAILABLE_ZONES_HPP
#define RDSCODEC_RDS_DESCRIBE_AVAILABLE_ZONES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_available_zones {

// DescribeAvailableZonesResponseBody.availableZones.supportedEngines.supportedEngineVersions.supportedCategorys.supportedStorageTypes
struct supported_storage_types {
  std::optional<std::string> storage_type;
};

// DescribeAvailableZonesResponseBody.availableZones.supportedEngines.supportedEngineVersions.supportedCategorys
struct supported_categorys {
  std::optional<std::string> category;
  std::vector<::rdscodec::rds::describe_available_zones::supported_storage_types> supported_storage_types;
};

// DescribeAvailableZonesResponseBody.availableZones.supportedEngines.supportedEngineVersions
struct supported_engine_versions {
  std::vector<::rdscodec::rds::describe_available_zones::supported_categorys> supported_categorys;
  std::optional<std::string> version;
};

// DescribeAvailableZonesResponseBody.availableZones.supportedEngines
struct supported_engines {
  std::optional<std::string> engine;
  std::vector<::rdscodec::rds::describe_available_zones::supported_engine_versions> supported_engine_versions;
};

// DescribeAvailableZonesResponseBody.availableZones
struct available_zones {
  std::optional<std::string> region_id;
  std::vector<::rdscodec::rds::describe_available_zones::supported_engines> supported_engines;
  std::optional<std::string> zone_id;
};

struct request {
  std::optional<std::string> category;
  std::optional<std::string> commodity_code;
  std::optional<std::string> db_instance_name;
  std::optional<std::string> dispense_mode;
  std::string engine;
  std::optional<std::string> engine_version;
  std::string region_id;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> zone_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_available_zones::available_zones> available_zones;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_available_zones

namespace rdscodec {

template <>
struct object_traits<rds::describe_available_zones::supported_storage_types> {
  static constexpr auto fields = field_list(
      field<&rds::describe_available_zones::supported_storage_types::storage_type>{"StorageType", presence::optional});
};

template <>
struct object_traits<rds::describe_available_zones::supported_categorys> {
  static constexpr auto fields = field_list(
      field<&rds::describe_available_zones::supported_categorys::category>{"Category", presence::optional},
      field<&rds::describe_available_zones::supported_categorys::supported_storage_types>{"SupportedStorageTypes", presence::optional});
};

template <>
struct object_traits<rds::describe_available_zones::supported_engine_versions> {
  static constexpr auto fields = field_list(
      field<&rds::describe_available_zones::supported_engine_versions::supported_categorys>{"SupportedCategorys", presence::optional},
      field<&rds::describe_available_zones::supported_engine_versions::version>{"Version", presence::optional});
};

template <>
struct object_traits<rds::describe_available_zones::supported_engines> {
  static constexpr auto fields = field_list(
      field<&rds::describe_available_zones::supported_engines::engine>{"Engine", presence::optional},
      field<&rds::describe_available_zones::supported_engines::supported_engine_versions>{"SupportedEngineVersions", presence::optional});
};

template <>
struct object_traits<rds::describe_available_zones::available_zones> {
  static constexpr auto fields = field_list(
      field<&rds::describe_available_zones::available_zones::region_id>{"RegionId", presence::optional},
      field<&rds::describe_available_zones::available_zones::supported_engines>{"SupportedEngines", presence::optional},
      field<&rds::describe_available_zones::available_zones::zone_id>{"ZoneId", presence::optional});
};

template <>
struct operation_traits<rds::describe_available_zones::request> {
  using request = rds::describe_available_zones::request;
  using response = rds::describe_available_zones::response;
  static constexpr std::string_view action = "DescribeAvailableZones";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeAvailableZonesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::category>{"Category", presence::optional},
      field<&request::commodity_code>{"CommodityCode", presence::optional},
      field<&request::db_instance_name>{"DBInstanceName", presence::optional},
      field<&request::dispense_mode>{"DispenseMode", presence::optional},
      field<&request::engine>{"Engine", presence::required},
      field<&request::engine_version>{"EngineVersion", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::available_zones>{"AvailableZones", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_available_zones::request>());

}  // namespace rdscodec

#endif
