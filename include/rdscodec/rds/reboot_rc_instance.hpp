// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RebootRCInstance (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_REBOOT_RC_INSTANCE_HPP
#define RDSCODEC_RDS_REBOOT_RC_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::reboot_rc_instance {

struct request {
  std::optional<bool> dry_run;
  std::optional<bool> force_stop;
  std::string instance_id;
  std::optional<std::string> reboot_time;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::reboot_rc_instance

namespace rdscodec {

template <>
struct operation_traits<rds::reboot_rc_instance::request> {
  using request = rds::reboot_rc_instance::request;
  using response = rds::reboot_rc_instance::response;
  static constexpr std::string_view action = "RebootRCInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RebootRCInstanceResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::dry_run>{"DryRun", presence::optional},
      field<&request::force_stop>{"ForceStop", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::required},
      field<&request::reboot_time>{"RebootTime", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::reboot_rc_instance::request>());

}  // namespace rdscodec

#endif
