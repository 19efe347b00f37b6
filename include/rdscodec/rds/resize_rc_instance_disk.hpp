// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ResizeRCInstanceDisk (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_RESIZE_RC_INSTANCE_DISK_HPP
#define RDSCODEC_RDS_RESIZE_RC_INSTANCE_DISK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::resize_rc_instance_disk {

struct request {
  std::optional<bool> auto_pay;
  std::optional<std::string> disk_id;
  std::optional<bool> dry_run;
  std::optional<std::string> instance_id;
  std::optional<std::int64_t> new_size;
  std::optional<std::string> region_id;
  std::optional<std::string> type;
};

struct response {
  std::optional<std::int64_t> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::resize_rc_instance_disk

namespace rdscodec {

template <>
struct operation_traits<rds::resize_rc_instance_disk::request> {
  using request = rds::resize_rc_instance_disk::request;
  using response = rds::resize_rc_instance_disk::response;
  static constexpr std::string_view action = "ResizeRCInstanceDisk";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ResizeRCInstanceDiskResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::disk_id>{"DiskId", presence::optional},
      field<&request::dry_run>{"DryRun", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::new_size>{"NewSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::type>{"Type", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::resize_rc_instance_disk::request>());

}  // namespace rdscodec

#endif
