// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// AttachRCDisk (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_ATTACH_RC_DISK_HPP
#define RDSCODEC_RDS_ATTACH_RC_DISK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::attach_rc_disk {

struct request {
  std::optional<bool> delete_with_instance;
  std::string disk_id;
  std::string instance_id;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::attach_rc_disk

namespace rdscodec {

template <>
struct operation_traits<rds::attach_rc_disk::request> {
  using request = rds::attach_rc_disk::request;
  using response = rds::attach_rc_disk::response;
  static constexpr std::string_view action = "AttachRCDisk";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "AttachRCDiskResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::delete_with_instance>{"DeleteWithInstance", presence::optional},
      field<&request::disk_id>{"DiskId", presence::required},
      field<&request::instance_id>{"InstanceId", presence::required},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::attach_rc_disk::request>());

}  // namespace rdscodec

#endif
