// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeImportTaskValidation (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_IMPORT_TASK_VALIDATION_HPP
#define RDSCODEC_RDS_DESCRIBE_IMPORT_TASK_VALIDATION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_import_task_validation {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::int64_t task_id;
};

struct response {
  std::optional<std::string> detail;
  std::optional<std::string> request_id;
  std::optional<std::string> status;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::describe_import_task_validation

namespace rdscodec {

template <>
struct operation_traits<rds::describe_import_task_validation::request> {
  using request = rds::describe_import_task_validation::request;
  using response = rds::describe_import_task_validation::response;
  static constexpr std::string_view action = "DescribeImportTaskValidation";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeImportTaskValidationResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DbInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::task_id>{"TaskId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::detail>{"Detail", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::status>{"Status", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::describe_import_task_validation::request>());

}  // namespace rdscodec

#endif
