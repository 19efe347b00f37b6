// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeBackupDatabase (Rds API 2014-08-15, RPC, POST)
// This operation is phased out.
#ifndef RDSCODEC_RDS_DESCRIBE_BACKUP_DATABASE_HPP
#define RDSCODEC_RDS_DESCRIBE_BACKUP_DATABASE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_backup_database {

struct request {
  std::optional<std::string> backup_id;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> database_names;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_backup_database

namespace rdscodec {

template <>
struct operation_traits<rds::describe_backup_database::request> {
  using request = rds::describe_backup_database::request;
  using response = rds::describe_backup_database::response;
  static constexpr std::string_view action = "DescribeBackupDatabase";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeBackupDatabaseResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::database_names>{"DatabaseNames", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_backup_database::request>());

}  // namespace rdscodec

#endif
