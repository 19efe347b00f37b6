// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ReplaceRCInstanceSystemDisk (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_REPLACE_RC_INSTANCE_SYSTEM_DISK_HPP
#define RDSCODEC_RDS_REPLACE_RC_INSTANCE_SYSTEM_DISK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::replace_rc_instance_system_disk {

struct request {
  std::optional<std::string> image_id;
  std::optional<std::string> instance_id;
  std::optional<bool> is_local_disk;
  std::optional<std::string> key_pair_name;
  std::optional<std::string> password;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::replace_rc_instance_system_disk

namespace rdscodec {

template <>
struct operation_traits<rds::replace_rc_instance_system_disk::request> {
  using request = rds::replace_rc_instance_system_disk::request;
  using response = rds::replace_rc_instance_system_disk::response;
  static constexpr std::string_view action = "ReplaceRCInstanceSystemDisk";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ReplaceRCInstanceSystemDiskResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::image_id>{"ImageId", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::is_local_disk>{"IsLocalDisk", presence::optional},
      field<&request::key_pair_name>{"KeyPairName", presence::optional},
      field<&request::password>{"Password", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::replace_rc_instance_system_disk::request>());

}  // namespace rdscodec

#endif
