// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeCloudMigrationResult (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_CLOUD_MIGRATION_RESULT_HPP
#define RDSCODEC_RDS_DESCRIBE_CLOUD_MIGRATION_RESULT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_cloud_migration_result {

// DescribeCloudMigrationResultResponseBody.items
struct items {
  std::optional<std::string> detail;
  std::optional<std::string> gmt_created;
  std::optional<std::string> gmt_modified;
  std::optional<std::string> migrate_stage;
  std::optional<std::string> replication_info;
  std::optional<std::string> replication_state;
  std::optional<std::string> source_account;
  std::optional<std::string> source_category;
  std::optional<std::string> source_ip_address;
  std::optional<std::string> source_password;
  std::optional<std::int64_t> source_port;
  std::optional<std::string> switch_time;
  std::optional<std::string> target_eip;
  std::optional<std::string> target_instance_name;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
};

struct request {
  std::string db_instance_name;
  std::int64_t page_number;
  std::int64_t page_size;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> source_ip_address;
  std::optional<std::int64_t> source_port;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
};

struct response {
  std::vector<::rdscodec::rds::describe_cloud_migration_result::items> items;
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_size;
};

}  // namespace rdscodec::rds::describe_cloud_migration_result

namespace rdscodec {

template <>
struct object_traits<rds::describe_cloud_migration_result::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_cloud_migration_result::items::detail>{"Detail", presence::optional},
      field<&rds::describe_cloud_migration_result::items::gmt_created>{"GmtCreated", presence::optional},
      field<&rds::describe_cloud_migration_result::items::gmt_modified>{"GmtModified", presence::optional},
      field<&rds::describe_cloud_migration_result::items::migrate_stage>{"MigrateStage", presence::optional},
      field<&rds::describe_cloud_migration_result::items::replication_info>{"ReplicationInfo", presence::optional},
      field<&rds::describe_cloud_migration_result::items::replication_state>{"ReplicationState", presence::optional},
      field<&rds::describe_cloud_migration_result::items::source_account>{"SourceAccount", presence::optional},
      field<&rds::describe_cloud_migration_result::items::source_category>{"SourceCategory", presence::optional},
      field<&rds::describe_cloud_migration_result::items::source_ip_address>{"SourceIpAddress", presence::optional},
      field<&rds::describe_cloud_migration_result::items::source_password>{"SourcePassword", presence::optional},
      field<&rds::describe_cloud_migration_result::items::source_port>{"SourcePort", presence::optional},
      field<&rds::describe_cloud_migration_result::items::switch_time>{"SwitchTime", presence::optional},
      field<&rds::describe_cloud_migration_result::items::target_eip>{"TargetEip", presence::optional},
      field<&rds::describe_cloud_migration_result::items::target_instance_name>{"TargetInstanceName", presence::optional},
      field<&rds::describe_cloud_migration_result::items::task_id>{"TaskId", presence::optional},
      field<&rds::describe_cloud_migration_result::items::task_name>{"TaskName", presence::optional});
};

template <>
struct operation_traits<rds::describe_cloud_migration_result::request> {
  using request = rds::describe_cloud_migration_result::request;
  using response = rds::describe_cloud_migration_result::response;
  static constexpr std::string_view action = "DescribeCloudMigrationResult";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeCloudMigrationResultResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::required},
      field<&request::page_number>{"PageNumber", presence::required},
      field<&request::page_size>{"PageSize", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::source_ip_address>{"SourceIpAddress", presence::optional},
      field<&request::source_port>{"SourcePort", presence::optional},
      field<&request::task_id>{"TaskId", presence::optional},
      field<&request::task_name>{"TaskName", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_size>{"TotalSize", presence::optional});
};

static_assert(check_operation<rds::describe_cloud_migration_result::request>());

}  // namespace rdscodec

#endif
