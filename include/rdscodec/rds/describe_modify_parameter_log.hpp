// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeModifyParameterLog (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_MODIFY_PARAMETER_LOG_HPP
#define RDSCODEC_RDS_DESCRIBE_MODIFY_PARAMETER_LOG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_modify_parameter_log {

// DescribeModifyParameterLogResponseBody.items.parameterChangeLog
struct parameter_change_log {
  std::optional<std::string> modify_time;
  std::optional<std::string> new_parameter_value;
  std::optional<std::string> old_parameter_value;
  std::optional<std::string> parameter_name;
  std::optional<std::string> status;
};

// DescribeModifyParameterLogResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_modify_parameter_log::parameter_change_log> parameter_change_log;
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
  std::optional<std::string> db_instance_id;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<::rdscodec::rds::describe_modify_parameter_log::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_modify_parameter_log

namespace rdscodec {

template <>
struct object_traits<rds::describe_modify_parameter_log::parameter_change_log> {
  static constexpr auto fields = field_list(
      field<&rds::describe_modify_parameter_log::parameter_change_log::modify_time>{"ModifyTime", presence::optional},
      field<&rds::describe_modify_parameter_log::parameter_change_log::new_parameter_value>{"NewParameterValue", presence::optional},
      field<&rds::describe_modify_parameter_log::parameter_change_log::old_parameter_value>{"OldParameterValue", presence::optional},
      field<&rds::describe_modify_parameter_log::parameter_change_log::parameter_name>{"ParameterName", presence::optional},
      field<&rds::describe_modify_parameter_log::parameter_change_log::status>{"Status", presence::optional});
};

template <>
struct object_traits<rds::describe_modify_parameter_log::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_modify_parameter_log::items::parameter_change_log>{"ParameterChangeLog", presence::optional});
};

template <>
struct operation_traits<rds::describe_modify_parameter_log::request> {
  using request = rds::describe_modify_parameter_log::request;
  using response = rds::describe_modify_parameter_log::response;
  static constexpr std::string_view action = "DescribeModifyParameterLog";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeModifyParameterLogResponse";
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
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::engine>{"Engine", presence::optional},
      field<&response::engine_version>{"EngineVersion", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_modify_parameter_log::request>());

}  // namespace rdscodec

#endif
