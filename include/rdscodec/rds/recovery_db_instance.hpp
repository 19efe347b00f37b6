// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RecoveryDBInstance (Rds API 2014-08-15, RPC, POST)
// SQL Server 2012 or later
#ifndef RDSCODEC_RDS_RECOVERY_DB_INSTANCE_HPP
#define RDSCODEC_RDS_RECOVERY_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::recovery_db_instance {

struct request {
  std::optional<std::string> backup_id;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_id;
  std::optional<std::int32_t> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::string db_names;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> pay_type;
  std::optional<std::string> period;
  std::optional<std::string> private_ip_address;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> restore_time;
  std::optional<std::string> target_db_instance_id;
  std::optional<std::string> used_time;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::recovery_db_instance

namespace rdscodec {

template <>
struct operation_traits<rds::recovery_db_instance::request> {
  using request = rds::recovery_db_instance::request;
  using response = rds::recovery_db_instance::response;
  static constexpr std::string_view action = "RecoveryDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RecoveryDBInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::optional},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::db_names>{"DbNames", presence::required},
      field<&request::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&request::pay_type>{"PayType", presence::optional},
      field<&request::period>{"Period", presence::optional},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::restore_time>{"RestoreTime", presence::optional},
      field<&request::target_db_instance_id>{"TargetDBInstanceId", presence::optional},
      field<&request::used_time>{"UsedTime", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::recovery_db_instance::request>());

}  // namespace rdscodec

#endif
