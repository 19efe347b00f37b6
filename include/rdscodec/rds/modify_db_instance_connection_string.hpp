// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceConnectionString (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation:
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_CONNECTION_STRING_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_CONNECTION_STRING_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_connection_string {

struct request {
  std::optional<std::string> babelfish_port;
  std::string connection_string_prefix;
  std::string current_connection_string;
  std::string db_instance_id;
  std::optional<std::string> general_group_name;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> pg_bouncer_port;
  std::string port;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<bool> retain_vip;
  std::optional<std::string> target_db_instance_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_connection_string

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_connection_string::request> {
  using request = rds::modify_db_instance_connection_string::request;
  using response = rds::modify_db_instance_connection_string::response;
  static constexpr std::string_view action = "ModifyDBInstanceConnectionString";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceConnectionStringResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::babelfish_port>{"BabelfishPort", presence::optional},
      field<&request::connection_string_prefix>{"ConnectionStringPrefix", presence::required},
      field<&request::current_connection_string>{"CurrentConnectionString", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::general_group_name>{"GeneralGroupName", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pg_bouncer_port>{"PGBouncerPort", presence::optional},
      field<&request::port>{"Port", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::retain_vip>{"RetainVip", presence::optional},
      field<&request::target_db_instance_id>{"TargetDBInstanceId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_connection_string::request>());

}  // namespace rdscodec

#endif
