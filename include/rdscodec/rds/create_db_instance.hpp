// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateDBInstance (Rds API 2014-08-15, RPC, POST)
// Fees of an instance are changed if the call is successful. Before you call this operation, carefully
// read the related topics. If an error message appears when you call this operation, you can search
// for the error message to view the cause of the error.
#ifndef RDSCODEC_RDS_CREATE_DB_INSTANCE_HPP
#define RDSCODEC_RDS_CREATE_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_db_instance {

// CreateDBInstanceRequest.serverlessConfig
struct serverless_config {
  std::optional<bool> auto_pause;
  std::optional<double> max_capacity;
  std::optional<double> min_capacity;
  std::optional<bool> switch_force;
};

// CreateDBInstanceRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

struct request {
  std::optional<std::int32_t> amount;
  std::optional<bool> auto_create_proxy;
  std::optional<bool> auto_pay;
  std::optional<std::string> auto_renew;
  std::optional<bool> auto_use_coupon;
  std::optional<std::string> babelfish_config;
  std::optional<std::string> bpe_enabled;
  std::optional<bool> bursting_enabled;
  std::optional<std::string> business_info;
  std::optional<std::string> category;
  std::optional<std::string> client_token;
  std::optional<bool> cold_data_enabled;
  std::optional<std::string> connection_mode;
  std::optional<std::string> connection_string;
  std::optional<std::string> create_strategy;
  std::optional<std::string> custom_extra_info;
  std::string db_instance_class;
  std::optional<std::string> db_instance_description;
  std::string db_instance_net_type;
  std::int32_t db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> dbis_ignore_case;
  std::optional<std::string> db_param_group_id;
  std::optional<std::string> db_time_zone;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<bool> deletion_protection;
  std::optional<bool> dry_run;
  std::optional<std::string> encryption_key;
  std::string engine;
  std::string engine_version;
  std::optional<bool> external_replication;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> io_acceleration_enabled;
  std::optional<std::string> optimized_writes;
  std::string pay_type;
  std::optional<std::string> period;
  std::optional<std::string> port;
  std::optional<std::string> private_ip_address;
  std::optional<std::string> promotion_code;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> role_arn;
  std::string security_ip_list;
  std::optional<::rdscodec::rds::create_db_instance::serverless_config> serverless_config;
  std::optional<std::string> storage_auto_scale;
  std::optional<std::int32_t> storage_threshold;
  std::optional<std::int32_t> storage_upper_bound;
  std::optional<std::string> system_db_charset;
  std::optional<std::vector<::rdscodec::rds::create_db_instance::tag>> tag;
  std::optional<std::string> target_dedicated_host_id_for_log;
  std::optional<std::string> target_dedicated_host_id_for_master;
  std::optional<std::string> target_dedicated_host_id_for_slave;
  std::optional<std::string> target_minor_version;
  std::optional<std::string> used_time;
  std::optional<std::string> user_backup_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> whitelist_template_list;
  std::optional<std::string> zone_id;
  std::optional<std::string> zone_id_slave1;
  std::optional<std::string> zone_id_slave2;
};

