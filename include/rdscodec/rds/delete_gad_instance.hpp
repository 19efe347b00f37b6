// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteGadInstance (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DELETE_GAD_INSTANCE_HPP
#define RDSCODEC_RDS_DELETE_GAD_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_gad_instance {

struct request {
  std::string gad_instance_name;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_gad_instance

namespace rdscodec {

template <>
struct operation_traits<rds::delete_gad_instance::request> {
  using request = rds::delete_gad_instance::request;
  using response = rds::delete_gad_instance::response;
  static constexpr std::string_view action = "DeleteGadInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteGadInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::gad_instance_name>{"GadInstanceName", presence::required},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_gad_instance::request>());

}  // namespace rdscodec

#endif
