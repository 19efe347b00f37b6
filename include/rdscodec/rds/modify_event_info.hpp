// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyEventInfo (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_MODIFY_EVENT_INFO_HPP
#define RDSCODEC_RDS_MODIFY_EVENT_INFO_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_event_info {

struct request {
  std::optional<std::string> action_params;
  std::optional<std::string> event_action;
  std::string event_id;
  std::string region_id;
};

struct response {
  std::optional<std::string> error_code;
  std::optional<std::string> error_event_id;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> success_count;
  std::optional<std::string> success_event_id;
};

}  // namespace rdscodec::rds::modify_event_info

namespace rdscodec {

template <>
struct operation_traits<rds::modify_event_info::request> {
  using request = rds::modify_event_info::request;
  using response = rds::modify_event_info::response;
  static constexpr std::string_view action = "ModifyEventInfo";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyEventInfoResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::action_params>{"ActionParams", presence::optional},
      field<&request::event_action>{"EventAction", presence::optional},
      field<&request::event_id>{"EventId", presence::required},
      field<&request::region_id>{"RegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::error_code>{"ErrorCode", presence::optional},
      field<&response::error_event_id>{"ErrorEventId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success_count>{"SuccessCount", presence::optional},
      field<&response::success_event_id>{"SuccessEventId", presence::optional});
};

static_assert(check_operation<rds::modify_event_info::request>());

}  // namespace rdscodec

#endif
