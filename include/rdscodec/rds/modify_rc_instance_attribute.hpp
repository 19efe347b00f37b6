// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCInstanceAttribute (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_RC_INSTANCE_ATTRIBUTE_HPP
#define RDSCODEC_RDS_MODIFY_RC_INSTANCE_ATTRIBUTE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_instance_attribute {

struct request {
  std::optional<bool> deletion_protection;
  std::optional<bool> enable_jumbo_frame;
  std::optional<std::string> host_name;
  std::optional<std::string> instance_id;
  std::optional<std::vector<std::string>> instance_ids;
  std::optional<std::string> instance_name;
  std::optional<std::string> password;
  std::optional<bool> reboot;
  std::optional<std::string> region_id;
  std::optional<std::string> security_group_id;
  std::optional<std::vector<std::string>> security_group_ids;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_instance_attribute

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_instance_attribute::request> {
  using request = rds::modify_rc_instance_attribute::request;
  using response = rds::modify_rc_instance_attribute::response;
  static constexpr std::string_view action = "ModifyRCInstanceAttribute";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCInstanceAttributeResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::deletion_protection>{"DeletionProtection", presence::optional},
      field<&request::enable_jumbo_frame>{"EnableJumboFrame", presence::optional},
      field<&request::host_name>{"HostName", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::instance_ids>{"InstanceIds", presence::optional}.with(wire_style::json),
      field<&request::instance_name>{"InstanceName", presence::optional},
      field<&request::password>{"Password", presence::optional},
      field<&request::reboot>{"Reboot", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::security_group_id>{"SecurityGroupId", presence::optional},
      field<&request::security_group_ids>{"SecurityGroupIds", presence::optional}.with(wire_style::json));
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_instance_attribute::request>());

}  // namespace rdscodec

#endif
