// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeAccounts (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_ACCOUNTS_HPP
#define RDSCODEC_RDS_DESCRIBE_ACCOUNTS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_accounts {

// DescribeAccountsResponseBody.accounts.DBInstanceAccount.databasePrivileges.databasePrivilege
struct database_privilege {
  std::optional<std::string> account_privilege;
  std::optional<std::string> account_privilege_detail;
  std::optional<std::string> db_name;
};

// DescribeAccountsResponseBody.accounts.DBInstanceAccount.databasePrivileges
struct database_privileges {
  std::vector<::rdscodec::rds::describe_accounts::database_privilege> database_privilege;
};

// DescribeAccountsResponseBody.accounts.DBInstanceAccount
struct db_instance_account {
  std::optional<std::string> account_description;
  std::optional<std::string> account_name;
  std::optional<std::string> account_status;
  std::optional<std::string> account_type;
  std::optional<std::string> bypass_rls;
  std::optional<bool> check_policy;
  std::optional<std::string> create_db;
  std::optional<std::string> create_role;
  std::optional<std::string> db_instance_id;
  std::optional<::rdscodec::rds::describe_accounts::database_privileges> database_privileges;
  std::optional<std::string> password_expire_time;
  std::optional<std::string> priv_exceeded;
  std::optional<std::string> replication;
  std::optional<std::string> valid_until;
};

// DescribeAccountsResponseBody.accounts
struct accounts {
  std::vector<::rdscodec::rds::describe_accounts::db_instance_account> db_instance_account;
};

struct request {
  std::optional<std::string> account_name;
  std::string db_instance_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_accounts::accounts> accounts;
  std::optional<std::int32_t> page_number;
  std::optional<std::string> request_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> system_admin_account_first_activation_time;
  std::optional<std::string> system_admin_account_status;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_accounts

namespace rdscodec {

template <>
struct object_traits<rds::describe_accounts::database_privilege> {
  static constexpr auto fields = field_list(
      field<&rds::describe_accounts::database_privilege::account_privilege>{"AccountPrivilege", presence::optional},
      field<&rds::describe_accounts::database_privilege::account_privilege_detail>{"AccountPrivilegeDetail", presence::optional},
      field<&rds::describe_accounts::database_privilege::db_name>{"DBName", presence::optional});
};

template <>
struct object_traits<rds::describe_accounts::database_privileges> {
  static constexpr auto fields = field_list(
      field<&rds::describe_accounts::database_privileges::database_privilege>{"DatabasePrivilege", presence::optional});
};

template <>
struct object_traits<rds::describe_accounts::db_instance_account> {
  static constexpr auto fields = field_list(
      field<&rds::describe_accounts::db_instance_account::account_description>{"AccountDescription", presence::optional},
      field<&rds::describe_accounts::db_instance_account::account_name>{"AccountName", presence::optional},
      field<&rds::describe_accounts::db_instance_account::account_status>{"AccountStatus", presence::optional},
      field<&rds::describe_accounts::db_instance_account::account_type>{"AccountType", presence::optional},
      field<&rds::describe_accounts::db_instance_account::bypass_rls>{"BypassRLS", presence::optional},
      field<&rds::describe_accounts::db_instance_account::check_policy>{"CheckPolicy", presence::optional},
      field<&rds::describe_accounts::db_instance_account::create_db>{"CreateDB", presence::optional},
      field<&rds::describe_accounts::db_instance_account::create_role>{"CreateRole", presence::optional},
      field<&rds::describe_accounts::db_instance_account::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_accounts::db_instance_account::database_privileges>{"DatabasePrivileges", presence::optional},
      field<&rds::describe_accounts::db_instance_account::password_expire_time>{"PasswordExpireTime", presence::optional},
      field<&rds::describe_accounts::db_instance_account::priv_exceeded>{"PrivExceeded", presence::optional},
      field<&rds::describe_accounts::db_instance_account::replication>{"Replication", presence::optional},
      field<&rds::describe_accounts::db_instance_account::valid_until>{"ValidUntil", presence::optional});
};

template <>
struct object_traits<rds::describe_accounts::accounts> {
  static constexpr auto fields = field_list(
      field<&rds::describe_accounts::accounts::db_instance_account>{"DBInstanceAccount", presence::optional});
};

template <>
struct operation_traits<rds::describe_accounts::request> {
  using request = rds::describe_accounts::request;
  using response = rds::describe_accounts::response;
  static constexpr std::string_view action = "DescribeAccounts";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeAccountsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::account_name>{"AccountName", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::page_number>{"PageNumber", presence::optional, 0, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 1, 2147483647},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::accounts>{"Accounts", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&response::system_admin_account_first_activation_time>{"SystemAdminAccountFirstActivationTime", presence::optional},
      field<&response::system_admin_account_status>{"SystemAdminAccountStatus", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_accounts::request>());

}  // namespace rdscodec

#endif
