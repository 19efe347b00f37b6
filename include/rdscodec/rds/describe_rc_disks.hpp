// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCDisks (Rds API 2014-08-15, RPC, GET)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_DISKS_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_DISKS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_disks {

// DescribeRCDisksRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

// DescribeRCDisksResponseBody.disks.tag
struct tag_2 {
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// DescribeRCDisksResponseBody.disks
struct disks {
  std::optional<std::string> attached_time;
  std::optional<bool> bursting_enabled;
  std::optional<std::string> category;
  std::optional<std::string> creation_time;
  std::optional<bool> delete_auto_snapshot;
  std::optional<bool> delete_with_instance;
  std::optional<std::string> description;
  std::optional<std::string> device;
  std::optional<std::string> disk_charge_type;
  std::optional<std::string> disk_id;
  std::optional<std::string> disk_name;
  std::optional<bool> encrypted;
  std::optional<std::string> expired_time;
  std::optional<std::int64_t> iops;
  std::optional<std::string> image_id;
  std::optional<std::string> instance_id;
  std::optional<std::string> performance_level;
  std::optional<bool> portable;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> serial_number;
  std::optional<std::int64_t> size;
  std::optional<std::string> source_snapshot_id;
  std::optional<std::string> status;
  std::optional<std::string> storage_cluster_id;
  std::optional<std::string> storage_set_id;
  std::vector<tag_2> tag;
  std::optional<std::string> type;
  std::optional<std::string> zone_id;
};

struct request {
  std::optional<std::string> disk_ids;
  std::optional<std::string> disk_type;
  std::optional<std::string> instance_id;
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> page_size;
  std::string region_id;
  std::optional<std::string> status;
  std::optional<std::vector<::rdscodec::rds::describe_rc_disks::tag>> tag;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_disks::disks> disks;
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int64_t> total_count;
};

}  // namespace rdscodec::rds::describe_rc_disks

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_disks::tag> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_disks::tag::key>{"Key", presence::optional},
      field<&rds::describe_rc_disks::tag::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_disks::tag_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_disks::tag_2::tag_key>{"TagKey", presence::optional},
      field<&rds::describe_rc_disks::tag_2::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_disks::disks> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_disks::disks::attached_time>{"AttachedTime", presence::optional},
      field<&rds::describe_rc_disks::disks::bursting_enabled>{"BurstingEnabled", presence::optional},
      field<&rds::describe_rc_disks::disks::category>{"Category", presence::optional},
      field<&rds::describe_rc_disks::disks::creation_time>{"CreationTime", presence::optional},
      field<&rds::describe_rc_disks::disks::delete_auto_snapshot>{"DeleteAutoSnapshot", presence::optional},
      field<&rds::describe_rc_disks::disks::delete_with_instance>{"DeleteWithInstance", presence::optional},
      field<&rds::describe_rc_disks::disks::description>{"Description", presence::optional},
      field<&rds::describe_rc_disks::disks::device>{"Device", presence::optional},
      field<&rds::describe_rc_disks::disks::disk_charge_type>{"DiskChargeType", presence::optional},
      field<&rds::describe_rc_disks::disks::disk_id>{"DiskId", presence::optional},
      field<&rds::describe_rc_disks::disks::disk_name>{"DiskName", presence::optional},
      field<&rds::describe_rc_disks::disks::encrypted>{"Encrypted", presence::optional},
      field<&rds::describe_rc_disks::disks::expired_time>{"ExpiredTime", presence::optional},
      field<&rds::describe_rc_disks::disks::iops>{"IOPS", presence::optional},
      field<&rds::describe_rc_disks::disks::image_id>{"ImageId", presence::optional},
      field<&rds::describe_rc_disks::disks::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_rc_disks::disks::performance_level>{"PerformanceLevel", presence::optional},
      field<&rds::describe_rc_disks::disks::portable>{"Portable", presence::optional},
      field<&rds::describe_rc_disks::disks::region_id>{"RegionId", presence::optional},
      field<&rds::describe_rc_disks::disks::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&rds::describe_rc_disks::disks::serial_number>{"SerialNumber", presence::optional},
      field<&rds::describe_rc_disks::disks::size>{"Size", presence::optional},
      field<&rds::describe_rc_disks::disks::source_snapshot_id>{"SourceSnapshotId", presence::optional},
      field<&rds::describe_rc_disks::disks::status>{"Status", presence::optional},
      field<&rds::describe_rc_disks::disks::storage_cluster_id>{"StorageClusterId", presence::optional},
      field<&rds::describe_rc_disks::disks::storage_set_id>{"StorageSetId", presence::optional},
      field<&rds::describe_rc_disks::disks::tag>{"Tag", presence::optional},
      field<&rds::describe_rc_disks::disks::type>{"Type", presence::optional},
      field<&rds::describe_rc_disks::disks::zone_id>{"ZoneId", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_disks::request> {
  using request = rds::describe_rc_disks::request;
  using response = rds::describe_rc_disks::response;
  static constexpr std::string_view action = "DescribeRCDisks";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "GET";
  static constexpr std::string_view response_root = "DescribeRCDisksResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::disk_ids>{"DiskIds", presence::optional},
      field<&request::disk_type>{"DiskType", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional, 1, 100},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::status>{"Status", presence::optional},
      field<&request::tag>{"Tag", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::disks>{"Disks", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_rc_disks::request>());

}  // namespace rdscodec

#endif
