// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateBackup (Rds API 2014-08-15, RPC, POST)
// This operation uses the backup feature of ApsaraDB RDS to create a backup set. You can also call an
// operation of Database Backup (DBS) to create a backup set. For more information, see List of
// operations by function.
#ifndef RDSCODEC_RDS_CREATE_BACKUP_HPP
#define RDSCODEC_RDS_CREATE_BACKUP_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_backup {

struct request {
  std::optional<std::string> backup_method;
  std::optional<std::int64_t> backup_retention_period;
  std::optional<std::string> backup_strategy;
  std::optional<std::string> backup_type;
  std::string db_instance_id;
  std::optional<std::string> db_name;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> backup_job_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_backup

namespace rdscodec {

template <>
struct operation_traits<rds::create_backup::request> {
  using request = rds::create_backup::request;
  using response = rds::create_backup::response;
  static constexpr std::string_view action = "CreateBackup";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateBackupResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_method>{"BackupMethod", presence::optional},
      field<&request::backup_retention_period>{"BackupRetentionPeriod", presence::optional},
      field<&request::backup_strategy>{"BackupStrategy", presence::optional},
      field<&request::backup_type>{"BackupType", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::backup_job_id>{"BackupJobId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_backup::request>());

}  // namespace rdscodec

#endif
