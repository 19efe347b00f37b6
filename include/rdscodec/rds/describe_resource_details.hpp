// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeResourceDetails (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RESOURCE_DETAILS_HPP
#define RDSCODEC_RDS_DESCRIBE_RESOURCE_DETAILS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_resource_details {

// DescribeResourceDetailsResponseBody.rdsEcsSecurityGroupRel
struct rds_ecs_security_group_rel {
  std::optional<std::string> security_group_name;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::int64_t> backup_data_size;
  std::optional<std::int64_t> backup_log_size;
  std::optional<std::int64_t> backup_size;
  std::optional<std::int64_t> db_instance_storage;
  std::optional<std::string> db_proxy_instance_name;
  std::optional<std::int64_t> disk_used;
  std::optional<std::string> instance_storage_type;
  std::vector<::rdscodec::rds::describe_resource_details::rds_ecs_security_group_rel> rds_ecs_security_group_rel;
  std::optional<std::string> region;
  std::optional<std::string> request_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> security_ip_list;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
};

}  // namespace rdscodec::rds::describe_resource_details

namespace rdscodec {

template <>
struct object_traits<rds::describe_resource_details::rds_ecs_security_group_rel> {
  static constexpr auto fields = field_list(
      field<&rds::describe_resource_details::rds_ecs_security_group_rel::security_group_name>{"SecurityGroupName", presence::optional});
};

template <>
struct operation_traits<rds::describe_resource_details::request> {
  using request = rds::describe_resource_details::request;
  using response = rds::describe_resource_details::response;
  static constexpr std::string_view action = "DescribeResourceDetails";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeResourceDetailsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::backup_data_size>{"BackupDataSize", presence::optional},
      field<&response::backup_log_size>{"BackupLogSize", presence::optional},
      field<&response::backup_size>{"BackupSize", presence::optional},
      field<&response::db_instance_storage>{"DbInstanceStorage", presence::optional},
      field<&response::db_proxy_instance_name>{"DbProxyInstanceName", presence::optional},
      field<&response::disk_used>{"DiskUsed", presence::optional},
      field<&response::instance_storage_type>{"InstanceStorageType", presence::optional},
      field<&response::rds_ecs_security_group_rel>{"RdsEcsSecurityGroupRel", presence::optional},
      field<&response::region>{"Region", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&response::security_ip_list>{"SecurityIPList", presence::optional},
      field<&response::v_switch_id>{"VSwitchId", presence::optional},
      field<&response::vpc_id>{"VpcId", presence::optional});
};

static_assert(check_operation<rds::describe_resource_details::request>());

}  // namespace rdscodec

#endif
