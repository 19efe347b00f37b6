// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// UntagResources (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_UNTAG_RESOURCES_HPP
#define RDSCODEC_RDS_UNTAG_RESOURCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::untag_resources {

struct request {
  std::optional<bool> all;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::vector<std::string> resource_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string resource_type;
  std::optional<std::vector<std::string>> tag_key;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::untag_resources

namespace rdscodec {

template <>
struct operation_traits<rds::untag_resources::request> {
  using request = rds::untag_resources::request;
  using response = rds::untag_resources::response;
  static constexpr std::string_view action = "UntagResources";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "UntagResourcesResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::all>{"All", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_id>{"ResourceId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::resource_type>{"ResourceType", presence::required},
      field<&request::tag_key>{"TagKey", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::untag_resources::request>());

}  // namespace rdscodec

#endif
