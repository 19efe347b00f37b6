// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CheckAccountNameAvailable (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CHECK_ACCOUNT_NAME_AVAILABLE_HPP
#define RDSCODEC_RDS_CHECK_ACCOUNT_NAME_AVAILABLE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::check_account_name_available {

struct request {
  std::string account_name;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::string> resource_group_id;
};

}  // namespace rdscodec::rds::check_account_name_available

namespace rdscodec {

template <>
struct operation_traits<rds::check_account_name_available::request> {
  using request = rds::check_account_name_available::request;
  using response = rds::check_account_name_available::response;
  static constexpr std::string_view action = "CheckAccountNameAvailable";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CheckAccountNameAvailableResponse";
  /// Only reads (the action begins with Check; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::account_name>{"AccountName", presence::required},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::resource_group_id>{"ResourceGroupId", presence::optional});
};

static_assert(check_operation<rds::check_account_name_available::request>());

}  // namespace rdscodec

#endif
