// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstancesForClone (Rds API 2014-08-15, RPC, POST, deprecated)
// This operation is phased out.
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCES_FOR_CLONE_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCES_FOR_CLONE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instances_for_clone {

// DescribeDBInstancesForCloneResponseBody.items.DBInstance.readOnlyDBInstanceIds.readOnlyDBInstanceId
struct read_only_db_instance_id {
  std::optional<std::string> db_instance_id;
};

// DescribeDBInstancesForCloneResponseBody.items.DBInstance.readOnlyDBInstanceIds
struct read_only_db_instance_ids {
  std::vector<::rdscodec::rds::describe_db_instances_for_clone::read_only_db_instance_id> read_only_db_instance_id;
};

// DescribeDBInstancesForCloneResponseBody.items.DBInstance
struct db_instance {
  std::optional<std::string> category;
  std::optional<std::string> connection_mode;
  std::optional<std::string> create_time;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_description;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_instance_net_type;
  std::optional<std::string> db_instance_status;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> db_instance_type;
  std::optional<std::string> destroy_time;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> expire_time;
  std::optional<std::string> guard_db_instance_id;
  std::optional<std::int32_t> ins_id;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> lock_mode;
  std::optional<std::string> lock_reason;
  std::optional<std::string> master_instance_id;
  std::optional<bool> mutri_o_rsignle;
  std::optional<std::string> pay_type;
  std::optional<::rdscodec::rds::describe_db_instances_for_clone::read_only_db_instance_ids> read_only_db_instance_ids;
  std::optional<std::string> region_id;
  std::optional<std::string> replicate_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> temp_db_instance_id;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_cloud_instance_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> zone_id;
};

// DescribeDBInstancesForCloneResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_db_instances_for_clone::db_instance> db_instance;
};

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> connection_mode;
  std::optional<std::string> current_instance_id;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_instance_status;
  std::optional<std::string> db_instance_type;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> expired;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> node_type;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> pay_type;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> search_key;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> zone_id;
  std::optional<std::string> proxy_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instances_for_clone::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_db_instances_for_clone

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instances_for_clone::read_only_db_instance_id> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_for_clone::read_only_db_instance_id::db_instance_id>{"DBInstanceId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances_for_clone::read_only_db_instance_ids> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_for_clone::read_only_db_instance_ids::read_only_db_instance_id>{"ReadOnlyDBInstanceId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances_for_clone::db_instance> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_for_clone::db_instance::category>{"Category", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::connection_mode>{"ConnectionMode", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::db_instance_net_type>{"DBInstanceNetType", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::db_instance_status>{"DBInstanceStatus", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::db_instance_type>{"DBInstanceType", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::destroy_time>{"DestroyTime", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::engine>{"Engine", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::expire_time>{"ExpireTime", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::guard_db_instance_id>{"GuardDBInstanceId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::ins_id>{"InsId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::lock_mode>{"LockMode", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::lock_reason>{"LockReason", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::master_instance_id>{"MasterInstanceId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::mutri_o_rsignle>{"MutriORsignle", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::pay_type>{"PayType", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::read_only_db_instance_ids>{"ReadOnlyDBInstanceIds", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::region_id>{"RegionId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::replicate_id>{"ReplicateId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::temp_db_instance_id>{"TempDBInstanceId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::vpc_cloud_instance_id>{"VpcCloudInstanceId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::vpc_id>{"VpcId", presence::optional},
      field<&rds::describe_db_instances_for_clone::db_instance::zone_id>{"ZoneId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances_for_clone::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_for_clone::items::db_instance>{"DBInstance", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instances_for_clone::request> {
  using request = rds::describe_db_instances_for_clone::request;
  using response = rds::describe_db_instances_for_clone::response;
  static constexpr std::string_view action = "DescribeDBInstancesForClone";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstancesForCloneResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::connection_mode>{"ConnectionMode", presence::optional},
      field<&request::current_instance_id>{"CurrentInstanceId", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::db_instance_status>{"DBInstanceStatus", presence::optional},
      field<&request::db_instance_type>{"DBInstanceType", presence::optional},
      field<&request::engine>{"Engine", presence::optional},
      field<&request::engine_version>{"EngineVersion", presence::optional},
      field<&request::expired>{"Expired", presence::optional},
      field<&request::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&request::node_type>{"NodeType", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 0, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 1, 100},
      field<&request::pay_type>{"PayType", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::search_key>{"SearchKey", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional},
      field<&request::proxy_id>{"proxyId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_db_instances_for_clone::request>());

}  // namespace rdscodec

#endif
