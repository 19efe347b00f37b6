// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeTags (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_TAGS_HPP
#define RDSCODEC_RDS_DESCRIBE_TAGS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_tags {

// DescribeTagsResponseBody.items.tagInfos.DBInstanceIds
struct db_instance_ids {
  std::vector<std::string> db_instance_ids;
};

// DescribeTagsResponseBody.items.tagInfos
struct tag_infos {
  std::optional<::rdscodec::rds::describe_tags::db_instance_ids> db_instance_ids;
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// DescribeTagsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_tags::tag_infos> tag_infos;
};

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> resource_type;
  std::optional<std::string> tags;
  std::optional<std::string> proxy_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_tags::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_tags

namespace rdscodec {

template <>
struct object_traits<rds::describe_tags::db_instance_ids> {
  static constexpr auto fields = field_list(
      field<&rds::describe_tags::db_instance_ids::db_instance_ids>{"DBInstanceIds", presence::optional});
};

template <>
struct object_traits<rds::describe_tags::tag_infos> {
  static constexpr auto fields = field_list(
      field<&rds::describe_tags::tag_infos::db_instance_ids>{"DBInstanceIds", presence::optional},
      field<&rds::describe_tags::tag_infos::tag_key>{"TagKey", presence::optional},
      field<&rds::describe_tags::tag_infos::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::describe_tags::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_tags::items::tag_infos>{"TagInfos", presence::optional});
};

template <>
struct operation_traits<rds::describe_tags::request> {
  using request = rds::describe_tags::request;
  using response = rds::describe_tags::response;
  static constexpr std::string_view action = "DescribeTags";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeTagsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::resource_type>{"ResourceType", presence::optional},
      field<&request::tags>{"Tags", presence::optional},
      field<&request::proxy_id>{"proxyId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_tags::request>());

}  // namespace rdscodec

#endif
