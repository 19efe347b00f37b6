// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeImportTask (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_IMPORT_TASK_HPP
#define RDSCODEC_RDS_DESCRIBE_IMPORT_TASK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_import_task {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::string task_id;
};

struct response {
  std::optional<std::string> account;
  std::optional<std::string> db_version;
  std::optional<std::string> detail;
  std::optional<std::string> request_id;
  std::optional<std::string> source_category;
  std::optional<std::string> source_ip;
  std::optional<std::string> source_port;
  std::optional<std::string> status;
  std::optional<std::string> target_instance_name;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
  std::optional<std::string> task_type;
};

}  // namespace rdscodec::rds::describe_import_task

namespace rdscodec {

template <>
struct operation_traits<rds::describe_import_task::request> {
  using request = rds::describe_import_task::request;
  using response = rds::describe_import_task::response;
  static constexpr std::string_view action = "DescribeImportTask";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeImportTaskResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::task_id>{"TaskId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::account>{"Account", presence::optional},
      field<&response::db_version>{"DbVersion", presence::optional},
      field<&response::detail>{"Detail", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::source_category>{"SourceCategory", presence::optional},
      field<&response::source_ip>{"SourceIp", presence::optional},
      field<&response::source_port>{"SourcePort", presence::optional},
      field<&response::status>{"Status", presence::optional},
      field<&response::target_instance_name>{"TargetInstanceName", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional},
      field<&response::task_name>{"TaskName", presence::optional},
      field<&response::task_type>{"TaskType", presence::optional});
};

static_assert(check_operation<rds::describe_import_task::request>());

}  // namespace rdscodec

#endif
