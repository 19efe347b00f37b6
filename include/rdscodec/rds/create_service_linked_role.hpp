// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateServiceLinkedRole (Rds API 2014-08-15, RPC, POST)
// PostgreSQL
#ifndef RDSCODEC_RDS_CREATE_SERVICE_LINKED_ROLE_HPP
#define RDSCODEC_RDS_CREATE_SERVICE_LINKED_ROLE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_service_linked_role {

struct request {
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string service_linked_role;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_service_linked_role

namespace rdscodec {

template <>
struct operation_traits<rds::create_service_linked_role::request> {
  using request = rds::create_service_linked_role::request;
  using response = rds::create_service_linked_role::response;
  static constexpr std::string_view action = "CreateServiceLinkedRole";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateServiceLinkedRoleResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::service_linked_role>{"ServiceLinkedRole", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_service_linked_role::request>());

}  // namespace rdscodec

#endif
