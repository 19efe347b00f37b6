// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RenewInstance (Rds API 2014-08-15, RPC, POST)
// Fees of an instance are changed if the call is successful. Before you call this operation, carefully
// read the following topics:
#ifndef RDSCODEC_RDS_RENEW_INSTANCE_HPP
#define RDSCODEC_RDS_RENEW_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::renew_instance {

struct request {
  std::optional<std::string> auto_pay;
  std::optional<std::string> auto_renew;
  std::optional<bool> auto_use_coupon;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::int32_t period;
  std::optional<std::string> promotion_code;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::int64_t> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::renew_instance

namespace rdscodec {

template <>
struct operation_traits<rds::renew_instance::request> {
  using request = rds::renew_instance::request;
  using response = rds::renew_instance::response;
  static constexpr std::string_view action = "RenewInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RenewInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::auto_renew>{"AutoRenew", presence::optional},
      field<&request::auto_use_coupon>{"AutoUseCoupon", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::period>{"Period", presence::required},
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::renew_instance::request>());

}  // namespace rdscodec

#endif
