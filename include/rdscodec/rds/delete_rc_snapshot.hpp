// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteRCSnapshot (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, take note of the following items:
#ifndef RDSCODEC_RDS_DELETE_RC_SNAPSHOT_HPP
#define RDSCODEC_RDS_DELETE_RC_SNAPSHOT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_rc_snapshot {

struct request {
  std::optional<bool> force;
  std::string region_id;
  std::string snapshot_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_rc_snapshot

namespace rdscodec {

template <>
struct operation_traits<rds::delete_rc_snapshot::request> {
  using request = rds::delete_rc_snapshot::request;
  using response = rds::delete_rc_snapshot::response;
  static constexpr std::string_view action = "DeleteRCSnapshot";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteRCSnapshotResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::force>{"Force", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::snapshot_id>{"SnapshotId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_rc_snapshot::request>());

}  // namespace rdscodec

#endif
