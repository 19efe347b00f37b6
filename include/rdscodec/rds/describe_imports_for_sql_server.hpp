// generated from spec/rds-20140815/main-2023-10-19.tea by tools/codegen/generate.js — do not edit
//
// DescribeImportsForSQLServer (Rds API 2014-08-15, RPC, POST)
// Refined by tools/codegen/overrides.json (each rule there says why):
//   request.ImportId: long, 0..9223372036854775807
//   response.Items.SQLServerImport.ImportId: long
//   request.OwnerId: 0..9223372036854775807
//   request.ResourceOwnerId: 0..9223372036854775807
//   response.RequestId: required
//   request.DBInstanceId: required
//   request.StartTime: required
//   request.EndTime: required
//   request.PageSize: 30..100
//   request.PageNumber: 1..2147483647
//   response.TotalRecordCounts: long, 0..9223372036854775807, also read as TotalRecordCount
//   response.SQLItemsCounts: long, 0..9223372036854775807, also read as PageRecordCount
//   response.PageRecordCount: left out
//   response.PageNumber: long
//   response.Items: a list of SQLServerImport
//   response.Items.SQLServerImport.ImportStatus: member import_status_text
//   response fields in the order RequestId, TotalRecordCounts, PageNumber, SQLItemsCounts, Items
//   response.Items.SQLServerImport.ImportStatus: classified by status() as import_status
#ifndef RDSCODEC_RDS_DESCRIBE_IMPORTS_FOR_SQL_SERVER_HPP
#define RDSCODEC_RDS_DESCRIBE_IMPORTS_FOR_SQL_SERVER_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_imports_for_sql_server {

/// ImportStatus (tools/codegen/overrides.json: enums). A text no value spells is
/// unknown, never an error.
enum class import_status { pending, importing, success, failed, cancelling, cancelled, unknown };

/// The value a text spells (exact, case-sensitive); import_status::unknown for any other text.
constexpr import_status to_import_status(std::string_view s) noexcept {
  if (s == "Pending") return import_status::pending;
  if (s == "Importing") return import_status::importing;
  if (s == "Success") return import_status::success;
  if (s == "Failed") return import_status::failed;
  if (s == "Cancelling" || s == "Canceling") return import_status::cancelling;
  if (s == "Cancelled" || s == "Canceled") return import_status::cancelled;
  return import_status::unknown;
}

/// The first spelling of a value; "" for unknown.
constexpr std::string_view to_string(import_status v) noexcept {
  switch (v) {
    case import_status::pending: return "Pending";
    case import_status::importing: return "Importing";
    case import_status::success: return "Success";
    case import_status::failed: return "Failed";
    case import_status::cancelling: return "Cancelling";
    case import_status::cancelled: return "Cancelled";
    case import_status::unknown: return "";
  }
  return "";
}

// DescribeImportsForSQLServerResponseBody.items.SQLServerImport
struct sql_server_import {
  std::optional<std::string> db_name;
  std::optional<std::string> file_name;
  std::optional<std::int64_t> import_id;
  std::optional<std::string> import_status_text;
  std::optional<std::string> start_time;

  /// import_status_text classified (tools/codegen/overrides.json: enums).
  import_status status() const noexcept {
    return import_status_text ? to_import_status(*import_status_text) : import_status::unknown;
  }
};

struct request {
  std::string db_instance_id;
  std::string end_time;
  std::optional<std::int64_t> import_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string start_time;
};

struct response {
  std::string request_id;
  std::optional<std::int64_t> total_record_counts;
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> sql_items_counts;
  std::vector<sql_server_import> items;
};

}  // namespace rdscodec::rds::describe_imports_for_sql_server

namespace rdscodec {

template <>
struct object_traits<rds::describe_imports_for_sql_server::sql_server_import> {
  static constexpr auto fields = field_list(
      field<&rds::describe_imports_for_sql_server::sql_server_import::db_name>{"DBName", presence::optional},
      field<&rds::describe_imports_for_sql_server::sql_server_import::file_name>{"FileName", presence::optional},
      field<&rds::describe_imports_for_sql_server::sql_server_import::import_id>{"ImportId", presence::optional},
      field<&rds::describe_imports_for_sql_server::sql_server_import::import_status_text>{"ImportStatus", presence::optional},
      field<&rds::describe_imports_for_sql_server::sql_server_import::start_time>{"StartTime", presence::optional});
};

template <>
struct operation_traits<rds::describe_imports_for_sql_server::request> {
  using request = rds::describe_imports_for_sql_server::request;
  using response = rds::describe_imports_for_sql_server::response;
  static constexpr std::string_view action = "DescribeImportsForSQLServer";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeImportsForSQLServerResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCounts counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCounts";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::import_id>{"ImportId", presence::optional, 0, 9223372036854775807},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional, 0, 9223372036854775807},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional, 0, 9223372036854775807},
      field<&request::start_time>{"StartTime", presence::required});
  // In the order of overrides.json (response_order).
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::required},
      field<&response::total_record_counts>{"TotalRecordCounts", presence::optional, 0, 9223372036854775807, "TotalRecordCount"},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::sql_items_counts>{"SQLItemsCounts", presence::optional, 0, 9223372036854775807, "PageRecordCount"},
      list_field<&response::items>{"Items", "SQLServerImport"});
};

static_assert(check_operation<rds::describe_imports_for_sql_server::request>());

// The names this operation had before it was generated (tools/codegen/overrides.json: legacy_names).
using describe_imports_for_sql_server_request = rds::describe_imports_for_sql_server::request;
using describe_imports_for_sql_server_response = rds::describe_imports_for_sql_server::response;
using sql_server_import = rds::describe_imports_for_sql_server::sql_server_import;
using import_status = rds::describe_imports_for_sql_server::import_status;
using rds::describe_imports_for_sql_server::to_import_status;
using rds::describe_imports_for_sql_server::to_string;

}  // namespace rdscodec

#endif
