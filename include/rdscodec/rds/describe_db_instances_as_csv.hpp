// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstancesAsCsv (Rds API 2014-08-15, RPC, POST, deprecated)
// The DescribeDBInstancesAsCsv operation is phased out. You can call the DescribeDBInstances
// operation.
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCES_AS_CSV_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCES_AS_CSV_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instances_as_csv {

// DescribeDBInstancesAsCsvResponseBody.items.DBInstanceAttribute.slaveZones
struct slave_zones {
  std::vector<std::string> slave_region;
};

// DescribeDBInstancesAsCsvResponseBody.items.DBInstanceAttribute
struct db_instance_attribute {
  std::optional<std::int32_t> account_max_quantity;
  std::optional<std::string> account_type;
  std::optional<std::string> availability_value;
  std::optional<std::string> category;
  std::optional<std::string> connection_mode;
  std::optional<std::string> connection_string;
  std::optional<std::string> creation_time;
  std::optional<std::string> db_instance_cpu;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_class_type;
  std::optional<std::string> db_instance_description;
  std::optional<std::string> db_instance_id;
  std::optional<std::int64_t> db_instance_memory;
  std::optional<std::string> db_instance_net_type;
  std::optional<std::string> db_instance_status;
  std::optional<std::int32_t> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> db_instance_type;
  std::optional<std::int32_t> db_max_quantity;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> expire_time;
  std::optional<std::string> export_key;
  std::optional<std::string> guard_db_instance_id;
  std::optional<std::string> increment_source_db_instance_id;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> lock_mode;
  std::optional<std::string> lock_reason;
  std::optional<std::string> maintain_time;
  std::optional<std::string> master_instance_id;
  std::optional<std::int32_t> max_connections;
  std::optional<std::int32_t> max_iops;
  std::optional<std::string> pay_type;
  std::optional<std::string> port;
  std::optional<std::string> read_delay_time;
  std::optional<std::string> region_id;
  std::optional<std::string> security_ip_list;
  std::optional<::rdscodec::rds::describe_db_instances_as_csv::slave_zones> slave_zones;
  std::optional<std::string> support_upgrade_account_type;
  std::optional<std::string> tags;
  std::optional<std::string> temp_db_instance_id;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> zone_id;
};

// DescribeDBInstancesAsCsvResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_db_instances_as_csv::db_instance_attribute> db_instance_attribute;
};

struct request {
  std::optional<bool> cached_async;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> export_key;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instances_as_csv::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_instances_as_csv

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instances_as_csv::slave_zones> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_as_csv::slave_zones::slave_region>{"slaveRegion", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances_as_csv::db_instance_attribute> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::account_max_quantity>{"AccountMaxQuantity", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::account_type>{"AccountType", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::availability_value>{"AvailabilityValue", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::category>{"Category", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::connection_mode>{"ConnectionMode", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::connection_string>{"ConnectionString", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::creation_time>{"CreationTime", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_cpu>{"DBInstanceCPU", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_class_type>{"DBInstanceClassType", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_memory>{"DBInstanceMemory", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_net_type>{"DBInstanceNetType", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_status>{"DBInstanceStatus", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_storage>{"DBInstanceStorage", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_instance_type>{"DBInstanceType", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::db_max_quantity>{"DBMaxQuantity", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::engine>{"Engine", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::expire_time>{"ExpireTime", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::export_key>{"ExportKey", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::guard_db_instance_id>{"GuardDBInstanceId", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::increment_source_db_instance_id>{"IncrementSourceDBInstanceId", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::lock_mode>{"LockMode", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::lock_reason>{"LockReason", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::maintain_time>{"MaintainTime", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::master_instance_id>{"MasterInstanceId", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::max_connections>{"MaxConnections", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::max_iops>{"MaxIOPS", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::pay_type>{"PayType", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::port>{"Port", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::read_delay_time>{"ReadDelayTime", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::region_id>{"RegionId", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::security_ip_list>{"SecurityIPList", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::slave_zones>{"SlaveZones", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::support_upgrade_account_type>{"SupportUpgradeAccountType", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::tags>{"Tags", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::temp_db_instance_id>{"TempDBInstanceId", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::vpc_id>{"VpcId", presence::optional},
      field<&rds::describe_db_instances_as_csv::db_instance_attribute::zone_id>{"ZoneId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances_as_csv::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_as_csv::items::db_instance_attribute>{"DBInstanceAttribute", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instances_as_csv::request> {
  using request = rds::describe_db_instances_as_csv::request;
  using response = rds::describe_db_instances_as_csv::response;
  static constexpr std::string_view action = "DescribeDBInstancesAsCsv";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstancesAsCsvResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::cached_async>{"CachedAsync", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::export_key>{"ExportKey", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_instances_as_csv::request>());

}  // namespace rdscodec

#endif
