// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribePrice (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_PRICE_HPP
#define RDSCODEC_RDS_DESCRIBE_PRICE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_price {

// DescribePriceRequest.DBNode
struct db_node {
  std::optional<std::string> class_code;
  std::optional<std::string> zone_id;
};

// DescribePriceRequest.serverlessConfig
struct serverless_config {
  std::optional<double> max_capacity;
  std::optional<double> min_capacity;
};

// DescribePriceResponseBody.priceInfo.activityInfo
struct activity_info {
  std::optional<std::string> check_err_msg;
  std::optional<std::string> error_code;
  std::optional<std::string> success;
};

// DescribePriceResponseBody.priceInfo.coupons.coupon
struct coupon {
  std::optional<std::string> coupon_no;
  std::optional<std::string> description;
  std::optional<std::string> is_selected;
  std::optional<std::string> name;
};

// DescribePriceResponseBody.priceInfo.coupons
struct coupons {
  std::vector<::rdscodec::rds::describe_price::coupon> coupon;
};

// DescribePriceResponseBody.priceInfo.ruleIds
struct rule_ids {
  std::vector<std::string> rule_id;
};

// DescribePriceResponseBody.priceInfo
struct price_info {
  std::optional<::rdscodec::rds::describe_price::activity_info> activity_info;
  std::optional<::rdscodec::rds::describe_price::coupons> coupons;
  std::optional<std::string> currency;
  std::optional<double> discount_price;
  std::optional<raw_json> order_lines;
  std::optional<double> original_price;
  std::optional<::rdscodec::rds::describe_price::rule_ids> rule_ids;
  std::optional<double> trade_max_rcu_amount;
  std::optional<double> trade_min_rcu_amount;
  std::optional<double> trade_price;
};

// DescribePriceResponseBody.rules.rule
struct rule {
  std::optional<std::string> description;
  std::optional<std::string> name;
  std::optional<std::int64_t> rule_id;
};

// DescribePriceResponseBody.rules
struct rules {
  std::vector<::rdscodec::rds::describe_price::rule> rule;
};

// DescribePriceResponseBody.serverlessPrice
struct serverless_price {
  std::optional<double> rcu_discount_max_amount;
  std::optional<double> rcu_discount_min_amount;
  std::optional<double> rcu_original_max_amount;
  std::optional<double> rcu_original_min_amount;
  std::optional<double> storage_original_amount;
  std::optional<double> total_original_max_amount;
  std::optional<double> total_original_min_amount;
  std::optional<double> trade_max_rcu_amount;
  std::optional<double> trade_min_rcu_amount;
  std::optional<double> storage_discount_amount;
};

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> commodity_code;
  std::string db_instance_class;
  std::optional<std::string> db_instance_id;
  std::int32_t db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::vector<::rdscodec::rds::describe_price::db_node>> db_node;
  std::string engine;
  std::string engine_version;
  std::optional<std::int32_t> instance_used_type;
  std::optional<std::string> order_type;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> pay_type;
  std::int32_t quantity;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<::rdscodec::rds::describe_price::serverless_config> serverless_config;
  std::optional<std::string> time_type;
  std::optional<std::int32_t> used_time;
  std::optional<std::string> zone_id;
};

struct response {
  std::optional<std::string> order_params;
  std::optional<::rdscodec::rds::describe_price::price_info> price_info;
  std::optional<std::string> request_id;
  std::optional<::rdscodec::rds::describe_price::rules> rules;
  std::optional<::rdscodec::rds::describe_price::serverless_price> serverless_price;
  std::optional<bool> show_discount;
  std::optional<double> trade_max_rcu_amount;
  std::optional<double> trade_min_rcu_amount;
};

}  // namespace rdscodec::rds::describe_price

namespace rdscodec {

template <>
struct object_traits<rds::describe_price::db_node> {
  static constexpr auto fields = field_list(
      field<&rds::describe_price::db_node::class_code>{"ClassCode", presence::optional},
      field<&rds::describe_price::db_node::zone_id>{"ZoneId", presence::optional});
};

template <>
struct object_traits<rds::describe_price::serverless_config> {
  static constexpr auto fields = field_list(
      field<&rds::describe_price::serverless_config::max_capacity>{"MaxCapacity", presence::optional},
      field<&rds::describe_price::serverless_config::min_capacity>{"MinCapacity", presence::optional});
};

template <>
struct object_traits<rds::describe_price::activity_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_price::activity_info::check_err_msg>{"CheckErrMsg", presence::optional},
      field<&rds::describe_price::activity_info::error_code>{"ErrorCode", presence::optional},
      field<&rds::describe_price::activity_info::success>{"Success", presence::optional});
};

template <>
struct object_traits<rds::describe_price::coupon> {
  static constexpr auto fields = field_list(
      field<&rds::describe_price::coupon::coupon_no>{"CouponNo", presence::optional},
      field<&rds::describe_price::coupon::description>{"Description", presence::optional},
      field<&rds::describe_price::coupon::is_selected>{"IsSelected", presence::optional},
      field<&rds::describe_price::coupon::name>{"Name", presence::optional});
};

