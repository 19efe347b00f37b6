// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRenewalPrice (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RENEWAL_PRICE_HPP
#define RDSCODEC_RDS_DESCRIBE_RENEWAL_PRICE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_renewal_price {

// DescribeRenewalPriceResponseBody.priceInfo.activityInfo
struct activity_info {
  std::optional<std::string> check_err_msg;
  std::optional<std::string> error_code;
  std::optional<std::string> success;
};

// DescribeRenewalPriceResponseBody.priceInfo.coupons.coupon
struct coupon {
  std::optional<std::string> coupon_no;
  std::optional<std::string> description;
  std::optional<std::string> is_selected;
  std::optional<std::string> name;
};

// DescribeRenewalPriceResponseBody.priceInfo.coupons
struct coupons {
  std::vector<::rdscodec::rds::describe_renewal_price::coupon> coupon;
};

// DescribeRenewalPriceResponseBody.priceInfo.ruleIds
struct rule_ids {
  std::vector<std::string> rule_id;
};

// DescribeRenewalPriceResponseBody.priceInfo
struct price_info {
  std::optional<::rdscodec::rds::describe_renewal_price::activity_info> activity_info;
  std::optional<::rdscodec::rds::describe_renewal_price::coupons> coupons;
  std::optional<std::string> currency;
  std::optional<double> discount_price;
  std::optional<double> original_price;
  std::optional<::rdscodec::rds::describe_renewal_price::rule_ids> rule_ids;
  std::optional<double> trade_price;
};

// DescribeRenewalPriceResponseBody.rules.rule
struct rule {
  std::optional<std::string> description;
  std::optional<std::string> name;
  std::optional<std::int64_t> rule_id;
};

// DescribeRenewalPriceResponseBody.rules
struct rules {
  std::vector<::rdscodec::rds::describe_renewal_price::rule> rule;
};

struct request {
  std::optional<std::string> business_info;
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_class;
  std::string db_instance_id;
  std::optional<std::string> order_type;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> pay_type;
  std::optional<std::int32_t> quantity;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string time_type;
  std::int32_t used_time;
};

struct response {
  std::optional<::rdscodec::rds::describe_renewal_price::price_info> price_info;
  std::optional<std::string> request_id;
  std::optional<::rdscodec::rds::describe_renewal_price::rules> rules;
};

}  // namespace rdscodec::rds::describe_renewal_price

namespace rdscodec {

template <>
struct object_traits<rds::describe_renewal_price::activity_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_renewal_price::activity_info::check_err_msg>{"CheckErrMsg", presence::optional},
      field<&rds::describe_renewal_price::activity_info::error_code>{"ErrorCode", presence::optional},
      field<&rds::describe_renewal_price::activity_info::success>{"Success", presence::optional});
};

template <>
struct object_traits<rds::describe_renewal_price::coupon> {
  static constexpr auto fields = field_list(
      field<&rds::describe_renewal_price::coupon::coupon_no>{"CouponNo", presence::optional},
      field<&rds::describe_renewal_price::coupon::description>{"Description", presence::optional},
      field<&rds::describe_renewal_price::coupon::is_selected>{"IsSelected", presence::optional},
      field<&rds::describe_renewal_price::coupon::name>{"Name", presence::optional});
};

template <>
struct object_traits<rds::describe_renewal_price::coupons> {
  static constexpr auto fields = field_list(
      field<&rds::describe_renewal_price::coupons::coupon>{"Coupon", presence::optional});
};

template <>
struct object_traits<rds::describe_renewal_price::rule_ids> {
  static constexpr auto fields = field_list(
      field<&rds::describe_renewal_price::rule_ids::rule_id>{"RuleId", presence::optional});
};

template <>
struct object_traits<rds::describe_renewal_price::price_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_renewal_price::price_info::activity_info>{"ActivityInfo", presence::optional},
      field<&rds::describe_renewal_price::price_info::coupons>{"Coupons", presence::optional},
      field<&rds::describe_renewal_price::price_info::currency>{"Currency", presence::optional},
      field<&rds::describe_renewal_price::price_info::discount_price>{"DiscountPrice", presence::optional},
      field<&rds::describe_renewal_price::price_info::original_price>{"OriginalPrice", presence::optional},
      field<&rds::describe_renewal_price::price_info::rule_ids>{"RuleIds", presence::optional},
      field<&rds::describe_renewal_price::price_info::trade_price>{"TradePrice", presence::optional});
};

template <>
struct object_traits<rds::describe_renewal_price::rule> {
  static constexpr auto fields = field_list(
      field<&rds::describe_renewal_price::rule::description>{"Description", presence::optional},
      field<&rds::describe_renewal_price::rule::name>{"Name", presence::optional},
      field<&rds::describe_renewal_price::rule::rule_id>{"RuleId", presence::optional});
};

template <>
struct object_traits<rds::describe_renewal_price::rules> {
  static constexpr auto fields = field_list(
      field<&rds::describe_renewal_price::rules::rule>{"Rule", presence::optional});
};

template <>
struct operation_traits<rds::describe_renewal_price::request> {
  using request = rds::describe_renewal_price::request;
  using response = rds::describe_renewal_price::response;
  static constexpr std::string_view action = "DescribeRenewalPrice";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRenewalPriceResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::business_info>{"BusinessInfo", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::order_type>{"OrderType", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pay_type>{"PayType", presence::optional},
      field<&request::quantity>{"Quantity", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::time_type>{"TimeType", presence::required},
      field<&request::used_time>{"UsedTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::price_info>{"PriceInfo", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::rules>{"Rules", presence::optional});
};

static_assert(check_operation<rds::describe_renewal_price::request>());

}  // namespace rdscodec

#endif
