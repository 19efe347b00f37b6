// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// UnlockAccount (Rds API 2014-08-15, RPC, POST)
// PostgreSQL
#ifndef RDSCODEC_RDS_UNLOCK_ACCOUNT_HPP
#define RDSCODEC_RDS_UNLOCK_ACCOUNT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::unlock_account {

struct request {
  std::string account_name;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::unlock_account

namespace rdscodec {

template <>
struct operation_traits<rds::unlock_account::request> {
  using request = rds::unlock_account::request;
  using response = rds::unlock_account::response;
  static constexpr std::string_view action = "UnlockAccount";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "UnlockAccountResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::account_name>{"AccountName", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::unlock_account::request>());

}  // namespace rdscodec

#endif
