// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateMigrateTask (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_CREATE_MIGRATE_TASK_HPP
#define RDSCODEC_RDS_CREATE_MIGRATE_TASK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_migrate_task {

struct request {
  std::string backup_mode;
  std::optional<std::string> check_db_mode;
  std::string db_instance_id;
  std::string db_name;
  std::string is_online_db;
  std::optional<std::string> migrate_task_id;
  std::optional<std::string> oss_urls;
  std::optional<std::string> oss_object_positions;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> backup_mode;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_name;
  std::optional<std::string> migrate_task_id;
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::create_migrate_task

namespace rdscodec {

template <>
struct operation_traits<rds::create_migrate_task::request> {
  using request = rds::create_migrate_task::request;
  using response = rds::create_migrate_task::response;
  static constexpr std::string_view action = "CreateMigrateTask";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateMigrateTaskResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_mode>{"BackupMode", presence::required},
      field<&request::check_db_mode>{"CheckDBMode", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::required},
      field<&request::is_online_db>{"IsOnlineDB", presence::required},
      field<&request::migrate_task_id>{"MigrateTaskId", presence::optional},
      field<&request::oss_urls>{"OSSUrls", presence::optional},
      field<&request::oss_object_positions>{"OssObjectPositions", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::backup_mode>{"BackupMode", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::db_name>{"DBName", presence::optional},
      field<&response::migrate_task_id>{"MigrateTaskId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::create_migrate_task::request>());

}  // namespace rdscodec

#endif
