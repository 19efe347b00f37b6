// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RdsCustomInit (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_RDS_CUSTOM_INIT_HPP
#define RDSCODEC_RDS_RDS_CUSTOM_INIT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::rds_custom_init {

struct request {
  std::string region_id;
  std::string service_linked_role;
};

struct response {
  std::optional<bool> register_uid_success;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::rds_custom_init

namespace rdscodec {

template <>
struct operation_traits<rds::rds_custom_init::request> {
  using request = rds::rds_custom_init::request;
  using response = rds::rds_custom_init::response;
  static constexpr std::string_view action = "RdsCustomInit";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RdsCustomInitResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::service_linked_role>{"ServiceLinkedRole", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::register_uid_success>{"RegisterUidSuccess", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::rds_custom_init::request>());

}  // namespace rdscodec

#endif
