// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeResourceUsage (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RESOURCE_USAGE_HPP
#define RDSCODEC_RDS_DESCRIBE_RESOURCE_USAGE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_resource_usage {

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::int64_t> archive_backup_size;
  std::optional<std::int64_t> backup_data_size;
  std::optional<std::string> backup_ecs_snapshot_size;
  std::optional<std::int64_t> backup_log_size;
  std::optional<std::int64_t> backup_oss_data_size;
  std::optional<std::int64_t> backup_oss_log_size;
  std::optional<std::int64_t> backup_size;
  std::optional<std::int64_t> cold_backup_size;
  std::optional<std::string> db_instance_id;
  std::optional<std::int64_t> data_size;
  std::optional<std::int64_t> disk_used;
  std::optional<std::string> engine;
  std::optional<std::int64_t> log_size;
  std::optional<std::int64_t> paid_backup_size;
  std::optional<std::string> request_id;
  std::optional<std::int64_t> sql_size;
};

}  // namespace rdscodec::rds::describe_resource_usage

namespace rdscodec {

template <>
struct operation_traits<rds::describe_resource_usage::request> {
  using request = rds::describe_resource_usage::request;
  using response = rds::describe_resource_usage::response;
  static constexpr std::string_view action = "DescribeResourceUsage";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeResourceUsageResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::archive_backup_size>{"ArchiveBackupSize", presence::optional},
      field<&response::backup_data_size>{"BackupDataSize", presence::optional},
      field<&response::backup_ecs_snapshot_size>{"BackupEcsSnapshotSize", presence::optional},
      field<&response::backup_log_size>{"BackupLogSize", presence::optional},
      field<&response::backup_oss_data_size>{"BackupOssDataSize", presence::optional},
      field<&response::backup_oss_log_size>{"BackupOssLogSize", presence::optional},
      field<&response::backup_size>{"BackupSize", presence::optional},
      field<&response::cold_backup_size>{"ColdBackupSize", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::data_size>{"DataSize", presence::optional},
      field<&response::disk_used>{"DiskUsed", presence::optional},
      field<&response::engine>{"Engine", presence::optional},
      field<&response::log_size>{"LogSize", presence::optional},
      field<&response::paid_backup_size>{"PaidBackupSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::sql_size>{"SQLSize", presence::optional});
};

static_assert(check_operation<rds::describe_resource_usage::request>());

}  // namespace rdscodec

#endif
