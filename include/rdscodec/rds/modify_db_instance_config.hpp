// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceConfig (Rds API 2014-08-15, RPC, POST)
// The configuration items that are supported are pgbouncer and clear_errorlog. For more information,
// see PgBouncer of ApsaraDB RDS for PostgreSQL instances and Error log cleanup of ApsaraDB RDS for SQL
// Server instances.
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_CONFIG_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_CONFIG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_config {

struct request {
  std::optional<std::string> client_token;
  std::string config_name;
  std::string config_value;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> switch_time;
  std::optional<std::string> switch_time_mode;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_config

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_config::request> {
  using request = rds::modify_db_instance_config::request;
  using response = rds::modify_db_instance_config::response;
  static constexpr std::string_view action = "ModifyDBInstanceConfig";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceConfigResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "none").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::config_name>{"ConfigName", presence::required},
      field<&request::config_value>{"ConfigValue", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::switch_time_mode>{"SwitchTimeMode", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_config::request>());

}  // namespace rdscodec

#endif
