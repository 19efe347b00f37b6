// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeAccountMaskingPrivilege (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_ACCOUNT_MASKING_PRIVILEGE_HPP
#define RDSCODEC_RDS_DESCRIBE_ACCOUNT_MASKING_PRIVILEGE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_account_masking_privilege {

// DescribeAccountMaskingPrivilegeResponseBody.data.userPrivilege
struct user_privilege {
  std::optional<std::string> expire_time;
  std::optional<std::string> privilege;
  std::optional<std::string> user_name;
};

// DescribeAccountMaskingPrivilegeResponseBody.data
struct data {
  std::vector<::rdscodec::rds::describe_account_masking_privilege::user_privilege> user_privilege;
};

struct request {
  std::string db_instance_name;
  std::optional<std::string> db_name;
  std::optional<std::string> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> user_name;
};

struct response {
  std::optional<::rdscodec::rds::describe_account_masking_privilege::data> data;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_account_masking_privilege

namespace rdscodec {

template <>
struct object_traits<rds::describe_account_masking_privilege::user_privilege> {
  static constexpr auto fields = field_list(
      field<&rds::describe_account_masking_privilege::user_privilege::expire_time>{"ExpireTime", presence::optional},
      field<&rds::describe_account_masking_privilege::user_privilege::privilege>{"Privilege", presence::optional},
      field<&rds::describe_account_masking_privilege::user_privilege::user_name>{"UserName", presence::optional});
};

template <>
struct object_traits<rds::describe_account_masking_privilege::data> {
  static constexpr auto fields = field_list(
      field<&rds::describe_account_masking_privilege::data::user_privilege>{"UserPrivilege", presence::optional});
};

template <>
struct operation_traits<rds::describe_account_masking_privilege::request> {
  using request = rds::describe_account_masking_privilege::request;
  using response = rds::describe_account_masking_privilege::response;
  static constexpr std::string_view action = "DescribeAccountMaskingPrivilege";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeAccountMaskingPrivilegeResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::required},
      field<&request::db_name>{"DBName", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::user_name>{"UserName", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_account_masking_privilege::request>());

}  // namespace rdscodec

#endif
