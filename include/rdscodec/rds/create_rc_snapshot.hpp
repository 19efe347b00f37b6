// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateRCSnapshot (Rds API 2014-08-15, RPC, POST)
// In the following scenarios, you cannot create snapshots for a specific disk:
#ifndef RDSCODEC_RDS_CREATE_RC_SNAPSHOT_HPP
#define RDSCODEC_RDS_CREATE_RC_SNAPSHOT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_rc_snapshot {

// CreateRCSnapshotRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

struct request {
  std::optional<std::string> description;
  std::optional<std::string> disk_id;
  std::optional<bool> instant_access;
  std::optional<std::int32_t> instant_access_retention_days;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::int32_t> retention_days;
  std::optional<std::vector<::rdscodec::rds::create_rc_snapshot::tag>> tag;
  std::optional<std::string> zone_id;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::string> snapshot_id;
};

}  // namespace rdscodec::rds::create_rc_snapshot

namespace rdscodec {

template <>
struct object_traits<rds::create_rc_snapshot::tag> {
  static constexpr auto fields = field_list(
      field<&rds::create_rc_snapshot::tag::key>{"Key", presence::optional},
      field<&rds::create_rc_snapshot::tag::value>{"Value", presence::optional});
};

template <>
struct operation_traits<rds::create_rc_snapshot::request> {
  using request = rds::create_rc_snapshot::request;
  using response = rds::create_rc_snapshot::response;
  static constexpr std::string_view action = "CreateRCSnapshot";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateRCSnapshotResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::description>{"Description", presence::optional},
      field<&request::disk_id>{"DiskId", presence::optional},
      field<&request::instant_access>{"InstantAccess", presence::optional},
      field<&request::instant_access_retention_days>{"InstantAccessRetentionDays", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::retention_days>{"RetentionDays", presence::optional},
      field<&request::tag>{"Tag", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::snapshot_id>{"SnapshotId", presence::optional});
};

static_assert(check_operation<rds::create_rc_snapshot::request>());

}  // namespace rdscodec

#endif
