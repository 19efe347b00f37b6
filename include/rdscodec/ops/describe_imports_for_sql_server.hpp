// rdscodec: DescribeImportsForSQLServer (Rds, API version 2014-08-15).
//
// Lists an instance's import tasks and their status, a page at a time.
// Fields and types: design notes, research/api.md §5b. The SDKs read
// TotalRecordCounts and SQLItemsCounts where one documentation page writes
// TotalRecordCount and PageRecordCount: both spellings are accepted.
#ifndef RDSCODEC_OPS_DESCRIBE_IMPORTS_FOR_SQL_SERVER_HPP
#define RDSCODEC_OPS_DESCRIBE_IMPORTS_FOR_SQL_SERVER_HPP

#include <rdscodec/model/fields.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace rdscodec {

struct describe_imports_for_sql_server_request {
  std::string db_instance_id;
  /// The time range to list, e.g. "2011-06-11T15:00Z" and "2011-06-11T16:00Z".
  std::string start_time;
  std::string end_time;
  std::optional<std::int64_t> import_id;
  /// 30 to 100 (the service's default: 30).
  std::optional<std::int32_t> page_size;
  /// From 1 (the service's default: 1).
  std::optional<std::int32_t> page_number;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> owner_account;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

/// ImportStatus. Values the service may add later are kept as text and
/// reported as `unknown`, never rejected.
enum class import_status { pending, importing, success, failed, cancelling, cancelled, unknown };

/// The status a text names; both spellings the sources use are accepted
/// (Cancelling/Canceling, Cancelled/Canceled).
constexpr import_status to_import_status(std::string_view s) noexcept {
  if (s == "Pending") return import_status::pending;
  if (s == "Importing") return import_status::importing;
  if (s == "Success") return import_status::success;
  if (s == "Failed") return import_status::failed;
  if (s == "Cancelling" || s == "Canceling") return import_status::cancelling;
  if (s == "Cancelled" || s == "Canceled") return import_status::cancelled;
  return import_status::unknown;
}

/// The documented spelling of a status ("Cancelled", ...); "" for unknown.
constexpr std::string_view to_string(import_status s) noexcept {
  switch (s) {
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

struct sql_server_import {
  std::optional<std::int64_t> import_id;
  std::optional<std::string> file_name;
  std::optional<std::string> db_name;
  /// As the service wrote it; status() classifies it.
  std::optional<std::string> import_status_text;
  std::optional<std::string> start_time;

  import_status status() const noexcept {
    return import_status_text ? to_import_status(*import_status_text) : import_status::unknown;
  }
};

template <>
struct item_traits<sql_server_import> {
  static constexpr auto fields = std::make_tuple(
      field<&sql_server_import::db_name>{"DBName", presence::optional},
      field<&sql_server_import::file_name>{"FileName", presence::optional},
      field<&sql_server_import::import_id>{"ImportId", presence::optional},
      field<&sql_server_import::import_status_text>{"ImportStatus", presence::optional},
      field<&sql_server_import::start_time>{"StartTime", presence::optional});
};

struct describe_imports_for_sql_server_response {
  std::string request_id;
  std::optional<std::int64_t> total_record_counts;
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> sql_items_counts;
  std::vector<sql_server_import> items;
};

template <>
struct operation_traits<describe_imports_for_sql_server_request> {
  using request = describe_imports_for_sql_server_request;
  using response = describe_imports_for_sql_server_response;
  static constexpr std::string_view action = "DescribeImportsForSQLServer";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view response_root = "DescribeImportsForSQLServerResponse";
  static constexpr std::int64_t id_max = std::numeric_limits<std::int64_t>::max();
  static constexpr std::int64_t int32_max = std::numeric_limits<std::int32_t>::max();
  static constexpr auto fields = std::make_tuple(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::import_id>{"ImportId", presence::optional, 0, id_max},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional, 0, id_max},
      field<&request::page_number>{"PageNumber", presence::optional, 1, int32_max},
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional, 0, id_max},
      field<&request::start_time>{"StartTime", presence::required});
  static constexpr auto response_fields = std::make_tuple(
      field<&response::request_id>{"RequestId", presence::required},
      field<&response::total_record_counts>{"TotalRecordCounts", presence::optional, 0, id_max, "TotalRecordCount"},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::sql_items_counts>{"SQLItemsCounts", presence::optional, 0, id_max, "PageRecordCount"},
      list_field<&response::items>{"Items", "SQLServerImport"});
};

static_assert(check_operation<describe_imports_for_sql_server_request>());

}  // namespace rdscodec

#endif
