// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeGadInstances (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_GAD_INSTANCES_HPP
#define RDSCODEC_RDS_DESCRIBE_GAD_INSTANCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_gad_instances {

// DescribeGadInstancesResponseBody.gadInstances.gadInstanceMembers
struct gad_instance_members {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> dts_instance;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> role;
  std::optional<std::string> status;
};

// DescribeGadInstancesResponseBody.gadInstances
struct gad_instances {
  std::optional<std::string> creation_time;
  std::optional<std::string> description;
  std::vector<::rdscodec::rds::describe_gad_instances::gad_instance_members> gad_instance_members;
  std::optional<std::string> gad_instance_name;
  std::optional<std::string> modification_time;
  std::optional<std::string> service;
  std::optional<std::string> status;
};

struct request {
  std::optional<std::string> gad_instance_name;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_gad_instances::gad_instances> gad_instances;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_gad_instances

namespace rdscodec {

template <>
struct object_traits<rds::describe_gad_instances::gad_instance_members> {
  static constexpr auto fields = field_list(
      field<&rds::describe_gad_instances::gad_instance_members::db_instance_id>{"DBInstanceID", presence::optional},
      field<&rds::describe_gad_instances::gad_instance_members::dts_instance>{"DtsInstance", presence::optional},
      field<&rds::describe_gad_instances::gad_instance_members::engine>{"Engine", presence::optional},
      field<&rds::describe_gad_instances::gad_instance_members::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_gad_instances::gad_instance_members::region_id>{"RegionId", presence::optional},
      field<&rds::describe_gad_instances::gad_instance_members::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&rds::describe_gad_instances::gad_instance_members::role>{"Role", presence::optional},
      field<&rds::describe_gad_instances::gad_instance_members::status>{"Status", presence::optional});
};

template <>
struct object_traits<rds::describe_gad_instances::gad_instances> {
  static constexpr auto fields = field_list(
      field<&rds::describe_gad_instances::gad_instances::creation_time>{"CreationTime", presence::optional},
      field<&rds::describe_gad_instances::gad_instances::description>{"Description", presence::optional},
      field<&rds::describe_gad_instances::gad_instances::gad_instance_members>{"GadInstanceMembers", presence::optional},
      field<&rds::describe_gad_instances::gad_instances::gad_instance_name>{"GadInstanceName", presence::optional},
      field<&rds::describe_gad_instances::gad_instances::modification_time>{"ModificationTime", presence::optional},
      field<&rds::describe_gad_instances::gad_instances::service>{"Service", presence::optional},
      field<&rds::describe_gad_instances::gad_instances::status>{"Status", presence::optional});
};

template <>
struct operation_traits<rds::describe_gad_instances::request> {
  using request = rds::describe_gad_instances::request;
  using response = rds::describe_gad_instances::response;
  static constexpr std::string_view action = "DescribeGadInstances";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeGadInstancesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::gad_instance_name>{"GadInstanceName", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::gad_instances>{"GadInstances", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_gad_instances::request>());

}  // namespace rdscodec

#endif
