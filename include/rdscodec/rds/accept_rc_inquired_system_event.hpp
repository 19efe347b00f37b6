// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// AcceptRCInquiredSystemEvent (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_ACCEPT_RC_INQUIRED_SYSTEM_EVENT_HPP
#define RDSCODEC_RDS_ACCEPT_RC_INQUIRED_SYSTEM_EVENT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::accept_rc_inquired_system_event {

struct request {
  std::string event_id;
  std::string region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::accept_rc_inquired_system_event

namespace rdscodec {

template <>
struct operation_traits<rds::accept_rc_inquired_system_event::request> {
  using request = rds::accept_rc_inquired_system_event::request;
  using response = rds::accept_rc_inquired_system_event::response;
  static constexpr std::string_view action = "AcceptRCInquiredSystemEvent";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "AcceptRCInquiredSystemEventResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::event_id>{"EventId", presence::required},
      field<&request::region_id>{"RegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::accept_rc_inquired_system_event::request>());

}  // namespace rdscodec

#endif
