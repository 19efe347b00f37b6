// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CloneDBInstance (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_CLONE_DB_INSTANCE_HPP
#define RDSCODEC_RDS_CLONE_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::clone_db_instance {

// CloneDBInstanceRequest.serverlessConfig
struct serverless_config {
  std::optional<bool> auto_pause;
  std::optional<double> max_capacity;
  std::optional<double> min_capacity;
  std::optional<bool> switch_force;
};

struct request {
  std::optional<bool> auto_pay;
  std::optional<std::string> backup_id;
  std::optional<std::string> backup_type;
  std::optional<std::string> bpe_enabled;
  std::optional<bool> bursting_enabled;
  std::optional<std::string> category;
  std::optional<std::string> client_token;
  std::optional<std::string> custom_extra_info;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_description;
  std::string db_instance_id;
  std::optional<std::int32_t> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> db_names;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<bool> deletion_protection;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> io_acceleration_enabled;
  std::string pay_type;
  std::optional<std::string> period;
  std::optional<std::string> private_ip_address;
  std::optional<std::string> region_id;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> restore_table;
  std::optional<std::string> restore_time;
  std::optional<::rdscodec::rds::clone_db_instance::serverless_config> serverless_config;
  std::optional<std::string> table_meta;
  std::optional<std::int32_t> used_time;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> zone_id;
  std::optional<std::string> zone_id_slave1;
  std::optional<std::string> zone_id_slave2;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::clone_db_instance

namespace rdscodec {

template <>
struct object_traits<rds::clone_db_instance::serverless_config> {
  static constexpr auto fields = field_list(
      field<&rds::clone_db_instance::serverless_config::auto_pause>{"AutoPause", presence::optional},
      field<&rds::clone_db_instance::serverless_config::max_capacity>{"MaxCapacity", presence::optional},
      field<&rds::clone_db_instance::serverless_config::min_capacity>{"MinCapacity", presence::optional},
      field<&rds::clone_db_instance::serverless_config::switch_force>{"SwitchForce", presence::optional});
};

template <>
struct operation_traits<rds::clone_db_instance::request> {
  using request = rds::clone_db_instance::request;
  using response = rds::clone_db_instance::response;
  static constexpr std::string_view action = "CloneDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CloneDBInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::backup_type>{"BackupType", presence::optional},
      field<&request::bpe_enabled>{"BpeEnabled", presence::optional},
      field<&request::bursting_enabled>{"BurstingEnabled", presence::optional},
      field<&request::category>{"Category", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::custom_extra_info>{"CustomExtraInfo", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&request::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required}.length(1, 65535),
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::optional},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::db_names>{"DbNames", presence::optional},
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&request::deletion_protection>{"DeletionProtection", presence::optional},
      field<&request::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&request::io_acceleration_enabled>{"IoAccelerationEnabled", presence::optional},
      field<&request::pay_type>{"PayType", presence::required},
      field<&request::period>{"Period", presence::optional},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::restore_table>{"RestoreTable", presence::optional},
      field<&request::restore_time>{"RestoreTime", presence::optional},
      field<&request::serverless_config>{"ServerlessConfig", presence::optional}.with(wire_style::json),
      field<&request::table_meta>{"TableMeta", presence::optional},
      field<&request::used_time>{"UsedTime", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional},
      field<&request::zone_id_slave1>{"ZoneIdSlave1", presence::optional},
      field<&request::zone_id_slave2>{"ZoneIdSlave2", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::clone_db_instance::request>());

}  // namespace rdscodec

#endif
