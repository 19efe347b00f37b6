// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// TransformDBInstancePayType (Rds API 2014-08-15, RPC, POST)
// Fees are generated if the call is successful. Before you call this operation, you must read the
// following documentation.
#ifndef RDSCODEC_RDS_TRANSFORM_DB_INSTANCE_PAY_TYPE_HPP
#define RDSCODEC_RDS_TRANSFORM_DB_INSTANCE_PAY_TYPE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::transform_db_instance_pay_type {

struct request {
  std::optional<std::string> auto_renew;
  std::optional<bool> auto_use_coupon;
  std::optional<std::string> business_info;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string pay_type;
  std::optional<std::string> period;
  std::optional<std::string> promotion_code;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int32_t> used_time;
};

struct response {
  std::optional<std::string> charge_type;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> expired_time;
  std::optional<std::int64_t> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::transform_db_instance_pay_type

namespace rdscodec {

template <>
struct operation_traits<rds::transform_db_instance_pay_type::request> {
  using request = rds::transform_db_instance_pay_type::request;
  using response = rds::transform_db_instance_pay_type::response;
  static constexpr std::string_view action = "TransformDBInstancePayType";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "TransformDBInstancePayTypeResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_renew>{"AutoRenew", presence::optional},
      field<&request::auto_use_coupon>{"AutoUseCoupon", presence::optional},
      field<&request::business_info>{"BusinessInfo", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pay_type>{"PayType", presence::required},
      field<&request::period>{"Period", presence::optional},
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::used_time>{"UsedTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::charge_type>{"ChargeType", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::expired_time>{"ExpiredTime", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::transform_db_instance_pay_type::request>());

}  // namespace rdscodec

#endif
