// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateYouhuiForOrder (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CREATE_YOUHUI_FOR_ORDER_HPP
#define RDSCODEC_RDS_CREATE_YOUHUI_FOR_ORDER_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_youhui_for_order {

struct request {
  std::int64_t activity_id;
  std::optional<std::string> owner_id;
  std::int64_t promotion_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> message;
  std::optional<std::string> request_id;
  std::optional<std::string> youhui_id;
};

}  // namespace rdscodec::rds::create_youhui_for_order

namespace rdscodec {

template <>
struct operation_traits<rds::create_youhui_for_order::request> {
  using request = rds::create_youhui_for_order::request;
  using response = rds::create_youhui_for_order::response;
  static constexpr std::string_view action = "CreateYouhuiForOrder";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateYouhuiForOrderResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::activity_id>{"ActivityId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::promotion_id>{"PromotionId", presence::required},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::youhui_id>{"YouhuiId", presence::optional});
};

static_assert(check_operation<rds::create_youhui_for_order::request>());

}  // namespace rdscodec

#endif
