// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CheckRdsCustomInit (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CHECK_RDS_CUSTOM_INIT_HPP
#define RDSCODEC_RDS_CHECK_RDS_CUSTOM_INIT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::check_rds_custom_init {

struct request {
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::string service_linked_role;
};

struct response {
  std::optional<std::string> has_service_linked_role;
  std::optional<bool> register_uid_success;
  std::optional<std::string> request_id;
  std::optional<std::string> require_service_linked_role;
};

}  // namespace rdscodec::rds::check_rds_custom_init

namespace rdscodec {

template <>
struct operation_traits<rds::check_rds_custom_init::request> {
  using request = rds::check_rds_custom_init::request;
  using response = rds::check_rds_custom_init::response;
  static constexpr std::string_view action = "CheckRdsCustomInit";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CheckRdsCustomInitResponse";
  /// Only reads (the action begins with Check; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::service_linked_role>{"ServiceLinkedRole", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::has_service_linked_role>{"HasServiceLinkedRole", presence::optional},
      field<&response::register_uid_success>{"RegisterUidSuccess", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::require_service_linked_role>{"RequireServiceLinkedRole", presence::optional});
};

static_assert(check_operation<rds::check_rds_custom_init::request>());

}  // namespace rdscodec

#endif
