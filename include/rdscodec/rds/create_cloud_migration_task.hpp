// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateCloudMigrationTask (Rds API 2014-08-15, RPC, POST)
// : Before you call this operation, carefully read the following documentation. Make sure that you
// fully understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_CREATE_CLOUD_MIGRATION_TASK_HPP
#define RDSCODEC_RDS_CREATE_CLOUD_MIGRATION_TASK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_cloud_migration_task {

struct request {
  std::string db_instance_name;
  std::optional<std::int64_t> resource_owner_id;
  std::string source_account;
  std::string source_category;
  std::string source_ip_address;
  std::string source_password;
  std::int64_t source_port;
  std::optional<std::string> task_name;
};

struct response {
  std::optional<std::string> db_instance_name;
  std::optional<std::string> request_id;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
};

}  // namespace rdscodec::rds::create_cloud_migration_task

namespace rdscodec {

template <>
struct operation_traits<rds::create_cloud_migration_task::request> {
  using request = rds::create_cloud_migration_task::request;
  using response = rds::create_cloud_migration_task::response;
  static constexpr std::string_view action = "CreateCloudMigrationTask";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateCloudMigrationTaskResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::source_account>{"SourceAccount", presence::required},
      field<&request::source_category>{"SourceCategory", presence::required},
      field<&request::source_ip_address>{"SourceIpAddress", presence::required},
      field<&request::source_password>{"SourcePassword", presence::required},
      field<&request::source_port>{"SourcePort", presence::required},
      field<&request::task_name>{"TaskName", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_name>{"DBInstanceName", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional},
      field<&response::task_name>{"TaskName", presence::optional});
};

static_assert(check_operation<rds::create_cloud_migration_task::request>());

}  // namespace rdscodec

#endif
