// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// QueryRecommendByCode (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_QUERY_RECOMMEND_BY_CODE_HPP
#define RDSCODEC_RDS_QUERY_RECOMMEND_BY_CODE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::query_recommend_by_code {

struct request {
  std::string code;
  std::optional<std::string> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> data;
  std::optional<std::string> request_id;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::query_recommend_by_code

namespace rdscodec {

template <>
struct operation_traits<rds::query_recommend_by_code::request> {
  using request = rds::query_recommend_by_code::request;
  using response = rds::query_recommend_by_code::response;
  static constexpr std::string_view action = "QueryRecommendByCode";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "QueryRecommendByCodeResponse";
  /// Only reads (the action begins with Query; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::code>{"Code", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::query_recommend_by_code::request>());

}  // namespace rdscodec

#endif
