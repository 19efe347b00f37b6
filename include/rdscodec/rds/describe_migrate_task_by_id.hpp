// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeMigrateTaskById (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_MIGRATE_TASK_BY_ID_HPP
#define RDSCODEC_RDS_DESCRIBE_MIGRATE_TASK_BY_ID_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_migrate_task_by_id {

struct request {
  std::string db_instance_id;
  std::string migrate_task_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> backup_mode;
  std::optional<std::string> create_time;
  std::optional<std::string> db_instance_name;
  std::optional<std::string> db_name;
  std::optional<std::string> description;
  std::optional<std::string> end_time;
  std::optional<std::string> is_db_replaced;
  std::optional<std::string> migrate_task_id;
  std::optional<std::string> request_id;
  std::optional<std::string> status;
};

}  // namespace rdscodec::rds::describe_migrate_task_by_id

namespace rdscodec {

template <>
struct operation_traits<rds::describe_migrate_task_by_id::request> {
  using request = rds::describe_migrate_task_by_id::request;
  using response = rds::describe_migrate_task_by_id::response;
  static constexpr std::string_view action = "DescribeMigrateTaskById";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeMigrateTaskByIdResponse";
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
      field<&response::backup_mode>{"BackupMode", presence::optional},
      field<&response::create_time>{"CreateTime", presence::optional},
      field<&response::db_instance_name>{"DBInstanceName", presence::optional},
      field<&response::db_name>{"DBName", presence::optional},
      field<&response::description>{"Description", presence::optional},
      field<&response::end_time>{"EndTime", presence::optional},
      field<&response::is_db_replaced>{"IsDBReplaced", presence::optional},
      field<&response::migrate_task_id>{"MigrateTaskId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::status>{"Status", presence::optional});
};

static_assert(check_operation<rds::describe_migrate_task_by_id::request>());

}  // namespace rdscodec

#endif
