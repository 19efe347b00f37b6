// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateDdrInstance (Rds API 2014-08-15, RPC, POST)
// Before restoration, you can call the CheckCreateDdrDBInstance operation to check whether a
// cross-region backup set can be used for cross-region restoration.
#ifndef RDSCODEC_RDS_CREATE_DDR_INSTANCE_HPP
#define RDSCODEC_RDS_CREATE_DDR_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_ddr_instance {

struct request {
  std::optional<std::string> backup_set_id;
  std::optional<std::string> backup_set_region;
  std::optional<std::string> client_token;
  std::optional<std::string> connection_mode;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_description;
  std::string db_instance_net_type;
  std::optional<std::int32_t> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> encryption_key;
  std::string engine;
  std::string engine_version;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string pay_type;
  std::optional<std::string> period;
  std::optional<std::string> private_ip_address;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> restore_time;
  std::string restore_type;
  std::optional<std::string> role_arn;
  std::string security_ip_list;
  std::optional<std::string> source_db_instance_name;
  std::optional<std::string> source_region;
  std::optional<std::string> system_db_charset;
  std::optional<std::string> used_time;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> zone_id;
};

struct response {
  std::optional<std::string> connection_string;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> order_id;
  std::optional<std::string> port;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_ddr_instance

namespace rdscodec {

template <>
struct operation_traits<rds::create_ddr_instance::request> {
  using request = rds::create_ddr_instance::request;
  using response = rds::create_ddr_instance::response;
  static constexpr std::string_view action = "CreateDdrInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateDdrInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_set_id>{"BackupSetId", presence::optional},
      field<&request::backup_set_region>{"BackupSetRegion", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::connection_mode>{"ConnectionMode", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&request::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&request::db_instance_net_type>{"DBInstanceNetType", presence::required},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::optional},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::encryption_key>{"EncryptionKey", presence::optional},
      field<&request::engine>{"Engine", presence::required},
      field<&request::engine_version>{"EngineVersion", presence::required},
      field<&request::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pay_type>{"PayType", presence::required},
      field<&request::period>{"Period", presence::optional},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::restore_time>{"RestoreTime", presence::optional},
      field<&request::restore_type>{"RestoreType", presence::required},
      field<&request::role_arn>{"RoleARN", presence::optional},
      field<&request::security_ip_list>{"SecurityIPList", presence::required},
      field<&request::source_db_instance_name>{"SourceDBInstanceName", presence::optional},
      field<&request::source_region>{"SourceRegion", presence::optional},
      field<&request::system_db_charset>{"SystemDBCharset", presence::optional},
      field<&request::used_time>{"UsedTime", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::connection_string>{"ConnectionString", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::port>{"Port", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_ddr_instance::request>());

}  // namespace rdscodec

#endif
