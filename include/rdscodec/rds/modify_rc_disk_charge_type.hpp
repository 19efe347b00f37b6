// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCDiskChargeType (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_RC_DISK_CHARGE_TYPE_HPP
#define RDSCODEC_RDS_MODIFY_RC_DISK_CHARGE_TYPE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_disk_charge_type {

struct request {
  std::optional<bool> auto_pay;
  std::optional<std::string> auto_renew;
  std::optional<bool> auto_use_coupon;
  std::optional<std::string> business_info;
  std::optional<std::string> client_token;
  std::string instance_id;
  std::optional<std::string> pay_type;
  std::optional<std::string> period;
  std::optional<std::string> promotion_code;
  std::string region_id;
  std::optional<std::int32_t> used_time;
};

struct response {
  std::optional<std::string> charge_type;
  std::vector<std::string> expired_time;
  std::vector<std::string> instance_ids;
  std::optional<std::string> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_disk_charge_type

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_disk_charge_type::request> {
  using request = rds::modify_rc_disk_charge_type::request;
  using response = rds::modify_rc_disk_charge_type::response;
  static constexpr std::string_view action = "ModifyRCDiskChargeType";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCDiskChargeTypeResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::auto_renew>{"AutoRenew", presence::optional},
      field<&request::auto_use_coupon>{"AutoUseCoupon", presence::optional},
      field<&request::business_info>{"BusinessInfo", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::required},
      field<&request::pay_type>{"PayType", presence::optional},
      field<&request::period>{"Period", presence::optional},
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::used_time>{"UsedTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::charge_type>{"ChargeType", presence::optional},
      field<&response::expired_time>{"ExpiredTime", presence::optional},
      field<&response::instance_ids>{"InstanceIds", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_disk_charge_type::request>());

}  // namespace rdscodec

#endif
