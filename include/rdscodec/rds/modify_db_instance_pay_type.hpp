// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstancePayType (Rds API 2014-08-15, RPC, POST)
// Fees of an instance are changed if the call is successful. Before you call this operation, carefully
// read the following topics:
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_PAY_TYPE_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_PAY_TYPE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_pay_type {

struct request {
  std::string db_instance_id;
  std::string pay_type;
  std::string period;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int32_t> used_time;
};

struct response {
  std::optional<std::int64_t> order_id;
};

}  // namespace rdscodec::rds::modify_db_instance_pay_type

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_pay_type::request> {
  using request = rds::modify_db_instance_pay_type::request;
  using response = rds::modify_db_instance_pay_type::response;
  static constexpr std::string_view action = "ModifyDBInstancePayType";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstancePayTypeResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::pay_type>{"PayType", presence::required},
      field<&request::period>{"Period", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::used_time>{"UsedTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::order_id>{"OrderId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_pay_type::request>());

}  // namespace rdscodec

#endif
