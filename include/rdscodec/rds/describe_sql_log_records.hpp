// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSQLLogRecords (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_SQL_LOG_RECORDS_HPP
#define RDSCODEC_RDS_DESCRIBE_SQL_LOG_RECORDS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_sql_log_records {

// DescribeSQLLogRecordsResponseBody.items.SQLRecord
struct sql_record {
  std::optional<std::string> account_name;
  std::optional<std::string> db_name;
  std::optional<std::string> execute_time;
  std::optional<std::string> host_address;
  std::optional<std::int64_t> return_row_counts;
  std::optional<std::string> sql_text;
  std::optional<std::string> thread_id;
  std::optional<std::int64_t> total_execution_times;
};

// DescribeSQLLogRecordsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_sql_log_records::sql_record> sql_record;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> database;
  std::string end_time;
  std::optional<std::string> form;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> query_keywords;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int64_t> sql_id;
  std::string start_time;
  std::optional<std::string> user;
};

struct response {
  std::optional<::rdscodec::rds::describe_sql_log_records::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int64_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_sql_log_records

namespace rdscodec {

template <>
struct object_traits<rds::describe_sql_log_records::sql_record> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_log_records::sql_record::account_name>{"AccountName", presence::optional},
      field<&rds::describe_sql_log_records::sql_record::db_name>{"DBName", presence::optional},
      field<&rds::describe_sql_log_records::sql_record::execute_time>{"ExecuteTime", presence::optional},
      field<&rds::describe_sql_log_records::sql_record::host_address>{"HostAddress", presence::optional},
      field<&rds::describe_sql_log_records::sql_record::return_row_counts>{"ReturnRowCounts", presence::optional},
      field<&rds::describe_sql_log_records::sql_record::sql_text>{"SQLText", presence::optional},
      field<&rds::describe_sql_log_records::sql_record::thread_id>{"ThreadID", presence::optional},
      field<&rds::describe_sql_log_records::sql_record::total_execution_times>{"TotalExecutionTimes", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_log_records::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_log_records::items::sql_record>{"SQLRecord", presence::optional});
};

template <>
struct operation_traits<rds::describe_sql_log_records::request> {
  using request = rds::describe_sql_log_records::request;
  using response = rds::describe_sql_log_records::response;
  static constexpr std::string_view action = "DescribeSQLLogRecords";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSQLLogRecordsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::database>{"Database", presence::optional},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::form>{"Form", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 30, 200},
      field<&request::query_keywords>{"QueryKeywords", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::sql_id>{"SQLId", presence::optional},
      field<&request::start_time>{"StartTime", presence::required},
      field<&request::user>{"User", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_sql_log_records::request>());

}  // namespace rdscodec

#endif