struct response {
  std::optional<std::string> connection_string;
  std::optional<std::string> db_instance_id;
  std::optional<bool> dry_run;
  std::optional<bool> dry_run_result;
  std::optional<std::string> message;
  std::optional<std::string> order_id;
  std::optional<std::string> port;
  std::optional<std::string> request_id;
  std::optional<bool> tag_result;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::create_db_instance

namespace rdscodec {

template <>
struct object_traits<rds::create_db_instance::serverless_config> {
  static constexpr auto fields = field_list(
      field<&rds::create_db_instance::serverless_config::auto_pause>{"AutoPause", presence::optional},
      field<&rds::create_db_instance::serverless_config::max_capacity>{"MaxCapacity", presence::optional},
      field<&rds::create_db_instance::serverless_config::min_capacity>{"MinCapacity", presence::optional},
      field<&rds::create_db_instance::serverless_config::switch_force>{"SwitchForce", presence::optional});
};

template <>
struct object_traits<rds::create_db_instance::tag> {
  static constexpr auto fields = field_list(
      field<&rds::create_db_instance::tag::key>{"Key", presence::optional},
      field<&rds::create_db_instance::tag::value>{"Value", presence::optional});
};

template <>
struct operation_traits<rds::create_db_instance::request> {
  using request = rds::create_db_instance::request;
  using response = rds::create_db_instance::response;
  static constexpr std::string_view action = "CreateDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateDBInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::amount>{"Amount", presence::optional},
      field<&request::auto_create_proxy>{"AutoCreateProxy", presence::optional},
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::auto_renew>{"AutoRenew", presence::optional},
      field<&request::auto_use_coupon>{"AutoUseCoupon", presence::optional},
      field<&request::babelfish_config>{"BabelfishConfig", presence::optional},
      field<&request::bpe_enabled>{"BpeEnabled", presence::optional},
      field<&request::bursting_enabled>{"BurstingEnabled", presence::optional},
      field<&request::business_info>{"BusinessInfo", presence::optional},
      field<&request::category>{"Category", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::cold_data_enabled>{"ColdDataEnabled", presence::optional},
      field<&request::connection_mode>{"ConnectionMode", presence::optional},
      field<&request::connection_string>{"ConnectionString", presence::optional},
      field<&request::create_strategy>{"CreateStrategy", presence::optional},
      field<&request::custom_extra_info>{"CustomExtraInfo", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::required},
      field<&request::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&request::db_instance_net_type>{"DBInstanceNetType", presence::required},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::required},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::dbis_ignore_case>{"DBIsIgnoreCase", presence::optional},
      field<&request::db_param_group_id>{"DBParamGroupId", presence::optional},
      field<&request::db_time_zone>{"DBTimeZone", presence::optional},
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&request::deletion_protection>{"DeletionProtection", presence::optional},
      field<&request::dry_run>{"DryRun", presence::optional},
      field<&request::encryption_key>{"EncryptionKey", presence::optional},
      field<&request::engine>{"Engine", presence::required},
      field<&request::engine_version>{"EngineVersion", presence::required},
      field<&request::external_replication>{"ExternalReplication", presence::optional},
      field<&request::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&request::io_acceleration_enabled>{"IoAccelerationEnabled", presence::optional},
      field<&request::optimized_writes>{"OptimizedWrites", presence::optional},
      field<&request::pay_type>{"PayType", presence::required},
      field<&request::period>{"Period", presence::optional},
      field<&request::port>{"Port", presence::optional},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::role_arn>{"RoleARN", presence::optional},
      field<&request::security_ip_list>{"SecurityIPList", presence::required},
      field<&request::serverless_config>{"ServerlessConfig", presence::optional}.with(wire_style::json),
      field<&request::storage_auto_scale>{"StorageAutoScale", presence::optional},
      field<&request::storage_threshold>{"StorageThreshold", presence::optional},
      field<&request::storage_upper_bound>{"StorageUpperBound", presence::optional, 0},
      field<&request::system_db_charset>{"SystemDBCharset", presence::optional},
      field<&request::tag>{"Tag", presence::optional},
      field<&request::target_dedicated_host_id_for_log>{"TargetDedicatedHostIdForLog", presence::optional},
      field<&request::target_dedicated_host_id_for_master>{"TargetDedicatedHostIdForMaster", presence::optional},
      field<&request::target_dedicated_host_id_for_slave>{"TargetDedicatedHostIdForSlave", presence::optional},
      field<&request::target_minor_version>{"TargetMinorVersion", presence::optional},
      field<&request::used_time>{"UsedTime", presence::optional},
      field<&request::user_backup_id>{"UserBackupId", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::whitelist_template_list>{"WhitelistTemplateList", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional},
      field<&request::zone_id_slave1>{"ZoneIdSlave1", presence::optional},
      field<&request::zone_id_slave2>{"ZoneIdSlave2", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::connection_string>{"ConnectionString", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::dry_run>{"DryRun", presence::optional},
      field<&response::dry_run_result>{"DryRunResult", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::port>{"Port", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::tag_result>{"TagResult", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::create_db_instance::request>());

}  // namespace rdscodec

#endif
