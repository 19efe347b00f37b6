// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSQLLogReportList (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_SQL_LOG_REPORT_LIST_HPP
#define RDSCODEC_RDS_DESCRIBE_SQL_LOG_REPORT_LIST_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_sql_log_report_list {

// DescribeSQLLogReportListResponseBody.items.item.latencyTopNItems.latencyTopNItem
struct latency_top_n_item {
  std::optional<std::int64_t> avg_latency;
  std::optional<std::int64_t> sql_execute_times;
  std::optional<std::string> sql_text;
};

// DescribeSQLLogReportListResponseBody.items.item.latencyTopNItems
struct latency_top_n_items {
  std::vector<::rdscodec::rds::describe_sql_log_report_list::latency_top_n_item> latency_top_n_item;
};

// DescribeSQLLogReportListResponseBody.items.item.QPSTopNItems.QPSTopNItem
struct qps_top_n_item {
  std::optional<std::int64_t> sql_execute_times;
  std::optional<std::string> sql_text;
};

// DescribeSQLLogReportListResponseBody.items.item.QPSTopNItems
struct qps_top_n_items {
  std::vector<::rdscodec::rds::describe_sql_log_report_list::qps_top_n_item> qps_top_n_item;
};

// DescribeSQLLogReportListResponseBody.items.item
struct item {
  std::optional<::rdscodec::rds::describe_sql_log_report_list::latency_top_n_items> latency_top_n_items;
  std::optional<::rdscodec::rds::describe_sql_log_report_list::qps_top_n_items> qps_top_n_items;
  std::optional<std::string> report_time;
};

// DescribeSQLLogReportListResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_sql_log_report_list::item> item;
};

struct request {
  std::string db_instance_id;
  std::string end_time;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string start_time;
};

struct response {
  std::optional<::rdscodec::rds::describe_sql_log_report_list::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_sql_log_report_list

namespace rdscodec {

template <>
struct object_traits<rds::describe_sql_log_report_list::latency_top_n_item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_log_report_list::latency_top_n_item::avg_latency>{"AvgLatency", presence::optional},
      field<&rds::describe_sql_log_report_list::latency_top_n_item::sql_execute_times>{"SQLExecuteTimes", presence::optional},
      field<&rds::describe_sql_log_report_list::latency_top_n_item::sql_text>{"SQLText", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_log_report_list::latency_top_n_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_log_report_list::latency_top_n_items::latency_top_n_item>{"LatencyTopNItem", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_log_report_list::qps_top_n_item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_log_report_list::qps_top_n_item::sql_execute_times>{"SQLExecuteTimes", presence::optional},
      field<&rds::describe_sql_log_report_list::qps_top_n_item::sql_text>{"SQLText", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_log_report_list::qps_top_n_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_log_report_list::qps_top_n_items::qps_top_n_item>{"QPSTopNItem", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_log_report_list::item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_log_report_list::item::latency_top_n_items>{"LatencyTopNItems", presence::optional},
      field<&rds::describe_sql_log_report_list::item::qps_top_n_items>{"QPSTopNItems", presence::optional},
      field<&rds::describe_sql_log_report_list::item::report_time>{"ReportTime", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_log_report_list::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_log_report_list::items::item>{"Item", presence::optional});
};

template <>
struct operation_traits<rds::describe_sql_log_report_list::request> {
  using request = rds::describe_sql_log_report_list::request;
  using response = rds::describe_sql_log_report_list::response;
  static constexpr std::string_view action = "DescribeSQLLogReportList";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSQLLogReportListResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 1, 50},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_sql_log_report_list::request>());

}  // namespace rdscodec

#endif
