// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSecurityGroupConfiguration (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_SECURITY_GROUP_CONFIGURATION_HPP
#define RDSCODEC_RDS_DESCRIBE_SECURITY_GROUP_CONFIGURATION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_security_group_configuration {

// DescribeSecurityGroupConfigurationResponseBody.items.ecsSecurityGroupRelation
struct ecs_security_group_relation {
  std::optional<std::string> network_type;
  std::optional<std::string> region_id;
  std::optional<std::string> security_group_id;
  std::optional<std::string> security_group_name;
};

// DescribeSecurityGroupConfigurationResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_security_group_configuration::ecs_security_group_relation> ecs_security_group_relation;
};

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_name;
  std::optional<::rdscodec::rds::describe_security_group_configuration::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_security_group_configuration

namespace rdscodec {

template <>
struct object_traits<rds::describe_security_group_configuration::ecs_security_group_relation> {
  static constexpr auto fields = field_list(
      field<&rds::describe_security_group_configuration::ecs_security_group_relation::network_type>{"NetworkType", presence::optional},
      field<&rds::describe_security_group_configuration::ecs_security_group_relation::region_id>{"RegionId", presence::optional},
      field<&rds::describe_security_group_configuration::ecs_security_group_relation::security_group_id>{"SecurityGroupId", presence::optional},
      field<&rds::describe_security_group_configuration::ecs_security_group_relation::security_group_name>{"SecurityGroupName", presence::optional});
};

template <>
struct object_traits<rds::describe_security_group_configuration::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_security_group_configuration::items::ecs_security_group_relation>{"EcsSecurityGroupRelation", presence::optional});
};

template <>
struct operation_traits<rds::describe_security_group_configuration::request> {
  using request = rds::describe_security_group_configuration::request;
  using response = rds::describe_security_group_configuration::response;
  static constexpr std::string_view action = "DescribeSecurityGroupConfiguration";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSecurityGroupConfigurationResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_name>{"DBInstanceName", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_security_group_configuration::request>());

}  // namespace rdscodec

#endif
