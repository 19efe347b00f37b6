// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RemoveTagsFromResource (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_REMOVE_TAGS_FROM_RESOURCE_HPP
#define RDSCODEC_RDS_REMOVE_TAGS_FROM_RESOURCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::remove_tags_from_resource {

// RemoveTagsFromResourceRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

struct request {
  std::optional<std::vector<::rdscodec::rds::remove_tags_from_resource::tag>> tag;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> tags;
  std::optional<std::string> proxy_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::remove_tags_from_resource

namespace rdscodec {

template <>
struct object_traits<rds::remove_tags_from_resource::tag> {
  static constexpr auto fields = field_list(
      field<&rds::remove_tags_from_resource::tag::key>{"key", presence::optional},
      field<&rds::remove_tags_from_resource::tag::value>{"value", presence::optional});
};

template <>
struct operation_traits<rds::remove_tags_from_resource::request> {
  using request = rds::remove_tags_from_resource::request;
  using response = rds::remove_tags_from_resource::response;
  static constexpr std::string_view action = "RemoveTagsFromResource";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RemoveTagsFromResourceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::tag>{"Tag", presence::optional},
      field<&request::tags>{"Tags", presence::optional},
      field<&request::proxy_id>{"proxyId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::remove_tags_from_resource::request>());

}  // namespace rdscodec

#endif
