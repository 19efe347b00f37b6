// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CopyDatabaseBetweenInstances (Rds API 2014-08-15, RPC, POST)
// RDS SQL Server
#ifndef RDSCODEC_RDS_COPY_DATABASE_BETWEEN_INSTANCES_HPP
#define RDSCODEC_RDS_COPY_DATABASE_BETWEEN_INSTANCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::copy_database_between_instances {

struct request {
  std::optional<std::string> backup_id;
  std::string db_instance_id;
  std::string db_names;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> restore_time;
  std::optional<std::string> sync_user_privilege;
  std::string target_db_instance_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::copy_database_between_instances

namespace rdscodec {

template <>
struct operation_traits<rds::copy_database_between_instances::request> {
  using request = rds::copy_database_between_instances::request;
  using response = rds::copy_database_between_instances::response;
  static constexpr std::string_view action = "CopyDatabaseBetweenInstances";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CopyDatabaseBetweenInstancesResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_names>{"DbNames", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::restore_time>{"RestoreTime", presence::optional},
      field<&request::sync_user_privilege>{"SyncUserPrivilege", presence::optional},
      field<&request::target_db_instance_id>{"TargetDBInstanceId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::copy_database_between_instances::request>());

}  // namespace rdscodec

#endif
