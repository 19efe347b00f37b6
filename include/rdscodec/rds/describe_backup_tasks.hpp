// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeBackupTasks (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_BACKUP_TASKS_HPP
#define RDSCODEC_RDS_DESCRIBE_BACKUP_TASKS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_backup_tasks {

// DescribeBackupTasksResponseBody.items.backupJob
struct backup_job {
  std::optional<std::string> backup_id;
  std::optional<std::string> backup_job_id;
  std::optional<std::string> backup_progress_status;
  std::optional<std::string> backup_status;
  std::optional<std::string> job_mode;
  std::optional<std::string> process;
  std::optional<std::string> task_action;
};

// DescribeBackupTasksResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_backup_tasks::backup_job> backup_job;
};

struct request {
  std::optional<std::int32_t> backup_job_id;
  std::optional<std::string> backup_job_status;
  std::optional<std::string> backup_mode;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> flag;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_backup_tasks::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_backup_tasks

namespace rdscodec {

template <>
struct object_traits<rds::describe_backup_tasks::backup_job> {
  static constexpr auto fields = field_list(
      field<&rds::describe_backup_tasks::backup_job::backup_id>{"BackupId", presence::optional},
      field<&rds::describe_backup_tasks::backup_job::backup_job_id>{"BackupJobId", presence::optional},
      field<&rds::describe_backup_tasks::backup_job::backup_progress_status>{"BackupProgressStatus", presence::optional},
      field<&rds::describe_backup_tasks::backup_job::backup_status>{"BackupStatus", presence::optional},
      field<&rds::describe_backup_tasks::backup_job::job_mode>{"JobMode", presence::optional},
      field<&rds::describe_backup_tasks::backup_job::process>{"Process", presence::optional},
      field<&rds::describe_backup_tasks::backup_job::task_action>{"TaskAction", presence::optional});
};

template <>
struct object_traits<rds::describe_backup_tasks::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_backup_tasks::items::backup_job>{"BackupJob", presence::optional});
};

template <>
struct operation_traits<rds::describe_backup_tasks::request> {
  using request = rds::describe_backup_tasks::request;
  using response = rds::describe_backup_tasks::response;
  static constexpr std::string_view action = "DescribeBackupTasks";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeBackupTasksResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_job_id>{"BackupJobId", presence::optional},
      field<&request::backup_job_status>{"BackupJobStatus", presence::optional},
      field<&request::backup_mode>{"BackupMode", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::flag>{"Flag", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_backup_tasks::request>());

}  // namespace rdscodec

#endif
