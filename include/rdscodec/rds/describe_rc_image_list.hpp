// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCImageList (Rds API 2014-08-15, RPC, GET)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_IMAGE_LIST_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_IMAGE_LIST_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_image_list {

// DescribeRCImageListResponseBody.images.diskDeviceMappings
struct disk_device_mappings {
  std::optional<std::string> device;
  std::optional<std::string> size;
  std::optional<std::string> type;
};

// DescribeRCImageListResponseBody.images
struct images {
  std::optional<std::string> architecture;
  std::optional<std::string> creation_time;
  std::optional<std::string> description;
  std::vector<::rdscodec::rds::describe_rc_image_list::disk_device_mappings> disk_device_mappings;
  std::optional<std::string> image_id;
  std::optional<std::string> image_name;
  std::optional<std::string> image_version;
  std::optional<bool> is_public;
  std::optional<bool> is_support_rds_custom;
  std::optional<std::string> os_name;
  std::optional<std::string> os_name_en;
  std::optional<std::string> os_type;
  std::optional<std::string> platform;
  std::optional<std::int64_t> size;
  std::optional<std::string> status;
  std::optional<std::string> usage;
};

struct request {
  std::optional<std::string> architecture;
  std::optional<std::string> image_id;
  std::optional<std::string> image_name;
  std::optional<std::string> instance_type;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region_id;
  std::optional<std::string> type;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_image_list::images> images;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
};

}  // namespace rdscodec::rds::describe_rc_image_list

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_image_list::disk_device_mappings> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_image_list::disk_device_mappings::device>{"Device", presence::optional},
      field<&rds::describe_rc_image_list::disk_device_mappings::size>{"Size", presence::optional},
      field<&rds::describe_rc_image_list::disk_device_mappings::type>{"Type", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_image_list::images> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_image_list::images::architecture>{"Architecture", presence::optional},
      field<&rds::describe_rc_image_list::images::creation_time>{"CreationTime", presence::optional},
      field<&rds::describe_rc_image_list::images::description>{"Description", presence::optional},
      field<&rds::describe_rc_image_list::images::disk_device_mappings>{"DiskDeviceMappings", presence::optional},
      field<&rds::describe_rc_image_list::images::image_id>{"ImageId", presence::optional},
      field<&rds::describe_rc_image_list::images::image_name>{"ImageName", presence::optional},
      field<&rds::describe_rc_image_list::images::image_version>{"ImageVersion", presence::optional},
      field<&rds::describe_rc_image_list::images::is_public>{"IsPublic", presence::optional},
      field<&rds::describe_rc_image_list::images::is_support_rds_custom>{"IsSupportRdsCustom", presence::optional},
      field<&rds::describe_rc_image_list::images::os_name>{"OSName", presence::optional},
      field<&rds::describe_rc_image_list::images::os_name_en>{"OSNameEn", presence::optional},
      field<&rds::describe_rc_image_list::images::os_type>{"OSType", presence::optional},
      field<&rds::describe_rc_image_list::images::platform>{"Platform", presence::optional},
      field<&rds::describe_rc_image_list::images::size>{"Size", presence::optional},
      field<&rds::describe_rc_image_list::images::status>{"Status", presence::optional},
      field<&rds::describe_rc_image_list::images::usage>{"Usage", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_image_list::request> {
  using request = rds::describe_rc_image_list::request;
  using response = rds::describe_rc_image_list::response;
  static constexpr std::string_view action = "DescribeRCImageList";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "GET";
  static constexpr std::string_view response_root = "DescribeRCImageListResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::architecture>{"Architecture", presence::optional},
      field<&request::image_id>{"ImageId", presence::optional},
      field<&request::image_name>{"ImageName", presence::optional},
      field<&request::instance_type>{"InstanceType", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional, std::numeric_limits<std::int64_t>::min(), 50},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::type>{"Type", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::images>{"Images", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_rc_image_list::request>());

}  // namespace rdscodec

#endif
