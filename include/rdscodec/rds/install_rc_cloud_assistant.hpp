// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// InstallRCCloudAssistant (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_INSTALL_RC_CLOUD_ASSISTANT_HPP
#define RDSCODEC_RDS_INSTALL_RC_CLOUD_ASSISTANT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::install_rc_cloud_assistant {

struct request {
  std::vector<std::string> instance_ids;
  std::string region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::install_rc_cloud_assistant

namespace rdscodec {

template <>
struct operation_traits<rds::install_rc_cloud_assistant::request> {
  using request = rds::install_rc_cloud_assistant::request;
  using response = rds::install_rc_cloud_assistant::response;
  static constexpr std::string_view action = "InstallRCCloudAssistant";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "InstallRCCloudAssistantResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_ids>{"InstanceIds", presence::required}.with(wire_style::json),
      field<&request::region_id>{"RegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::install_rc_cloud_assistant::request>());

}  // namespace rdscodec

#endif
