// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeLogBackupFiles (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_DESCRIBE_LOG_BACKUP_FILES_HPP
#define RDSCODEC_RDS_DESCRIBE_LOG_BACKUP_FILES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_log_backup_files {

// DescribeLogBackupFilesResponseBody.items.binLogFile
struct bin_log_file {
  std::optional<std::string> download_link;
  std::optional<std::int64_t> file_size;
  std::optional<std::string> intranet_download_link;
  std::optional<std::string> link_expired_time;
  std::optional<std::string> log_begin_time;
  std::optional<std::string> log_end_time;
};

// DescribeLogBackupFilesResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_log_backup_files::bin_log_file> bin_log_file;
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
  std::optional<::rdscodec::rds::describe_log_backup_files::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int64_t> total_file_size;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_log_backup_files

namespace rdscodec {

template <>
struct object_traits<rds::describe_log_backup_files::bin_log_file> {
  static constexpr auto fields = field_list(
      field<&rds::describe_log_backup_files::bin_log_file::download_link>{"DownloadLink", presence::optional},
      field<&rds::describe_log_backup_files::bin_log_file::file_size>{"FileSize", presence::optional},
      field<&rds::describe_log_backup_files::bin_log_file::intranet_download_link>{"IntranetDownloadLink", presence::optional},
      field<&rds::describe_log_backup_files::bin_log_file::link_expired_time>{"LinkExpiredTime", presence::optional},
      field<&rds::describe_log_backup_files::bin_log_file::log_begin_time>{"LogBeginTime", presence::optional},
      field<&rds::describe_log_backup_files::bin_log_file::log_end_time>{"LogEndTime", presence::optional});
};

template <>
struct object_traits<rds::describe_log_backup_files::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_log_backup_files::items::bin_log_file>{"BinLogFile", presence::optional});
};

template <>
struct operation_traits<rds::describe_log_backup_files::request> {
  using request = rds::describe_log_backup_files::request;
  using response = rds::describe_log_backup_files::response;
  static constexpr std::string_view action = "DescribeLogBackupFiles";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeLogBackupFilesResponse";
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
      field<&request::page_size>{"PageSize", presence::optional, 30, 1000},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_file_size>{"TotalFileSize", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_log_backup_files::request>());

}  // namespace rdscodec

#endif
