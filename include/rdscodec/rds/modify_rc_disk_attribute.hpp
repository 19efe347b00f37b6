// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCDiskAttribute (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_RC_DISK_ATTRIBUTE_HPP
#define RDSCODEC_RDS_MODIFY_RC_DISK_ATTRIBUTE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_disk_attribute {

struct request {
  std::optional<bool> bursting_enabled;
  std::optional<bool> delete_with_instance;
  std::optional<std::string> description;
  std::string disk_id;
  std::optional<std::string> disk_name;
  std::string region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_disk_attribute

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_disk_attribute::request> {
  using request = rds::modify_rc_disk_attribute::request;
  using response = rds::modify_rc_disk_attribute::response;
  static constexpr std::string_view action = "ModifyRCDiskAttribute";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCDiskAttributeResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::bursting_enabled>{"BurstingEnabled", presence::optional},
      field<&request::delete_with_instance>{"DeleteWithInstance", presence::optional},
      field<&request::description>{"Description", presence::optional},
      field<&request::disk_id>{"DiskId", presence::required},
      field<&request::disk_name>{"DiskName", presence::optional},
      field<&request::region_id>{"RegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_disk_attribute::request>());

}  // namespace rdscodec

#endif
