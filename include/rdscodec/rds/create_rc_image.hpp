// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateRCImage (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CREATE_RC_IMAGE_HPP
#define RDSCODEC_RDS_CREATE_RC_IMAGE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_rc_image {

struct request {
  std::optional<std::string> image_name;
  std::optional<std::string> instance_id;
  std::optional<std::string> region_id;
  std::optional<std::string> snapshot_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_rc_image

namespace rdscodec {

template <>
struct operation_traits<rds::create_rc_image::request> {
  using request = rds::create_rc_image::request;
  using response = rds::create_rc_image::response;
  static constexpr std::string_view action = "CreateRCImage";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateRCImageResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::image_name>{"ImageName", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::snapshot_id>{"SnapshotId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_rc_image::request>());

}  // namespace rdscodec

#endif
