// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyInstanceCrossBackupPolicy (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_MODIFY_INSTANCE_CROSS_BACKUP_POLICY_HPP
#define RDSCODEC_RDS_MODIFY_INSTANCE_CROSS_BACKUP_POLICY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_instance_cross_backup_policy {

struct request {
  std::optional<std::string> backup_enabled;
  std::optional<std::string> cross_backup_region;
  std::optional<std::string> cross_backup_type;
  std::string db_instance_id;
  std::optional<std::string> log_backup_enabled;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int32_t> retent_type;
  std::optional<std::int32_t> retention;
};

struct response {
  std::optional<std::string> backup_enabled;
  std::optional<std::string> cross_backup_region;
  std::optional<std::string> cross_backup_type;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> log_backup_enabled;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> retent_type;
  std::optional<std::int32_t> retention;
};

}  // namespace rdscodec::rds::modify_instance_cross_backup_policy

namespace rdscodec {

template <>
struct operation_traits<rds::modify_instance_cross_backup_policy::request> {
  using request = rds::modify_instance_cross_backup_policy::request;
  using response = rds::modify_instance_cross_backup_policy::response;
  static constexpr std::string_view action = "ModifyInstanceCrossBackupPolicy";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyInstanceCrossBackupPolicyResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_enabled>{"BackupEnabled", presence::optional},
      field<&request::cross_backup_region>{"CrossBackupRegion", presence::optional},
      field<&request::cross_backup_type>{"CrossBackupType", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::log_backup_enabled>{"LogBackupEnabled", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::retent_type>{"RetentType", presence::optional},
      field<&request::retention>{"Retention", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::backup_enabled>{"BackupEnabled", presence::optional},
      field<&response::cross_backup_region>{"CrossBackupRegion", presence::optional},
      field<&response::cross_backup_type>{"CrossBackupType", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::log_backup_enabled>{"LogBackupEnabled", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::retent_type>{"RetentType", presence::optional},
      field<&response::retention>{"Retention", presence::optional});
};

static_assert(check_operation<rds::modify_instance_cross_backup_policy::request>());

}  // namespace rdscodec

#endif
