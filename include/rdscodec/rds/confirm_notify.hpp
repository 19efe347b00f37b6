// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ConfirmNotify (Rds API 2014-08-15, RPC, POST)
// After you call the QueryNotify operation to query notifications for an instance, you can call this
// operation to mark the notifications as confirmed.
// Sent in the form body: Confirmor, NotifyIdList.
#ifndef RDSCODEC_RDS_CONFIRM_NOTIFY_HPP
#define RDSCODEC_RDS_CONFIRM_NOTIFY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::confirm_notify {

struct request {
  std::int64_t confirmor;
  std::vector<std::int64_t> notify_id_list;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::confirm_notify

namespace rdscodec {

template <>
struct operation_traits<rds::confirm_notify::request> {
  using request = rds::confirm_notify::request;
  using response = rds::confirm_notify::response;
  static constexpr std::string_view action = "ConfirmNotify";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ConfirmNotifyResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::confirmor>{"Confirmor", presence::required}.with(wire_position::body),
      field<&request::notify_id_list>{"NotifyIdList", presence::required}.with(wire_style::json).with(wire_position::body));
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::confirm_notify::request>());

}  // namespace rdscodec

#endif