template <>
struct object_traits<rds::describe_price::coupons> {
  static constexpr auto fields = field_list(
      field<&rds::describe_price::coupons::coupon>{"Coupon", presence::optional});
};

template <>
struct object_traits<rds::describe_price::rule_ids> {
  static constexpr auto fields = field_list(
      field<&rds::describe_price::rule_ids::rule_id>{"RuleId", presence::optional});
};

template <>
struct object_traits<rds::describe_price::price_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_price::price_info::activity_info>{"ActivityInfo", presence::optional},
      field<&rds::describe_price::price_info::coupons>{"Coupons", presence::optional},
      field<&rds::describe_price::price_info::currency>{"Currency", presence::optional},
      field<&rds::describe_price::price_info::discount_price>{"DiscountPrice", presence::optional},
      field<&rds::describe_price::price_info::order_lines>{"OrderLines", presence::optional},
      field<&rds::describe_price::price_info::original_price>{"OriginalPrice", presence::optional},
      field<&rds::describe_price::price_info::rule_ids>{"RuleIds", presence::optional},
      field<&rds::describe_price::price_info::trade_max_rcu_amount>{"TradeMaxRCUAmount", presence::optional},
      field<&rds::describe_price::price_info::trade_min_rcu_amount>{"TradeMinRCUAmount", presence::optional},
      field<&rds::describe_price::price_info::trade_price>{"TradePrice", presence::optional});
};

template <>
struct object_traits<rds::describe_price::rule> {
  static constexpr auto fields = field_list(
      field<&rds::describe_price::rule::description>{"Description", presence::optional},
      field<&rds::describe_price::rule::name>{"Name", presence::optional},
      field<&rds::describe_price::rule::rule_id>{"RuleId", presence::optional});
};

template <>
struct object_traits<rds::describe_price::rules> {
  static constexpr auto fields = field_list(
      field<&rds::describe_price::rules::rule>{"Rule", presence::optional});
};

template <>
struct object_traits<rds::describe_price::serverless_price> {
  static constexpr auto fields = field_list(
      field<&rds::describe_price::serverless_price::rcu_discount_max_amount>{"RCUDiscountMaxAmount", presence::optional},
      field<&rds::describe_price::serverless_price::rcu_discount_min_amount>{"RCUDiscountMinAmount", presence::optional},
      field<&rds::describe_price::serverless_price::rcu_original_max_amount>{"RCUOriginalMaxAmount", presence::optional},
      field<&rds::describe_price::serverless_price::rcu_original_min_amount>{"RCUOriginalMinAmount", presence::optional},
      field<&rds::describe_price::serverless_price::storage_original_amount>{"StorageOriginalAmount", presence::optional},
      field<&rds::describe_price::serverless_price::total_original_max_amount>{"TotalOriginalMaxAmount", presence::optional},
      field<&rds::describe_price::serverless_price::total_original_min_amount>{"TotalOriginalMinAmount", presence::optional},
      field<&rds::describe_price::serverless_price::trade_max_rcu_amount>{"TradeMaxRCUAmount", presence::optional},
      field<&rds::describe_price::serverless_price::trade_min_rcu_amount>{"TradeMinRCUAmount", presence::optional},
      field<&rds::describe_price::serverless_price::storage_discount_amount>{"storageDiscountAmount", presence::optional});
};

template <>
struct operation_traits<rds::describe_price::request> {
  using request = rds::describe_price::request;
  using response = rds::describe_price::response;
  static constexpr std::string_view action = "DescribePrice";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribePriceResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::commodity_code>{"CommodityCode", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::required},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::db_node>{"DBNode", presence::optional}.with(wire_style::json),
      field<&request::engine>{"Engine", presence::required},
      field<&request::engine_version>{"EngineVersion", presence::required},
      field<&request::instance_used_type>{"InstanceUsedType", presence::optional},
      field<&request::order_type>{"OrderType", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pay_type>{"PayType", presence::optional},
      field<&request::quantity>{"Quantity", presence::required},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::serverless_config>{"ServerlessConfig", presence::optional}.with(wire_style::json),
      field<&request::time_type>{"TimeType", presence::optional},
      field<&request::used_time>{"UsedTime", presence::optional, 1, 999},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::order_params>{"OrderParams", presence::optional},
      field<&response::price_info>{"PriceInfo", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::rules>{"Rules", presence::optional},
      field<&response::serverless_price>{"ServerlessPrice", presence::optional},
      field<&response::show_discount>{"ShowDiscount", presence::optional},
      field<&response::trade_max_rcu_amount>{"TradeMaxRCUAmount", presence::optional},
      field<&response::trade_min_rcu_amount>{"TradeMinRCUAmount", presence::optional});
};

static_assert(check_operation<rds::describe_price::request>());

}  // namespace rdscodec

#endif
