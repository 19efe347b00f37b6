// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeInstanceCrossBackupPolicy (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_INSTANCE_CROSS_BACKUP_POLICY_HPP
#define RDSCODEC_RDS_DESCRIBE_INSTANCE_CROSS_BACKUP_POLICY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_instance_cross_backup_policy {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> backup_enabled;
  std::optional<std::string> backup_enabled_time;
  std::optional<std::string> cross_backup_region;
  std::optional<std::string> cross_backup_type;
  std::optional<std::string> db_instance_description;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_instance_status;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> lock_mode;
  std::optional<std::string> log_backup_enabled;
  std::optional<std::string> log_backup_enabled_time;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> retent_type;
  std::optional<std::int32_t> retention;
};

}  // namespace rdscodec::rds::describe_instance_cross_backup_policy

namespace rdscodec {

template <>
struct operation_traits<rds::describe_instance_cross_backup_policy::request> {
  using request = rds::describe_instance_cross_backup_policy::request;
  using response = rds::describe_instance_cross_backup_policy::response;
  static constexpr std::string_view action = "DescribeInstanceCrossBackupPolicy";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeInstanceCrossBackupPolicyResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::backup_enabled>{"BackupEnabled", presence::optional},
      field<&response::backup_enabled_time>{"BackupEnabledTime", presence::optional},
      field<&response::cross_backup_region>{"CrossBackupRegion", presence::optional},
      field<&response::cross_backup_type>{"CrossBackupType", presence::optional},
      field<&response::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::db_instance_status>{"DBInstanceStatus", presence::optional},
      field<&response::engine>{"Engine", presence::optional},
      field<&response::engine_version>{"EngineVersion", presence::optional},
      field<&response::lock_mode>{"LockMode", presence::optional},
      field<&response::log_backup_enabled>{"LogBackupEnabled", presence::optional},
      field<&response::log_backup_enabled_time>{"LogBackupEnabledTime", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::retent_type>{"RetentType", presence::optional},
      field<&response::retention>{"Retention", presence::optional});
};

static_assert(check_operation<rds::describe_instance_cross_backup_policy::request>());

}  // namespace rdscodec

#endif
