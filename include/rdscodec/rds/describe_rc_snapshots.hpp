// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCSnapshots (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_SNAPSHOTS_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_SNAPSHOTS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_snapshots {

// DescribeRCSnapshotsRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

// DescribeRCSnapshotsResponseBody.snapshots.tag
struct tag_2 {
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// DescribeRCSnapshotsResponseBody.snapshots
struct snapshots {
  std::optional<bool> available;
  std::optional<std::string> category;
  std::optional<std::string> creation_time;
  std::optional<std::string> description;
  std::optional<bool> encrypted;
  std::optional<bool> instant_access;
  std::optional<std::string> last_modified_time;
  std::optional<std::string> progress;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> snapshot_id;
  std::optional<std::string> snapshot_name;
  std::optional<std::string> snapshot_type;
  std::optional<std::string> source_disk_id;
  std::optional<std::int64_t> source_disk_size;
  std::optional<std::string> source_disk_type;
  std::optional<std::string> source_storage_type;
  std::optional<std::string> status;
  std::vector<tag_2> tag;
  std::optional<std::string> usage;
};

struct request {
  std::optional<std::string> disk_id;
  std::optional<std::string> instance_id;
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> snapshot_ids;
  std::optional<std::vector<::rdscodec::rds::describe_rc_snapshots::tag>> tag;
};

struct response {
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> page_size;
  std::optional<std::string> request_id;
  std::vector<::rdscodec::rds::describe_rc_snapshots::snapshots> snapshots;
  std::optional<std::int64_t> total_count;
};

}  // namespace rdscodec::rds::describe_rc_snapshots

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_snapshots::tag> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_snapshots::tag::key>{"Key", presence::optional},
      field<&rds::describe_rc_snapshots::tag::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_snapshots::tag_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_snapshots::tag_2::tag_key>{"TagKey", presence::optional},
      field<&rds::describe_rc_snapshots::tag_2::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_snapshots::snapshots> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_snapshots::snapshots::available>{"Available", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::category>{"Category", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::creation_time>{"CreationTime", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::description>{"Description", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::encrypted>{"Encrypted", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::instant_access>{"InstantAccess", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::last_modified_time>{"LastModifiedTime", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::progress>{"Progress", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::region_id>{"RegionId", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::snapshot_id>{"SnapshotId", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::snapshot_name>{"SnapshotName", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::snapshot_type>{"SnapshotType", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::source_disk_id>{"SourceDiskId", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::source_disk_size>{"SourceDiskSize", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::source_disk_type>{"SourceDiskType", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::source_storage_type>{"SourceStorageType", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::status>{"Status", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::tag>{"Tag", presence::optional},
      field<&rds::describe_rc_snapshots::snapshots::usage>{"Usage", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_snapshots::request> {
  using request = rds::describe_rc_snapshots::request;
  using response = rds::describe_rc_snapshots::response;
  static constexpr std::string_view action = "DescribeRCSnapshots";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCSnapshotsResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::disk_id>{"DiskId", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional, 1, 50},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::snapshot_ids>{"SnapshotIds", presence::optional},
      field<&request::tag>{"Tag", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::snapshots>{"Snapshots", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_rc_snapshots::request>());

}  // namespace rdscodec

#endif
