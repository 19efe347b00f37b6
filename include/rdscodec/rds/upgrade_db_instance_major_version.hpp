// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// UpgradeDBInstanceMajorVersion (Rds API 2014-08-15, RPC, POST)
// PostgreSQL
#ifndef RDSCODEC_RDS_UPGRADE_DB_INSTANCE_MAJOR_VERSION_HPP
#define RDSCODEC_RDS_UPGRADE_DB_INSTANCE_MAJOR_VERSION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::upgrade_db_instance_major_version {

struct request {
  std::optional<bool> allow_ddl;
  std::optional<std::string> collect_stat_mode;
  std::optional<std::string> custom_extra_info;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_id;
  std::optional<std::int32_t> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> instance_network_type;
  std::string pay_type;
  std::optional<std::string> period;
  std::optional<std::string> private_ip_address;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> switch_over;
  std::optional<std::string> switch_time;
  std::optional<std::string> switch_time_mode;
  std::optional<std::string> target_major_version;
  std::optional<std::string> upgrade_mode;
  std::optional<std::string> used_time;
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
  std::optional<std::int64_t> task_id;
};

}  // namespace rdscodec::rds::upgrade_db_instance_major_version

namespace rdscodec {

template <>
struct operation_traits<rds::upgrade_db_instance_major_version::request> {
  using request = rds::upgrade_db_instance_major_version::request;
  using response = rds::upgrade_db_instance_major_version::response;
  static constexpr std::string_view action = "UpgradeDBInstanceMajorVersion";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "UpgradeDBInstanceMajorVersionResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::allow_ddl>{"AllowDDL", presence::optional},
      field<&request::collect_stat_mode>{"CollectStatMode", presence::optional},
      field<&request::custom_extra_info>{"CustomExtraInfo", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::optional},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&request::pay_type>{"PayType", presence::required},
      field<&request::period>{"Period", presence::optional},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::switch_over>{"SwitchOver", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::switch_time_mode>{"SwitchTimeMode", presence::optional},
      field<&request::target_major_version>{"TargetMajorVersion", presence::optional},
      field<&request::upgrade_mode>{"UpgradeMode", presence::optional},
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
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::upgrade_db_instance_major_version::request>());

}  // namespace rdscodec

#endif
