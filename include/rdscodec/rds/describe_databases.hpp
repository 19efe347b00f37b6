// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDatabases (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DATABASES_HPP
#define RDSCODEC_RDS_DESCRIBE_DATABASES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_databases {

// DescribeDatabasesResponseBody.databases.database.accounts.accountPrivilegeInfo
struct account_privilege_info {
  std::optional<std::string> account;
  std::optional<std::string> account_privilege;
  std::optional<std::string> account_privilege_detail;
};

// DescribeDatabasesResponseBody.databases.database.accounts
struct accounts {
  std::vector<::rdscodec::rds::describe_databases::account_privilege_info> account_privilege_info;
};

// DescribeDatabasesResponseBody.databases.database.advancedInfo
struct advanced_info {
  std::vector<std::map<std::string, raw_json>> advanced_db_property;
};

// DescribeDatabasesResponseBody.databases.database.basicInfo
struct basic_info {
  std::vector<std::map<std::string, raw_json>> basic_db_property;
};

// DescribeDatabasesResponseBody.databases.database.runtimeInfo
struct runtime_info {
  std::vector<std::map<std::string, raw_json>> runtime_db_property;
};

// DescribeDatabasesResponseBody.databases.database
struct database {
  std::optional<::rdscodec::rds::describe_databases::accounts> accounts;
  std::optional<::rdscodec::rds::describe_databases::advanced_info> advanced_info;
  std::optional<::rdscodec::rds::describe_databases::basic_info> basic_info;
  std::optional<std::string> character_set_name;
  std::optional<std::string> collate;
  std::optional<std::string> conn_limit;
  std::optional<std::string> ctype;
  std::optional<std::string> db_description;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_name;
  std::optional<std::string> db_status;
  std::optional<bool> duck_db_enabled;
  std::optional<std::string> engine;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<::rdscodec::rds::describe_databases::runtime_info> runtime_info;
  std::optional<std::string> tablespace;
  std::optional<std::int32_t> total_count;
};

// DescribeDatabasesResponseBody.databases
struct databases {
  std::vector<::rdscodec::rds::describe_databases::database> database;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> db_name;
  std::optional<std::string> db_status;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_databases::databases> databases;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_databases

namespace rdscodec {

template <>
struct object_traits<rds::describe_databases::account_privilege_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_databases::account_privilege_info::account>{"Account", presence::optional},
      field<&rds::describe_databases::account_privilege_info::account_privilege>{"AccountPrivilege", presence::optional},
      field<&rds::describe_databases::account_privilege_info::account_privilege_detail>{"AccountPrivilegeDetail", presence::optional});
};

template <>
struct object_traits<rds::describe_databases::accounts> {
  static constexpr auto fields = field_list(
      field<&rds::describe_databases::accounts::account_privilege_info>{"AccountPrivilegeInfo", presence::optional});
};

template <>
struct object_traits<rds::describe_databases::advanced_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_databases::advanced_info::advanced_db_property>{"AdvancedDbProperty", presence::optional});
};

template <>
struct object_traits<rds::describe_databases::basic_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_databases::basic_info::basic_db_property>{"BasicDbProperty", presence::optional});
};

template <>
struct object_traits<rds::describe_databases::runtime_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_databases::runtime_info::runtime_db_property>{"RuntimeDbProperty", presence::optional});
};

template <>
struct object_traits<rds::describe_databases::database> {
  static constexpr auto fields = field_list(
      field<&rds::describe_databases::database::accounts>{"Accounts", presence::optional},
      field<&rds::describe_databases::database::advanced_info>{"AdvancedInfo", presence::optional},
      field<&rds::describe_databases::database::basic_info>{"BasicInfo", presence::optional},
      field<&rds::describe_databases::database::character_set_name>{"CharacterSetName", presence::optional},
      field<&rds::describe_databases::database::collate>{"Collate", presence::optional},
      field<&rds::describe_databases::database::conn_limit>{"ConnLimit", presence::optional},
      field<&rds::describe_databases::database::ctype>{"Ctype", presence::optional},
      field<&rds::describe_databases::database::db_description>{"DBDescription", presence::optional},
      field<&rds::describe_databases::database::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_databases::database::db_name>{"DBName", presence::optional},
      field<&rds::describe_databases::database::db_status>{"DBStatus", presence::optional},
      field<&rds::describe_databases::database::duck_db_enabled>{"DuckDBEnabled", presence::optional},
      field<&rds::describe_databases::database::engine>{"Engine", presence::optional},
      field<&rds::describe_databases::database::page_number>{"PageNumber", presence::optional},
      field<&rds::describe_databases::database::page_size>{"PageSize", presence::optional},
      field<&rds::describe_databases::database::runtime_info>{"RuntimeInfo", presence::optional},
      field<&rds::describe_databases::database::tablespace>{"Tablespace", presence::optional},
      field<&rds::describe_databases::database::total_count>{"TotalCount", presence::optional});
};

template <>
struct object_traits<rds::describe_databases::databases> {
  static constexpr auto fields = field_list(
      field<&rds::describe_databases::databases::database>{"Database", presence::optional});
};

template <>
struct operation_traits<rds::describe_databases::request> {
  using request = rds::describe_databases::request;
  using response = rds::describe_databases::response;
  static constexpr std::string_view action = "DescribeDatabases";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDatabasesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::optional},
      field<&request::db_status>{"DBStatus", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 0, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 0, 2147483647},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::databases>{"Databases", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_databases::request>());

}  // namespace rdscodec

#endif
