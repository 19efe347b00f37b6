// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// TagResources (Rds API 2014-08-15, RPC, POST)
// : Before you call this operation, carefully read the following documentation. Make sure that you
// fully understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_TAG_RESOURCES_HPP
#define RDSCODEC_RDS_TAG_RESOURCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::tag_resources {

// TagResourcesRequest.tag
struct tag {
  std::string key;
  std::optional<std::string> value;
};

struct request {
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::vector<std::string> resource_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string resource_type;
  std::optional<std::vector<::rdscodec::rds::tag_resources::tag>> tag;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::tag_resources

namespace rdscodec {

template <>
struct object_traits<rds::tag_resources::tag> {
  static constexpr auto fields = field_list(
      field<&rds::tag_resources::tag::key>{"Key", presence::required},
      field<&rds::tag_resources::tag::value>{"Value", presence::optional});
};

template <>
struct operation_traits<rds::tag_resources::request> {
  using request = rds::tag_resources::request;
  using response = rds::tag_resources::response;
  static constexpr std::string_view action = "TagResources";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "TagResourcesResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_id>{"ResourceId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::resource_type>{"ResourceType", presence::required},
      field<&request::tag>{"Tag", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::tag_resources::request>());

}  // namespace rdscodec

#endif
