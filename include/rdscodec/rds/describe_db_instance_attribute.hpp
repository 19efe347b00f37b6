// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceAttribute (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_ATTRIBUTE_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_ATTRIBUTE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_attribute {

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute.babelfishConfig
struct babelfish_config {
  std::optional<std::string> babelfish_enabled;
  std::optional<std::string> migration_mode;
};

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute.DBClusterNodes.DBClusterNode
struct db_cluster_node {
  std::optional<std::string> class_code;
  std::optional<std::string> class_type;
  std::optional<std::string> cpu;
  std::optional<bool> disaster_recovery_node;
  std::optional<std::string> memory;
  std::optional<std::string> node_id;
  std::optional<std::string> node_region_id;
  std::optional<std::string> node_role;
  std::optional<std::string> node_zone_id;
  std::optional<std::string> status;
};

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute.DBClusterNodes
struct db_cluster_nodes {
  std::vector<::rdscodec::rds::describe_db_instance_attribute::db_cluster_node> db_cluster_node;
};

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute.extra.DBInstanceIds
struct db_instance_ids {
  std::vector<std::string> db_instance_id;
};

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute.extra
struct extra {
  std::optional<std::string> account_security_policy;
  std::optional<::rdscodec::rds::describe_db_instance_attribute::db_instance_ids> db_instance_ids;
  std::optional<std::string> recovery_model;
};

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute.readOnlyDBInstanceIds.readOnlyDBInstanceId
struct read_only_db_instance_id {
  std::optional<std::string> db_instance_id;
};

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute.readOnlyDBInstanceIds
struct read_only_db_instance_ids {
  std::vector<::rdscodec::rds::describe_db_instance_attribute::read_only_db_instance_id> read_only_db_instance_id;
};

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute.serverlessConfig
struct serverless_config {
  std::optional<bool> auto_pause;
  std::optional<double> scale_max;
  std::optional<double> scale_min;
  std::optional<bool> switch_force;
};

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute.slaveZones.slaveZone
struct slave_zone {
  std::optional<std::string> zone_id;
};

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute.slaveZones
struct slave_zones {
  std::vector<::rdscodec::rds::describe_db_instance_attribute::slave_zone> slave_zone;
};

// DescribeDBInstanceAttributeResponseBody.items.DBInstanceAttribute
struct db_instance_attribute {
  std::optional<std::int32_t> account_max_quantity;
  std::optional<std::string> advanced_features;
  std::optional<std::string> auto_upgrade_minor_version;
  std::optional<std::string> availability_value;
  std::optional<::rdscodec::rds::describe_db_instance_attribute::babelfish_config> babelfish_config;
  std::optional<std::string> blue_green_deployment_name;
  std::optional<std::string> blue_instance_name;
  std::optional<std::string> bpe_enabled;
  std::optional<bool> bursting_enabled;
  std::optional<bool> can_temp_upgrade;
  std::optional<std::string> category;
  std::optional<bool> cold_data_enabled;
  std::optional<std::string> collation;
  std::optional<std::string> compression_mode;
  std::optional<std::string> compression_ratio;
  std::optional<bool> compute_burst_enabled;
  std::optional<std::string> connection_mode;
  std::optional<std::string> connection_string;
  std::optional<std::string> console_version;
  std::optional<std::string> creation_time;
  std::optional<std::string> current_kernel_version;
  std::optional<::rdscodec::rds::describe_db_instance_attribute::db_cluster_nodes> db_cluster_nodes;
  std::optional<std::string> db_instance_cpu;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_class_type;
  std::optional<std::string> db_instance_description;
  std::optional<std::string> db_instance_disk_used;
  std::optional<std::string> db_instance_id;
  std::optional<std::int64_t> db_instance_memory;
  std::optional<std::string> db_instance_net_type;
  std::optional<std::string> db_instance_status;
  std::optional<std::int32_t> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> db_instance_type;
  std::optional<std::int32_t> db_max_quantity;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<bool> deletion_protection;
  std::optional<std::string> disaster_recovery_info;
  std::optional<std::string> disaster_recovery_instances;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> expire_time;
  std::optional<::rdscodec::rds::describe_db_instance_attribute::extra> extra;
  std::optional<std::string> general_group_name;
  std::optional<std::string> green_instance_name;
  std::optional<std::string> guard_db_instance_id;
  std::optional<std::string> ip_type;
  std::optional<std::string> increment_source_db_instance_id;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> instruction_set_arch;
  std::optional<std::string> io_acceleration_enabled;
  std::optional<bool> is_analytic_ins;
  std::optional<bool> is_analytic_read_only_ins;
  std::optional<std::string> latest_kernel_version;
  std::optional<std::string> lock_mode;
  std::optional<std::string> lock_reason;
  std::optional<std::string> maintain_time;
  std::optional<std::string> master_instance_id;
  std::optional<std::string> master_zone;
  std::optional<std::int32_t> max_connections;
  std::optional<std::int32_t> max_iombps;
  std::optional<std::int32_t> max_iops;
  std::optional<bool> multiple_temp_upgrade;
  std::optional<std::string> optimized_writes_info;
  std::optional<std::string> pg_bouncer_enabled;
  std::optional<std::string> pay_type;
  std::optional<std::string> port;
  std::optional<std::int32_t> proxy_type;
  std::optional<::rdscodec::rds::describe_db_instance_attribute::read_only_db_instance_ids> read_only_db_instance_ids;
  std::optional<std::string> read_only_status;
  std::optional<std::string> readonly_instance_sql_delayed_time;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> security_ip_list;
  std::optional<std::string> security_ip_mode;
  std::optional<::rdscodec::rds::describe_db_instance_attribute::serverless_config> serverless_config;
  std::optional<::rdscodec::rds::describe_db_instance_attribute::slave_zones> slave_zones;
  std::optional<std::string> super_permission_mode;
  std::optional<bool> support_compression;
  std::optional<std::string> temp_db_instance_id;
  std::optional<std::string> temp_upgrade_time_end;
  std::optional<std::string> temp_upgrade_time_start;
  std::optional<std::string> time_zone;
  std::optional<std::string> tips;
  std::optional<std::int32_t> tips_level;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vector_support_status;
  std::optional<std::string> vpc_cloud_instance_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> zone_id;
  std::optional<std::string> kind_code;
};

// DescribeDBInstanceAttributeResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_db_instance_attribute::db_instance_attribute> db_instance_attribute;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> expired;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instance_attribute::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_instance_attribute

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_attribute::babelfish_config> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::babelfish_config::babelfish_enabled>{"BabelfishEnabled", presence::optional},
      field<&rds::describe_db_instance_attribute::babelfish_config::migration_mode>{"MigrationMode", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::db_cluster_node> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::db_cluster_node::class_code>{"ClassCode", presence::optional},
      field<&rds::describe_db_instance_attribute::db_cluster_node::class_type>{"ClassType", presence::optional},
      field<&rds::describe_db_instance_attribute::db_cluster_node::cpu>{"Cpu", presence::optional},
      field<&rds::describe_db_instance_attribute::db_cluster_node::disaster_recovery_node>{"DisasterRecoveryNode", presence::optional},
      field<&rds::describe_db_instance_attribute::db_cluster_node::memory>{"Memory", presence::optional},
      field<&rds::describe_db_instance_attribute::db_cluster_node::node_id>{"NodeId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_cluster_node::node_region_id>{"NodeRegionId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_cluster_node::node_role>{"NodeRole", presence::optional},
      field<&rds::describe_db_instance_attribute::db_cluster_node::node_zone_id>{"NodeZoneId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_cluster_node::status>{"Status", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::db_cluster_nodes> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::db_cluster_nodes::db_cluster_node>{"DBClusterNode", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::db_instance_ids> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::db_instance_ids::db_instance_id>{"DBInstanceId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::extra> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::extra::account_security_policy>{"AccountSecurityPolicy", presence::optional},
      field<&rds::describe_db_instance_attribute::extra::db_instance_ids>{"DBInstanceIds", presence::optional},
      field<&rds::describe_db_instance_attribute::extra::recovery_model>{"RecoveryModel", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::read_only_db_instance_id> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::read_only_db_instance_id::db_instance_id>{"DBInstanceId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::read_only_db_instance_ids> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::read_only_db_instance_ids::read_only_db_instance_id>{"ReadOnlyDBInstanceId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::serverless_config> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::serverless_config::auto_pause>{"AutoPause", presence::optional},
      field<&rds::describe_db_instance_attribute::serverless_config::scale_max>{"ScaleMax", presence::optional},
      field<&rds::describe_db_instance_attribute::serverless_config::scale_min>{"ScaleMin", presence::optional},
      field<&rds::describe_db_instance_attribute::serverless_config::switch_force>{"SwitchForce", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::slave_zone> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::slave_zone::zone_id>{"ZoneId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::slave_zones> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::slave_zones::slave_zone>{"SlaveZone", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::db_instance_attribute> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::db_instance_attribute::account_max_quantity>{"AccountMaxQuantity", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::advanced_features>{"AdvancedFeatures", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::auto_upgrade_minor_version>{"AutoUpgradeMinorVersion", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::availability_value>{"AvailabilityValue", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::babelfish_config>{"BabelfishConfig", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::blue_green_deployment_name>{"BlueGreenDeploymentName", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::blue_instance_name>{"BlueInstanceName", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::bpe_enabled>{"BpeEnabled", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::bursting_enabled>{"BurstingEnabled", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::can_temp_upgrade>{"CanTempUpgrade", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::category>{"Category", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::cold_data_enabled>{"ColdDataEnabled", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::collation>{"Collation", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::compression_mode>{"CompressionMode", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::compression_ratio>{"CompressionRatio", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::compute_burst_enabled>{"ComputeBurstEnabled", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::connection_mode>{"ConnectionMode", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::connection_string>{"ConnectionString", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::console_version>{"ConsoleVersion", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::creation_time>{"CreationTime", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::current_kernel_version>{"CurrentKernelVersion", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_cluster_nodes>{"DBClusterNodes", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_cpu>{"DBInstanceCPU", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_class_type>{"DBInstanceClassType", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_disk_used>{"DBInstanceDiskUsed", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_memory>{"DBInstanceMemory", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_net_type>{"DBInstanceNetType", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_status>{"DBInstanceStatus", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_storage>{"DBInstanceStorage", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_instance_type>{"DBInstanceType", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::db_max_quantity>{"DBMaxQuantity", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::deletion_protection>{"DeletionProtection", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::disaster_recovery_info>{"DisasterRecoveryInfo", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::disaster_recovery_instances>{"DisasterRecoveryInstances", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::engine>{"Engine", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::expire_time>{"ExpireTime", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::extra>{"Extra", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::general_group_name>{"GeneralGroupName", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::green_instance_name>{"GreenInstanceName", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::guard_db_instance_id>{"GuardDBInstanceId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::ip_type>{"IPType", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::increment_source_db_instance_id>{"IncrementSourceDBInstanceId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::instruction_set_arch>{"InstructionSetArch", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::io_acceleration_enabled>{"IoAccelerationEnabled", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::is_analytic_ins>{"IsAnalyticIns", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::is_analytic_read_only_ins>{"IsAnalyticReadOnlyIns", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::latest_kernel_version>{"LatestKernelVersion", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::lock_mode>{"LockMode", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::lock_reason>{"LockReason", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::maintain_time>{"MaintainTime", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::master_instance_id>{"MasterInstanceId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::master_zone>{"MasterZone", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::max_connections>{"MaxConnections", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::max_iombps>{"MaxIOMBPS", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::max_iops>{"MaxIOPS", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::multiple_temp_upgrade>{"MultipleTempUpgrade", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::optimized_writes_info>{"OptimizedWritesInfo", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::pg_bouncer_enabled>{"PGBouncerEnabled", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::pay_type>{"PayType", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::port>{"Port", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::proxy_type>{"ProxyType", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::read_only_db_instance_ids>{"ReadOnlyDBInstanceIds", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::read_only_status>{"ReadOnlyStatus", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::readonly_instance_sql_delayed_time>{"ReadonlyInstanceSQLDelayedTime", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::region_id>{"RegionId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::security_ip_list>{"SecurityIPList", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::security_ip_mode>{"SecurityIPMode", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::serverless_config>{"ServerlessConfig", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::slave_zones>{"SlaveZones", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::super_permission_mode>{"SuperPermissionMode", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::support_compression>{"SupportCompression", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::temp_db_instance_id>{"TempDBInstanceId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::temp_upgrade_time_end>{"TempUpgradeTimeEnd", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::temp_upgrade_time_start>{"TempUpgradeTimeStart", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::time_zone>{"TimeZone", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::tips>{"Tips", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::tips_level>{"TipsLevel", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::vector_support_status>{"VectorSupportStatus", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::vpc_cloud_instance_id>{"VpcCloudInstanceId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::vpc_id>{"VpcId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::zone_id>{"ZoneId", presence::optional},
      field<&rds::describe_db_instance_attribute::db_instance_attribute::kind_code>{"kindCode", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_attribute::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_attribute::items::db_instance_attribute>{"DBInstanceAttribute", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_attribute::request> {
  using request = rds::describe_db_instance_attribute::request;
  using response = rds::describe_db_instance_attribute::response;
  static constexpr std::string_view action = "DescribeDBInstanceAttribute";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceAttributeResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::expired>{"Expired", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_attribute::request>());

}  // namespace rdscodec

#endif
