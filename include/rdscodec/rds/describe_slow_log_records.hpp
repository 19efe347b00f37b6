// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSlowLogRecords (Rds API 2014-08-15, RPC, POST)
// The response parameters returned by this operation are updated every minute.
#ifndef RDSCODEC_RDS_DESCRIBE_SLOW_LOG_RECORDS_HPP
#define RDSCODEC_RDS_DESCRIBE_SLOW_LOG_RECORDS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_slow_log_records {

// DescribeSlowLogRecordsResponseBody.items.SQLSlowRecord
struct sql_slow_record {
  std::optional<std::string> application_name;
  std::optional<std::string> client_host_name;
  std::optional<std::int64_t> cpu_time;
  std::optional<std::string> db_name;
  std::optional<std::string> execution_start_time;
  std::optional<std::string> host_address;
  std::optional<std::int64_t> last_rows_affected_count;
  std::optional<std::int64_t> lock_time_ms;
  std::optional<std::int64_t> lock_times;
  std::optional<std::int64_t> logical_io_read;
  std::optional<std::int64_t> parse_row_counts;
  std::optional<std::int64_t> physical_io_read;
  std::optional<std::int64_t> query_time_ms;
  std::optional<std::int64_t> query_times;
  std::optional<std::int64_t> return_row_counts;
  std::optional<std::int64_t> rows_affected_count;
  std::optional<std::string> sql_hash;
  std::optional<std::string> sql_text;
  std::optional<std::string> user_name;
  std::optional<std::int64_t> write_io_count;
};

// DescribeSlowLogRecordsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_slow_log_records::sql_slow_record> sql_slow_record;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> db_name;
  std::string end_time;
  std::optional<std::string> node_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> sqlhash;
  std::string start_time;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> engine;
  std::optional<::rdscodec::rds::describe_slow_log_records::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_slow_log_records

namespace rdscodec {

template <>
struct object_traits<rds::describe_slow_log_records::sql_slow_record> {
  static constexpr auto fields = field_list(
      field<&rds::describe_slow_log_records::sql_slow_record::application_name>{"ApplicationName", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::client_host_name>{"ClientHostName", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::cpu_time>{"CpuTime", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::db_name>{"DBName", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::execution_start_time>{"ExecutionStartTime", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::host_address>{"HostAddress", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::last_rows_affected_count>{"LastRowsAffectedCount", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::lock_time_ms>{"LockTimeMS", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::lock_times>{"LockTimes", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::logical_io_read>{"LogicalIORead", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::parse_row_counts>{"ParseRowCounts", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::physical_io_read>{"PhysicalIORead", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::query_time_ms>{"QueryTimeMS", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::query_times>{"QueryTimes", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::return_row_counts>{"ReturnRowCounts", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::rows_affected_count>{"RowsAffectedCount", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::sql_hash>{"SQLHash", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::sql_text>{"SQLText", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::user_name>{"UserName", presence::optional},
      field<&rds::describe_slow_log_records::sql_slow_record::write_io_count>{"WriteIOCount", presence::optional});
};

template <>
struct object_traits<rds::describe_slow_log_records::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_slow_log_records::items::sql_slow_record>{"SQLSlowRecord", presence::optional});
};

template <>
struct operation_traits<rds::describe_slow_log_records::request> {
  using request = rds::describe_slow_log_records::request;
  using response = rds::describe_slow_log_records::response;
  static constexpr std::string_view action = "DescribeSlowLogRecords";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSlowLogRecordsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::optional},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::node_id>{"NodeId", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::sqlhash>{"SQLHASH", presence::optional},
      field<&request::start_time>{"StartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::engine>{"Engine", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_slow_log_records::request>());

}  // namespace rdscodec

#endif
