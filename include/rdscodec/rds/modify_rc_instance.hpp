// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCInstance (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, make sure that you are familiar with the billing methods, pricing,
// and refund rules of RDS Custom.
#ifndef RDSCODEC_RDS_MODIFY_RC_INSTANCE_HPP
#define RDSCODEC_RDS_MODIFY_RC_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_instance {

struct request {
  std::optional<bool> auto_pay;
  std::optional<bool> auto_use_coupon;
  std::optional<std::string> direction;
  std::optional<bool> dry_run;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_type;
  std::optional<std::string> promotion_code;
  std::optional<std::string> reboot_time;
  std::optional<bool> reboot_when_finished;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::int64_t> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_instance

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_instance::request> {
  using request = rds::modify_rc_instance::request;
  using response = rds::modify_rc_instance::response;
  static constexpr std::string_view action = "ModifyRCInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCInstanceResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::auto_use_coupon>{"AutoUseCoupon", presence::optional},
      field<&request::direction>{"Direction", presence::optional},
      field<&request::dry_run>{"DryRun", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::instance_type>{"InstanceType", presence::optional},
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::reboot_time>{"RebootTime", presence::optional},
      field<&request::reboot_when_finished>{"RebootWhenFinished", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_instance::request>());

}  // namespace rdscodec

#endif
