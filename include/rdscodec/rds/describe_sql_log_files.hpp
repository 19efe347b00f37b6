// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSQLLogFiles (Rds API 2014-08-15, RPC, POST)
// Note If your instance runs SQL Server, only SQL Server 2008 R2 is supported.
#ifndef RDSCODEC_RDS_DESCRIBE_SQL_LOG_FILES_HPP
#define RDSCODEC_RDS_DESCRIBE_SQL_LOG_FILES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_sql_log_files {

// DescribeSQLLogFilesResponseBody.items.logFile
struct log_file {
  std::optional<std::string> file_id;
  std::optional<std::string> log_download_url;
  std::optional<std::string> log_end_time;
  std::optional<std::string> log_size;
  std::optional<std::string> log_start_time;
  std::optional<std::string> log_status;
};

// DescribeSQLLogFilesResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_sql_log_files::log_file> log_file;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> file_name;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_sql_log_files::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_sql_log_files

namespace rdscodec {

template <>
struct object_traits<rds::describe_sql_log_files::log_file> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_log_files::log_file::file_id>{"FileID", presence::optional},
      field<&rds::describe_sql_log_files::log_file::log_download_url>{"LogDownloadURL", presence::optional},
      field<&rds::describe_sql_log_files::log_file::log_end_time>{"LogEndTime", presence::optional},
      field<&rds::describe_sql_log_files::log_file::log_size>{"LogSize", presence::optional},
      field<&rds::describe_sql_log_files::log_file::log_start_time>{"LogStartTime", presence::optional},
      field<&rds::describe_sql_log_files::log_file::log_status>{"LogStatus", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_log_files::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_log_files::items::log_file>{"LogFile", presence::optional});
};

template <>
struct operation_traits<rds::describe_sql_log_files::request> {
  using request = rds::describe_sql_log_files::request;
  using response = rds::describe_sql_log_files::response;
  static constexpr std::string_view action = "DescribeSQLLogFiles";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSQLLogFilesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::file_name>{"FileName", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 30, 200},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_sql_log_files::request>());

}  // namespace rdscodec

#endif
