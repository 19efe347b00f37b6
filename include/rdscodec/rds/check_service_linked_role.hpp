// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CheckServiceLinkedRole (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CHECK_SERVICE_LINKED_ROLE_HPP
#define RDSCODEC_RDS_CHECK_SERVICE_LINKED_ROLE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::check_service_linked_role {

struct request {
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string service_linked_role;
};

struct response {
  std::optional<std::string> has_service_linked_role;
  std::optional<std::string> request_id;
  std::optional<std::string> require_service_linked_role;
};

}  // namespace rdscodec::rds::check_service_linked_role

namespace rdscodec {

template <>
struct operation_traits<rds::check_service_linked_role::request> {
  using request = rds::check_service_linked_role::request;
  using response = rds::check_service_linked_role::response;
  static constexpr std::string_view action = "CheckServiceLinkedRole";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CheckServiceLinkedRoleResponse";
  /// Only reads (the action begins with Check; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::service_linked_role>{"ServiceLinkedRole", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::has_service_linked_role>{"HasServiceLinkedRole", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::require_service_linked_role>{"RequireServiceLinkedRole", presence::optional});
};

static_assert(check_operation<rds::check_service_linked_role::request>());

}  // namespace rdscodec

#endif
