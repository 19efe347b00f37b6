// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ResetAccountPassword (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_RESET_ACCOUNT_PASSWORD_HPP
#define RDSCODEC_RDS_RESET_ACCOUNT_PASSWORD_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::reset_account_password {

struct request {
  std::string account_name;
  std::string account_password;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::reset_account_password

namespace rdscodec {

template <>
struct operation_traits<rds::reset_account_password::request> {
  using request = rds::reset_account_password::request;
  using response = rds::reset_account_password::response;
  static constexpr std::string_view action = "ResetAccountPassword";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ResetAccountPasswordResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::account_name>{"AccountName", presence::required},
      field<&request::account_password>{"AccountPassword", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::reset_account_password::request>());

}  // namespace rdscodec

#endif
