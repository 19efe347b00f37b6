// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeErrorLogs (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_ERROR_LOGS_HPP
#define RDSCODEC_RDS_DESCRIBE_ERROR_LOGS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_error_logs {

// DescribeErrorLogsResponseBody.items.errorLog
struct error_log {
  std::optional<std::string> create_time;
  std::optional<std::string> database;
  std::optional<std::string> error_info;
  std::optional<std::string> user;
  std::optional<std::string> user_ip;
};

// DescribeErrorLogsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_error_logs::error_log> error_log;
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
  std::optional<::rdscodec::rds::describe_error_logs::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_error_logs

namespace rdscodec {

template <>
struct object_traits<rds::describe_error_logs::error_log> {
  static constexpr auto fields = field_list(
      field<&rds::describe_error_logs::error_log::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_error_logs::error_log::database>{"Database", presence::optional},
      field<&rds::describe_error_logs::error_log::error_info>{"ErrorInfo", presence::optional},
      field<&rds::describe_error_logs::error_log::user>{"User", presence::optional},
      field<&rds::describe_error_logs::error_log::user_ip>{"UserIp", presence::optional});
};

template <>
struct object_traits<rds::describe_error_logs::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_error_logs::items::error_log>{"ErrorLog", presence::optional});
};

template <>
struct operation_traits<rds::describe_error_logs::request> {
  using request = rds::describe_error_logs::request;
  using response = rds::describe_error_logs::response;
  static constexpr std::string_view action = "DescribeErrorLogs";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeErrorLogsResponse";
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
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
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

static_assert(check_operation<rds::describe_error_logs::request>());

}  // namespace rdscodec

#endif
