// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSlowLogs (Rds API 2014-08-15, RPC, POST)
// Note This operation is not supported for RDS instances that run MySQL 5.7 on RDS Basic Edition.
#ifndef RDSCODEC_RDS_DESCRIBE_SLOW_LOGS_HPP
#define RDSCODEC_RDS_DESCRIBE_SLOW_LOGS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_slow_logs {

// DescribeSlowLogsResponseBody.items.SQLSlowLog
struct sql_slow_log {
  std::optional<std::int64_t> avg_execution_time;
  std::optional<std::int64_t> avg_io_write_counts;
  std::optional<std::int64_t> avg_last_rows_affected_counts;
  std::optional<std::int64_t> avg_logical_read_counts;
  std::optional<std::int64_t> avg_physical_read_counts;
  std::optional<std::int64_t> avg_rows_affected_counts;
  std::optional<std::string> create_time;
  std::optional<std::string> db_name;
  std::optional<std::int64_t> max_execution_time;
  std::optional<std::int64_t> max_execution_time_ms;
  std::optional<std::int64_t> max_io_write_counts;
  std::optional<std::int64_t> max_last_rows_affected_counts;
  std::optional<std::int64_t> max_lock_time;
  std::optional<std::int64_t> max_lock_time_ms;
  std::optional<std::int64_t> max_logical_read_counts;
  std::optional<std::int64_t> max_physical_read_counts;
  std::optional<std::int64_t> max_rows_affected_counts;
  std::optional<std::int64_t> min_io_write_counts;
  std::optional<std::int64_t> min_last_rows_affected_counts;
  std::optional<std::int64_t> min_logical_read_counts;
  std::optional<std::int64_t> min_physical_read_counts;
  std::optional<std::int64_t> min_rows_affected_counts;
  std::optional<std::int64_t> my_sql_total_execution_counts;
  std::optional<std::int64_t> my_sql_total_execution_times;
  std::optional<std::int64_t> parse_max_row_count;
  std::optional<std::int64_t> parse_total_row_counts;
  std::optional<std::string> report_time;
  std::optional<std::int64_t> return_max_row_count;
  std::optional<std::int64_t> return_total_row_counts;
  std::optional<std::string> sqlhash;
  std::optional<std::string> sql_id_str;
  std::optional<std::int64_t> sql_server_avg_cpu_time;
  std::optional<std::int64_t> sql_server_avg_execution_time;
  std::optional<std::int64_t> sql_server_max_cpu_time;
  std::optional<std::int64_t> sql_server_min_cpu_time;
  std::optional<std::int64_t> sql_server_min_execution_time;
  std::optional<std::int64_t> sql_server_total_cpu_time;
  std::optional<std::int64_t> sql_server_total_execution_counts;
  std::optional<std::int64_t> sql_server_total_execution_times;
  std::optional<std::string> sql_text;
  std::optional<std::int64_t> slow_log_id;
  std::optional<std::int64_t> total_io_write_counts;
  std::optional<std::int64_t> total_last_rows_affected_counts;
  std::optional<std::int64_t> total_lock_times;
  std::optional<std::int64_t> total_logical_read_counts;
  std::optional<std::int64_t> total_physical_read_counts;
  std::optional<std::int64_t> total_rows_affected_counts;
};

// DescribeSlowLogsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_slow_logs::sql_slow_log> sql_slow_log;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> db_name;
  std::string end_time;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> sort_key;
  std::string start_time;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> end_time;
  std::optional<std::string> engine;
  std::optional<::rdscodec::rds::describe_slow_logs::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::string> start_time;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_slow_logs

namespace rdscodec {

template <>
struct object_traits<rds::describe_slow_logs::sql_slow_log> {
  static constexpr auto fields = field_list(
      field<&rds::describe_slow_logs::sql_slow_log::avg_execution_time>{"AvgExecutionTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::avg_io_write_counts>{"AvgIOWriteCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::avg_last_rows_affected_counts>{"AvgLastRowsAffectedCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::avg_logical_read_counts>{"AvgLogicalReadCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::avg_physical_read_counts>{"AvgPhysicalReadCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::avg_rows_affected_counts>{"AvgRowsAffectedCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::db_name>{"DBName", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::max_execution_time>{"MaxExecutionTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::max_execution_time_ms>{"MaxExecutionTimeMS", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::max_io_write_counts>{"MaxIOWriteCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::max_last_rows_affected_counts>{"MaxLastRowsAffectedCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::max_lock_time>{"MaxLockTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::max_lock_time_ms>{"MaxLockTimeMS", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::max_logical_read_counts>{"MaxLogicalReadCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::max_physical_read_counts>{"MaxPhysicalReadCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::max_rows_affected_counts>{"MaxRowsAffectedCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::min_io_write_counts>{"MinIOWriteCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::min_last_rows_affected_counts>{"MinLastRowsAffectedCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::min_logical_read_counts>{"MinLogicalReadCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::min_physical_read_counts>{"MinPhysicalReadCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::min_rows_affected_counts>{"MinRowsAffectedCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::my_sql_total_execution_counts>{"MySQLTotalExecutionCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::my_sql_total_execution_times>{"MySQLTotalExecutionTimes", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::parse_max_row_count>{"ParseMaxRowCount", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::parse_total_row_counts>{"ParseTotalRowCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::report_time>{"ReportTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::return_max_row_count>{"ReturnMaxRowCount", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::return_total_row_counts>{"ReturnTotalRowCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sqlhash>{"SQLHASH", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sql_id_str>{"SQLIdStr", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sql_server_avg_cpu_time>{"SQLServerAvgCpuTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sql_server_avg_execution_time>{"SQLServerAvgExecutionTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sql_server_max_cpu_time>{"SQLServerMaxCpuTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sql_server_min_cpu_time>{"SQLServerMinCpuTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sql_server_min_execution_time>{"SQLServerMinExecutionTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sql_server_total_cpu_time>{"SQLServerTotalCpuTime", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sql_server_total_execution_counts>{"SQLServerTotalExecutionCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sql_server_total_execution_times>{"SQLServerTotalExecutionTimes", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::sql_text>{"SQLText", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::slow_log_id>{"SlowLogId", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::total_io_write_counts>{"TotalIOWriteCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::total_last_rows_affected_counts>{"TotalLastRowsAffectedCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::total_lock_times>{"TotalLockTimes", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::total_logical_read_counts>{"TotalLogicalReadCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::total_physical_read_counts>{"TotalPhysicalReadCounts", presence::optional},
      field<&rds::describe_slow_logs::sql_slow_log::total_rows_affected_counts>{"TotalRowsAffectedCounts", presence::optional});
};

template <>
struct object_traits<rds::describe_slow_logs::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_slow_logs::items::sql_slow_log>{"SQLSlowLog", presence::optional});
};

template <>
struct operation_traits<rds::describe_slow_logs::request> {
  using request = rds::describe_slow_logs::request;
  using response = rds::describe_slow_logs::response;
  static constexpr std::string_view action = "DescribeSlowLogs";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSlowLogsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::optional},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 65535},
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::sort_key>{"SortKey", presence::optional},
      field<&request::start_time>{"StartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::end_time>{"EndTime", presence::optional},
      field<&response::engine>{"Engine", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::start_time>{"StartTime", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_slow_logs::request>());

}  // namespace rdscodec

#endif
