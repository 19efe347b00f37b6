// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeOssDownloads (Rds API 2014-08-15, RPC, POST)
// This operation is not supported for instances that run SQL Server 2017 EE or SQL Server 2019 EE.
#ifndef RDSCODEC_RDS_DESCRIBE_OSS_DOWNLOADS_HPP
#define RDSCODEC_RDS_DESCRIBE_OSS_DOWNLOADS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_oss_downloads {

// DescribeOssDownloadsResponseBody.items.ossDownload
struct oss_download {
  std::optional<std::string> backup_mode;
  std::optional<std::string> create_time;
  std::optional<std::string> description;
  std::optional<std::string> end_time;
  std::optional<std::string> file_name;
  std::optional<std::string> file_size;
  std::optional<std::string> is_available;
  std::optional<std::string> status;
};

// DescribeOssDownloadsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_oss_downloads::oss_download> oss_download;
};

struct request {
  std::string db_instance_id;
  std::string migrate_task_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<::rdscodec::rds::describe_oss_downloads::items> items;
  std::optional<std::string> migrate_task_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_oss_downloads

namespace rdscodec {

template <>
struct object_traits<rds::describe_oss_downloads::oss_download> {
  static constexpr auto fields = field_list(
      field<&rds::describe_oss_downloads::oss_download::backup_mode>{"BackupMode", presence::optional},
      field<&rds::describe_oss_downloads::oss_download::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_oss_downloads::oss_download::description>{"Description", presence::optional},
      field<&rds::describe_oss_downloads::oss_download::end_time>{"EndTime", presence::optional},
      field<&rds::describe_oss_downloads::oss_download::file_name>{"FileName", presence::optional},
      field<&rds::describe_oss_downloads::oss_download::file_size>{"FileSize", presence::optional},
      field<&rds::describe_oss_downloads::oss_download::is_available>{"IsAvailable", presence::optional},
      field<&rds::describe_oss_downloads::oss_download::status>{"Status", presence::optional});
};

template <>
struct object_traits<rds::describe_oss_downloads::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_oss_downloads::items::oss_download>{"OssDownload", presence::optional});
};

template <>
struct operation_traits<rds::describe_oss_downloads::request> {
  using request = rds::describe_oss_downloads::request;
  using response = rds::describe_oss_downloads::response;
  static constexpr std::string_view action = "DescribeOssDownloads";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeOssDownloadsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::migrate_task_id>{"MigrateTaskId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::migrate_task_id>{"MigrateTaskId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_oss_downloads::request>());

}  // namespace rdscodec

#endif
