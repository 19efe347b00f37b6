// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceByTags (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_BY_TAGS_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_BY_TAGS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_by_tags {

// DescribeDBInstanceByTagsResponseBody.items.DBInstanceTag.tags.tag
struct tag {
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// DescribeDBInstanceByTagsResponseBody.items.DBInstanceTag.tags
struct tags {
  std::vector<::rdscodec::rds::describe_db_instance_by_tags::tag> tag;
};

// DescribeDBInstanceByTagsResponseBody.items.DBInstanceTag
struct db_instance_tag {
  std::optional<std::string> db_instance_id;
  std::optional<::rdscodec::rds::describe_db_instance_by_tags::tags> tags;
};

// DescribeDBInstanceByTagsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_db_instance_by_tags::db_instance_tag> db_instance_tag;
};

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> proxy_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instance_by_tags::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_db_instance_by_tags

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_by_tags::tag> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_by_tags::tag::tag_key>{"TagKey", presence::optional},
      field<&rds::describe_db_instance_by_tags::tag::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_by_tags::tags> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_by_tags::tags::tag>{"Tag", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_by_tags::db_instance_tag> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_by_tags::db_instance_tag::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_db_instance_by_tags::db_instance_tag::tags>{"Tags", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_by_tags::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_by_tags::items::db_instance_tag>{"DBInstanceTag", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_by_tags::request> {
  using request = rds::describe_db_instance_by_tags::request;
  using response = rds::describe_db_instance_by_tags::response;
  static constexpr std::string_view action = "DescribeDBInstanceByTags";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceByTagsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 0, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 1, 100},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::proxy_id>{"proxyId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_by_tags::request>());

}  // namespace rdscodec

#endif
