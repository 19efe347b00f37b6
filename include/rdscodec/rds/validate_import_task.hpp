// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ValidateImportTask (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_VALIDATE_IMPORT_TASK_HPP
#define RDSCODEC_RDS_VALIDATE_IMPORT_TASK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::validate_import_task {

struct request {
  std::string db_instance_id;
  std::optional<std::int32_t> estimated_size;
  std::string host;
  std::optional<std::int64_t> owner_id;
  std::string password;
  std::int32_t port;
  std::string region_id;
  std::optional<std::string> source_instance_id;
  std::optional<std::string> source_platform;
  std::int32_t stream_port;
  std::string user;
  std::optional<std::string> xtrabackup_path;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::int64_t> task_id;
};

}  // namespace rdscodec::rds::validate_import_task

namespace rdscodec {

template <>
struct operation_traits<rds::validate_import_task::request> {
  using request = rds::validate_import_task::request;
  using response = rds::validate_import_task::response;
  static constexpr std::string_view action = "ValidateImportTask";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ValidateImportTaskResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DbInstanceId", presence::required},
      field<&request::estimated_size>{"EstimatedSize", presence::optional},
      field<&request::host>{"Host", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::password>{"Password", presence::required},
      field<&request::port>{"Port", presence::required, 1, 65536},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::source_instance_id>{"SourceInstanceId", presence::optional},
      field<&request::source_platform>{"SourcePlatform", presence::optional},
      field<&request::stream_port>{"StreamPort", presence::required, 1, 65535},
      field<&request::user>{"User", presence::required},
      field<&request::xtrabackup_path>{"XtrabackupPath", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::validate_import_task::request>());

}  // namespace rdscodec

#endif
