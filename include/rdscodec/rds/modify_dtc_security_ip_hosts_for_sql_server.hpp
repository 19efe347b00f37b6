// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDTCSecurityIpHostsForSQLServer (Rds API 2014-08-15, RPC, POST)
// SQL Server
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_MODIFY_DTC_SECURITY_IP_HOSTS_FOR_SQL_SERVER_HPP
#define RDSCODEC_RDS_MODIFY_DTC_SECURITY_IP_HOSTS_FOR_SQL_SERVER_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_dtc_security_ip_hosts_for_sql_server {

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string security_ip_hosts;
  std::string white_list_group_name;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> dtc_set_result;
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::modify_dtc_security_ip_hosts_for_sql_server

namespace rdscodec {

template <>
struct operation_traits<rds::modify_dtc_security_ip_hosts_for_sql_server::request> {
  using request = rds::modify_dtc_security_ip_hosts_for_sql_server::request;
  using response = rds::modify_dtc_security_ip_hosts_for_sql_server::response;
  static constexpr std::string_view action = "ModifyDTCSecurityIpHostsForSQLServer";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDTCSecurityIpHostsForSQLServerResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::security_ip_hosts>{"SecurityIpHosts", presence::required},
      field<&request::white_list_group_name>{"WhiteListGroupName", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::dtc_set_result>{"DTCSetResult", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::modify_dtc_security_ip_hosts_for_sql_server::request>());

}  // namespace rdscodec

#endif
