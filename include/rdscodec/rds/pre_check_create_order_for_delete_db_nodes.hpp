// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// PreCheckCreateOrderForDeleteDBNodes (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_PRE_CHECK_CREATE_ORDER_FOR_DELETE_DB_NODES_HPP
#define RDSCODEC_RDS_PRE_CHECK_CREATE_ORDER_FOR_DELETE_DB_NODES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::pre_check_create_order_for_delete_db_nodes {

// PreCheckCreateOrderForDeleteDBNodesResponseBody.failures.failures
struct failures_2 {
  std::optional<std::string> code;
  std::optional<std::string> message;
};

// PreCheckCreateOrderForDeleteDBNodesResponseBody.failures
struct failures {
  std::vector<failures_2> failures;
};

struct request {
  std::optional<bool> auto_pay;
  std::optional<std::string> business_info;
  std::optional<std::string> client_token;
  std::string commodity_code;
  std::optional<std::string> db_instance_id;
  std::optional<std::vector<std::string>> db_node_id;
  std::optional<std::string> engine_version;
  std::optional<std::string> node_type;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> promotion_code;
  std::optional<std::string> region_id;
  std::optional<std::string> resource;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> zone_id;
};

struct response {
  std::optional<::rdscodec::rds::pre_check_create_order_for_delete_db_nodes::failures> failures;
  std::optional<bool> pre_check_result;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::pre_check_create_order_for_delete_db_nodes

namespace rdscodec {

template <>
struct object_traits<rds::pre_check_create_order_for_delete_db_nodes::failures_2> {
  static constexpr auto fields = field_list(
      field<&rds::pre_check_create_order_for_delete_db_nodes::failures_2::code>{"Code", presence::optional},
      field<&rds::pre_check_create_order_for_delete_db_nodes::failures_2::message>{"Message", presence::optional});
};

template <>
struct object_traits<rds::pre_check_create_order_for_delete_db_nodes::failures> {
  static constexpr auto fields = field_list(
      field<&rds::pre_check_create_order_for_delete_db_nodes::failures::failures>{"Failures", presence::optional});
};

template <>
struct operation_traits<rds::pre_check_create_order_for_delete_db_nodes::request> {
  using request = rds::pre_check_create_order_for_delete_db_nodes::request;
  using response = rds::pre_check_create_order_for_delete_db_nodes::response;
  static constexpr std::string_view action = "PreCheckCreateOrderForDeleteDBNodes";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "PreCheckCreateOrderForDeleteDBNodesResponse";
  /// Only reads (the action begins with PreCheck; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::business_info>{"BusinessInfo", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::commodity_code>{"CommodityCode", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::db_node_id>{"DBNodeId", presence::optional}.with(wire_style::json),
      field<&request::engine_version>{"EngineVersion", presence::optional},
      field<&request::node_type>{"NodeType", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource>{"Resource", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::failures>{"Failures", presence::optional},
      field<&response::pre_check_result>{"PreCheckResult", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::pre_check_create_order_for_delete_db_nodes::request>());

}  // namespace rdscodec

#endif
