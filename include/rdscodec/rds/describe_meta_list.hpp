// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeMetaList (Rds API 2014-08-15, RPC, POST)
// MySQL
#ifndef RDSCODEC_RDS_DESCRIBE_META_LIST_HPP
#define RDSCODEC_RDS_DESCRIBE_META_LIST_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_meta_list {

// DescribeMetaListResponseBody.items.meta
struct meta {
  std::optional<std::string> database;
  std::optional<std::string> size;
  std::optional<std::string> tables;
};

// DescribeMetaListResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_meta_list::meta> meta;
};

struct request {
  std::optional<std::int64_t> backup_set_id;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> get_db_name;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_index;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> pattern;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> restore_time;
  std::optional<std::string> restore_type;
};

struct response {
  std::optional<std::string> db_instance_name;
  std::optional<::rdscodec::rds::describe_meta_list::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_page_count;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_meta_list

namespace rdscodec {

template <>
struct object_traits<rds::describe_meta_list::meta> {
  static constexpr auto fields = field_list(
      field<&rds::describe_meta_list::meta::database>{"Database", presence::optional},
      field<&rds::describe_meta_list::meta::size>{"Size", presence::optional},
      field<&rds::describe_meta_list::meta::tables>{"Tables", presence::optional});
};

template <>
struct object_traits<rds::describe_meta_list::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_meta_list::items::meta>{"Meta", presence::optional});
};

template <>
struct operation_traits<rds::describe_meta_list::request> {
  using request = rds::describe_meta_list::request;
  using response = rds::describe_meta_list::response;
  static constexpr std::string_view action = "DescribeMetaList";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeMetaListResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_set_id>{"BackupSetID", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::get_db_name>{"GetDbName", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_index>{"PageIndex", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::pattern>{"Pattern", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::restore_time>{"RestoreTime", presence::optional},
      field<&request::restore_type>{"RestoreType", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_name>{"DBInstanceName", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_page_count>{"TotalPageCount", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_meta_list::request>());

}  // namespace rdscodec

#endif
