// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCInstanceDescription (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_RC_INSTANCE_DESCRIPTION_HPP
#define RDSCODEC_RDS_MODIFY_RC_INSTANCE_DESCRIPTION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_instance_description {

struct request {
  std::optional<std::string> instance_description;
  std::optional<std::string> instance_id;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_instance_description

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_instance_description::request> {
  using request = rds::modify_rc_instance_description::request;
  using response = rds::modify_rc_instance_description::response;
  static constexpr std::string_view action = "ModifyRCInstanceDescription";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCInstanceDescriptionResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_description>{"InstanceDescription", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_instance_description::request>());

}  // namespace rdscodec

#endif
