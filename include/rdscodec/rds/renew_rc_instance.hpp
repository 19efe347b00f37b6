// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RenewRCInstance (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_RENEW_RC_INSTANCE_HPP
#define RDSCODEC_RDS_RENEW_RC_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::renew_rc_instance {

struct request {
  std::optional<bool> auto_pay;
  std::optional<std::string> auto_renew;
  std::optional<bool> auto_use_coupon;
  std::optional<std::string> business_info;
  std::optional<std::string> client_token;
  std::string commodity_code;
  std::optional<std::string> instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> pay_type;
  std::optional<bool> period_align;
  std::optional<std::string> promotion_code;
  std::string region_id;
  std::optional<std::string> resource;
  std::optional<std::string> resource_owner_account;
  std::string time_type;
  std::string used_time;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> order_id;
  std::optional<std::string> order_ids;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::renew_rc_instance

namespace rdscodec {

template <>
struct operation_traits<rds::renew_rc_instance::request> {
  using request = rds::renew_rc_instance::request;
  using response = rds::renew_rc_instance::response;
  static constexpr std::string_view action = "RenewRCInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RenewRCInstanceResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::auto_renew>{"AutoRenew", presence::optional},
      field<&request::auto_use_coupon>{"AutoUseCoupon", presence::optional},
      field<&request::business_info>{"BusinessInfo", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::commodity_code>{"CommodityCode", presence::required},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pay_type>{"PayType", presence::optional},
      field<&request::period_align>{"PeriodAlign", presence::optional},
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource>{"Resource", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::time_type>{"TimeType", presence::required},
      field<&request::used_time>{"UsedTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::order_ids>{"OrderIds", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::renew_rc_instance::request>());

}  // namespace rdscodec

#endif
