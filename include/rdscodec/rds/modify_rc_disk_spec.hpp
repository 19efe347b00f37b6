// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCDiskSpec (Rds API 2014-08-15, RPC, POST)
// To minimize the impacts on your business, we recommend that you change specifications during
// off-peak hours.
#ifndef RDSCODEC_RDS_MODIFY_RC_DISK_SPEC_HPP
#define RDSCODEC_RDS_MODIFY_RC_DISK_SPEC_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_disk_spec {

struct request {
  std::optional<bool> auto_pay;
  std::optional<std::string> disk_category;
  std::optional<std::string> disk_id;
  std::optional<bool> dry_run;
  std::optional<std::string> performance_level;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::int64_t> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_disk_spec

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_disk_spec::request> {
  using request = rds::modify_rc_disk_spec::request;
  using response = rds::modify_rc_disk_spec::response;
  static constexpr std::string_view action = "ModifyRCDiskSpec";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCDiskSpecResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::disk_category>{"DiskCategory", presence::optional},
      field<&request::disk_id>{"DiskId", presence::optional},
      field<&request::dry_run>{"DryRun", presence::optional},
      field<&request::performance_level>{"PerformanceLevel", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_disk_spec::request>());

}  // namespace rdscodec

#endif
