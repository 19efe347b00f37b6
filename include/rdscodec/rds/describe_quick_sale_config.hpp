// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeQuickSaleConfig (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_QUICK_SALE_CONFIG_HPP
#define RDSCODEC_RDS_DESCRIBE_QUICK_SALE_CONFIG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_quick_sale_config {

struct request {
  std::optional<std::string> commodity;
  std::optional<std::string> engine;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::string> commodity;
  std::optional<std::map<std::string, raw_json>> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_quick_sale_config

namespace rdscodec {

template <>
struct operation_traits<rds::describe_quick_sale_config::request> {
  using request = rds::describe_quick_sale_config::request;
  using response = rds::describe_quick_sale_config::response;
  static constexpr std::string_view action = "DescribeQuickSaleConfig";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeQuickSaleConfigResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::commodity>{"Commodity", presence::optional},
      field<&request::engine>{"Engine", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::commodity>{"Commodity", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_quick_sale_config::request>());

}  // namespace rdscodec

#endif
