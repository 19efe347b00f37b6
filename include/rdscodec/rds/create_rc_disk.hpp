// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateRCDisk (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CREATE_RC_DISK_HPP
#define RDSCODEC_RDS_CREATE_RC_DISK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_rc_disk {

// CreateRCDiskRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

struct request {
  std::optional<bool> auto_pay;
  std::optional<bool> auto_renew;
  std::optional<std::string> description;
  std::optional<std::string> disk_category;
  std::optional<std::string> disk_name;
  std::optional<std::string> instance_charge_type;
  std::optional<std::string> instance_id;
  std::optional<std::string> performance_level;
  std::optional<std::int32_t> period;
  std::optional<std::string> period_unit;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::int32_t> size;
  std::optional<std::string> snapshot_id;
  std::optional<std::vector<::rdscodec::rds::create_rc_disk::tag>> tag;
  std::optional<std::string> zone_id;
};

struct response {
  std::optional<std::string> disk_id;
  std::optional<std::string> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_rc_disk

namespace rdscodec {

template <>
struct object_traits<rds::create_rc_disk::tag> {
  static constexpr auto fields = field_list(
      field<&rds::create_rc_disk::tag::key>{"Key", presence::optional},
      field<&rds::create_rc_disk::tag::value>{"Value", presence::optional});
};

template <>
struct operation_traits<rds::create_rc_disk::request> {
  using request = rds::create_rc_disk::request;
  using response = rds::create_rc_disk::response;
  static constexpr std::string_view action = "CreateRCDisk";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateRCDiskResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::auto_renew>{"AutoRenew", presence::optional},
      field<&request::description>{"Description", presence::optional},
      field<&request::disk_category>{"DiskCategory", presence::optional},
      field<&request::disk_name>{"DiskName", presence::optional},
      field<&request::instance_charge_type>{"InstanceChargeType", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::performance_level>{"PerformanceLevel", presence::optional},
      field<&request::period>{"Period", presence::optional},
      field<&request::period_unit>{"PeriodUnit", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::size>{"Size", presence::optional},
      field<&request::snapshot_id>{"SnapshotId", presence::optional},
      field<&request::tag>{"Tag", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::disk_id>{"DiskId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_rc_disk::request>());

}  // namespace rdscodec

#endif
