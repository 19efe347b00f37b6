// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstances (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCES_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instances {

// DescribeDBInstancesResponseBody.items.DBInstance.readOnlyDBInstanceIds.readOnlyDBInstanceId
struct read_only_db_instance_id {
  std::optional<std::string> db_instance_id;
};

// DescribeDBInstancesResponseBody.items.DBInstance.readOnlyDBInstanceIds
struct read_only_db_instance_ids {
  std::vector<::rdscodec::rds::describe_db_instances::read_only_db_instance_id> read_only_db_instance_id;
};

// DescribeDBInstancesResponseBody.items.DBInstance
struct db_instance {
  std::optional<bool> auto_renewal;
  std::optional<std::string> blue_green_deployment_name;
  std::optional<std::string> blue_instance_name;
  std::optional<std::string> bpe_enabled;
  std::optional<bool> bursting_enabled;
  std::optional<std::string> category;
  std::optional<bool> cold_data_enabled;
  std::optional<std::string> connection_mode;
  std::optional<std::string> connection_string;
  std::optional<std::string> create_time;
  std::optional<std::string> db_instance_cpu;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_description;
  std::optional<std::string> db_instance_id;
  std::optional<std::int32_t> db_instance_memory;
  std::optional<std::string> db_instance_net_type;
  std::optional<std::string> db_instance_status;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> db_instance_type;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<std::string> dedicated_host_group_name;
  std::optional<std::string> dedicated_host_id_for_log;
  std::optional<std::string> dedicated_host_id_for_master;
  std::optional<std::string> dedicated_host_id_for_slave;
  std::optional<std::string> dedicated_host_name_for_log;
  std::optional<std::string> dedicated_host_name_for_master;
  std::optional<std::string> dedicated_host_name_for_slave;
  std::optional<std::string> dedicated_host_zone_id_for_log;
  std::optional<std::string> dedicated_host_zone_id_for_master;
  std::optional<std::string> dedicated_host_zone_id_for_slave;
  std::optional<bool> deletion_protection;
  std::optional<std::string> destroy_time;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> expire_time;
  std::optional<std::string> general_group_name;
  std::optional<std::string> green_instance_name;
  std::optional<std::string> guard_db_instance_id;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> io_acceleration_enabled;
  std::optional<std::string> is_analytic_ins;
  std::optional<bool> is_analytic_read_only_ins;
  std::optional<std::string> lock_mode;
  std::optional<std::string> lock_reason;
  std::optional<std::string> master_instance_id;
  std::optional<bool> mutri_o_rsignle;
  std::optional<std::string> pay_type;
  std::optional<::rdscodec::rds::describe_db_instances::read_only_db_instance_ids> read_only_db_instance_ids;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::int32_t> switch_weight;
  std::optional<std::string> temp_db_instance_id;
  std::optional<std::string> tips;
  std::optional<std::int32_t> tips_level;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_cloud_instance_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> vpc_name;
  std::optional<std::string> zone_id;
};

// DescribeDBInstancesResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_db_instances::db_instance> db_instance;
};

