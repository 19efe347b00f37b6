// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ListTagResources (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_LIST_TAG_RESOURCES_HPP
#define RDSCODEC_RDS_LIST_TAG_RESOURCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::list_tag_resources {

// ListTagResourcesRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

// ListTagResourcesResponseBody.tagResources.tagResource
struct tag_resource {
  std::optional<std::string> resource_id;
  std::optional<std::string> resource_type;
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// ListTagResourcesResponseBody.tagResources
struct tag_resources {
  std::vector<::rdscodec::rds::list_tag_resources::tag_resource> tag_resource;
};

struct request {
  std::optional<std::string> next_token;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::vector<std::string>> resource_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string resource_type;
  std::optional<std::vector<::rdscodec::rds::list_tag_resources::tag>> tag;
};

struct response {
  std::optional<std::string> next_token;
  std::optional<std::string> request_id;
  std::optional<::rdscodec::rds::list_tag_resources::tag_resources> tag_resources;
};

}  // namespace rdscodec::rds::list_tag_resources

namespace rdscodec {

template <>
struct object_traits<rds::list_tag_resources::tag> {
  static constexpr auto fields = field_list(
      field<&rds::list_tag_resources::tag::key>{"Key", presence::optional},
      field<&rds::list_tag_resources::tag::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::list_tag_resources::tag_resource> {
  static constexpr auto fields = field_list(
      field<&rds::list_tag_resources::tag_resource::resource_id>{"ResourceId", presence::optional},
      field<&rds::list_tag_resources::tag_resource::resource_type>{"ResourceType", presence::optional},
      field<&rds::list_tag_resources::tag_resource::tag_key>{"TagKey", presence::optional},
      field<&rds::list_tag_resources::tag_resource::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::list_tag_resources::tag_resources> {
  static constexpr auto fields = field_list(
      field<&rds::list_tag_resources::tag_resources::tag_resource>{"TagResource", presence::optional});
};

template <>
struct operation_traits<rds::list_tag_resources::request> {
  using request = rds::list_tag_resources::request;
  using response = rds::list_tag_resources::response;
  static constexpr std::string_view action = "ListTagResources";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ListTagResourcesResponse";
  /// Only reads (the action begins with List; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by NextToken (client/paging.hpp).
  static constexpr bool pages_by_token = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::next_token>{"NextToken", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_id>{"ResourceId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::resource_type>{"ResourceType", presence::required},
      field<&request::tag>{"Tag", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::next_token>{"NextToken", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::tag_resources>{"TagResources", presence::optional});
};

static_assert(check_operation<rds::list_tag_resources::request>());

}  // namespace rdscodec

#endif
