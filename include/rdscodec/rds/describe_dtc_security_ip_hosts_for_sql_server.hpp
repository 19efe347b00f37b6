// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDTCSecurityIpHostsForSQLServer (Rds API 2014-08-15, RPC, POST)
// SQL Server
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_DTC_SECURITY_IP_HOSTS_FOR_SQL_SERVER_HPP
#define RDSCODEC_RDS_DESCRIBE_DTC_SECURITY_IP_HOSTS_FOR_SQL_SERVER_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_dtc_security_ip_hosts_for_sql_server {

// DescribeDTCSecurityIpHostsForSQLServerResponseBody.items.whiteListGroups
struct white_list_groups {
  std::optional<std::string> security_ip_hosts;
  std::optional<std::string> whitelist_group_name;
};

// DescribeDTCSecurityIpHostsForSQLServerResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_dtc_security_ip_hosts_for_sql_server::white_list_groups> white_list_groups;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> ip_host_pair_num;
  std::optional<::rdscodec::rds::describe_dtc_security_ip_hosts_for_sql_server::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_dtc_security_ip_hosts_for_sql_server

namespace rdscodec {

template <>
struct object_traits<rds::describe_dtc_security_ip_hosts_for_sql_server::white_list_groups> {
  static constexpr auto fields = field_list(
      field<&rds::describe_dtc_security_ip_hosts_for_sql_server::white_list_groups::security_ip_hosts>{"SecurityIpHosts", presence::optional},
      field<&rds::describe_dtc_security_ip_hosts_for_sql_server::white_list_groups::whitelist_group_name>{"WhitelistGroupName", presence::optional});
};

template <>
struct object_traits<rds::describe_dtc_security_ip_hosts_for_sql_server::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_dtc_security_ip_hosts_for_sql_server::items::white_list_groups>{"WhiteListGroups", presence::optional});
};

template <>
struct operation_traits<rds::describe_dtc_security_ip_hosts_for_sql_server::request> {
  using request = rds::describe_dtc_security_ip_hosts_for_sql_server::request;
  using response = rds::describe_dtc_security_ip_hosts_for_sql_server::response;
  static constexpr std::string_view action = "DescribeDTCSecurityIpHostsForSQLServer";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDTCSecurityIpHostsForSQLServerResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::ip_host_pair_num>{"IpHostPairNum", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_dtc_security_ip_hosts_for_sql_server::request>());

}  // namespace rdscodec

#endif