struct request {
  std::optional<std::string> category;
  std::optional<std::string> client_token;
  std::optional<std::string> connection_mode;
  std::optional<std::string> connection_string;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_instance_status;
  std::optional<std::string> db_instance_type;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<std::string> dedicated_host_id;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> expired;
  std::optional<std::string> filter;
  std::optional<std::int32_t> instance_level;
  std::optional<std::string> instance_network_type;
  std::optional<std::int32_t> max_results;
  std::optional<std::string> next_token;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> pay_type;
  std::optional<bool> query_auto_renewal;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> search_key;
  std::optional<std::string> tags;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> zone_id;
  std::optional<std::string> proxy_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instances::items> items;
  std::optional<std::string> next_token;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_db_instances

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instances::read_only_db_instance_id> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances::read_only_db_instance_id::db_instance_id>{"DBInstanceId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances::read_only_db_instance_ids> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances::read_only_db_instance_ids::read_only_db_instance_id>{"ReadOnlyDBInstanceId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances::db_instance> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances::db_instance::auto_renewal>{"AutoRenewal", presence::optional},
      field<&rds::describe_db_instances::db_instance::blue_green_deployment_name>{"BlueGreenDeploymentName", presence::optional},
      field<&rds::describe_db_instances::db_instance::blue_instance_name>{"BlueInstanceName", presence::optional},
      field<&rds::describe_db_instances::db_instance::bpe_enabled>{"BpeEnabled", presence::optional},
      field<&rds::describe_db_instances::db_instance::bursting_enabled>{"BurstingEnabled", presence::optional},
      field<&rds::describe_db_instances::db_instance::category>{"Category", presence::optional},
      field<&rds::describe_db_instances::db_instance::cold_data_enabled>{"ColdDataEnabled", presence::optional},
      field<&rds::describe_db_instances::db_instance::connection_mode>{"ConnectionMode", presence::optional},
      field<&rds::describe_db_instances::db_instance::connection_string>{"ConnectionString", presence::optional},
      field<&rds::describe_db_instances::db_instance::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_db_instances::db_instance::db_instance_cpu>{"DBInstanceCPU", presence::optional},
      field<&rds::describe_db_instances::db_instance::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&rds::describe_db_instances::db_instance::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&rds::describe_db_instances::db_instance::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_db_instances::db_instance::db_instance_memory>{"DBInstanceMemory", presence::optional},
      field<&rds::describe_db_instances::db_instance::db_instance_net_type>{"DBInstanceNetType", presence::optional},
      field<&rds::describe_db_instances::db_instance::db_instance_status>{"DBInstanceStatus", presence::optional},
      field<&rds::describe_db_instances::db_instance::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&rds::describe_db_instances::db_instance::db_instance_type>{"DBInstanceType", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_group_name>{"DedicatedHostGroupName", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_id_for_log>{"DedicatedHostIdForLog", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_id_for_master>{"DedicatedHostIdForMaster", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_id_for_slave>{"DedicatedHostIdForSlave", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_name_for_log>{"DedicatedHostNameForLog", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_name_for_master>{"DedicatedHostNameForMaster", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_name_for_slave>{"DedicatedHostNameForSlave", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_zone_id_for_log>{"DedicatedHostZoneIdForLog", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_zone_id_for_master>{"DedicatedHostZoneIdForMaster", presence::optional},
      field<&rds::describe_db_instances::db_instance::dedicated_host_zone_id_for_slave>{"DedicatedHostZoneIdForSlave", presence::optional},
      field<&rds::describe_db_instances::db_instance::deletion_protection>{"DeletionProtection", presence::optional},
      field<&rds::describe_db_instances::db_instance::destroy_time>{"DestroyTime", presence::optional},
      field<&rds::describe_db_instances::db_instance::engine>{"Engine", presence::optional},
      field<&rds::describe_db_instances::db_instance::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_db_instances::db_instance::expire_time>{"ExpireTime", presence::optional},
      field<&rds::describe_db_instances::db_instance::general_group_name>{"GeneralGroupName", presence::optional},
      field<&rds::describe_db_instances::db_instance::green_instance_name>{"GreenInstanceName", presence::optional},
      field<&rds::describe_db_instances::db_instance::guard_db_instance_id>{"GuardDBInstanceId", presence::optional},
      field<&rds::describe_db_instances::db_instance::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&rds::describe_db_instances::db_instance::io_acceleration_enabled>{"IoAccelerationEnabled", presence::optional},
      field<&rds::describe_db_instances::db_instance::is_analytic_ins>{"IsAnalyticIns", presence::optional},
      field<&rds::describe_db_instances::db_instance::is_analytic_read_only_ins>{"IsAnalyticReadOnlyIns", presence::optional},
      field<&rds::describe_db_instances::db_instance::lock_mode>{"LockMode", presence::optional},
      field<&rds::describe_db_instances::db_instance::lock_reason>{"LockReason", presence::optional},
      field<&rds::describe_db_instances::db_instance::master_instance_id>{"MasterInstanceId", presence::optional},
      field<&rds::describe_db_instances::db_instance::mutri_o_rsignle>{"MutriORsignle", presence::optional},
      field<&rds::describe_db_instances::db_instance::pay_type>{"PayType", presence::optional},
      field<&rds::describe_db_instances::db_instance::read_only_db_instance_ids>{"ReadOnlyDBInstanceIds", presence::optional},
      field<&rds::describe_db_instances::db_instance::region_id>{"RegionId", presence::optional},
      field<&rds::describe_db_instances::db_instance::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&rds::describe_db_instances::db_instance::switch_weight>{"SwitchWeight", presence::optional},
      field<&rds::describe_db_instances::db_instance::temp_db_instance_id>{"TempDBInstanceId", presence::optional},
      field<&rds::describe_db_instances::db_instance::tips>{"Tips", presence::optional},
      field<&rds::describe_db_instances::db_instance::tips_level>{"TipsLevel", presence::optional},
      field<&rds::describe_db_instances::db_instance::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_db_instances::db_instance::vpc_cloud_instance_id>{"VpcCloudInstanceId", presence::optional},
      field<&rds::describe_db_instances::db_instance::vpc_id>{"VpcId", presence::optional},
      field<&rds::describe_db_instances::db_instance::vpc_name>{"VpcName", presence::optional},
      field<&rds::describe_db_instances::db_instance::zone_id>{"ZoneId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances::items::db_instance>{"DBInstance", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instances::request> {
  using request = rds::describe_db_instances::request;
  using response = rds::describe_db_instances::response;
  static constexpr std::string_view action = "DescribeDBInstances";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstancesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  /// Pages by NextToken (client/paging.hpp).
  static constexpr bool pages_by_token = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::category>{"Category", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::connection_mode>{"ConnectionMode", presence::optional},
      field<&request::connection_string>{"ConnectionString", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::db_instance_status>{"DBInstanceStatus", presence::optional},
      field<&request::db_instance_type>{"DBInstanceType", presence::optional},
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&request::dedicated_host_id>{"DedicatedHostId", presence::optional},
      field<&request::engine>{"Engine", presence::optional},
      field<&request::engine_version>{"EngineVersion", presence::optional},
      field<&request::expired>{"Expired", presence::optional},
      field<&request::filter>{"Filter", presence::optional},
      field<&request::instance_level>{"InstanceLevel", presence::optional},
      field<&request::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&request::max_results>{"MaxResults", presence::optional, 1, 100},
      field<&request::next_token>{"NextToken", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 0, 21474836},
      field<&request::page_size>{"PageSize", presence::optional, 1, 100},
      field<&request::pay_type>{"PayType", presence::optional},
      field<&request::query_auto_renewal>{"QueryAutoRenewal", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::search_key>{"SearchKey", presence::optional},
      field<&request::tags>{"Tags", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional},
      field<&request::proxy_id>{"proxyId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::next_token>{"NextToken", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_db_instances::request>());

}  // namespace rdscodec

#endif
