// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyBackupPolicy (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_MODIFY_BACKUP_POLICY_HPP
#define RDSCODEC_RDS_MODIFY_BACKUP_POLICY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_backup_policy {

// ModifyBackupPolicyRequest.advancedDataPolicies
struct advanced_data_policies {
  std::optional<std::string> action_type;
  std::optional<std::string> bak_type;
  std::optional<std::string> dest_region;
  std::optional<std::string> dest_type;
  std::optional<std::string> filter_key;
  std::optional<std::string> filter_type;
  std::optional<std::string> filter_value;
  std::optional<bool> only_preserve_one_each_day;
  std::optional<bool> only_preserve_one_each_hour;
  std::optional<std::string> retention_type;
  std::optional<std::int32_t> retention_value;
  std::optional<std::string> src_region;
  std::optional<std::string> src_type;
  std::optional<std::string> strategy_id;
};

// ModifyBackupPolicyRequest.advancedLogPolicies
struct advanced_log_policies {
  std::optional<std::string> action_type;
  std::optional<std::string> dest_region;
  std::optional<std::string> dest_type;
  std::optional<std::int32_t> enable_log_backup;
  std::optional<std::string> filter_key;
  std::optional<std::string> filter_value;
  std::optional<std::string> log_retention_type;
  std::optional<std::int32_t> log_retention_value;
  std::optional<std::string> src_region;
  std::optional<std::string> src_type;
  std::optional<std::string> strategy_id;
};

struct request {
  std::optional<std::vector<::rdscodec::rds::modify_backup_policy::advanced_data_policies>> advanced_data_policies;
  std::optional<std::vector<::rdscodec::rds::modify_backup_policy::advanced_log_policies>> advanced_log_policies;
  std::optional<std::int32_t> archive_backup_keep_count;
  std::optional<std::string> archive_backup_keep_policy;
  std::optional<std::string> archive_backup_retention_period;
  std::optional<std::string> backup_interval;
  std::optional<std::string> backup_log;
  std::optional<std::string> backup_method;
  std::optional<std::string> backup_policy_mode;
  std::optional<std::int32_t> backup_priority;
  std::optional<std::string> backup_retention_period;
  std::optional<std::string> category;
  std::optional<std::string> compress_type;
  std::string db_instance_id;
  std::optional<std::int32_t> enable_advanced_backup_policy;
  std::optional<std::string> enable_backup_log;
  std::optional<bool> enable_increment_data_backup;
  std::optional<std::string> high_space_usage_protection;
  std::optional<std::string> local_log_retention_hours;
  std::optional<std::string> local_log_retention_space;
  std::optional<std::string> log_backup_frequency;
  std::optional<std::int32_t> log_backup_local_retention_number;
  std::optional<std::string> log_backup_retention_period;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> preferred_backup_period;
  std::optional<std::string> preferred_backup_time;
  std::optional<std::string> released_keep_policy;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> compress_type;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> enable_backup_log;
  std::optional<std::string> high_space_usage_protection;
  std::optional<std::int32_t> local_log_retention_hours;
  std::optional<std::string> local_log_retention_space;
  std::optional<std::int32_t> log_backup_local_retention_number;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_backup_policy

namespace rdscodec {

template <>
struct object_traits<rds::modify_backup_policy::advanced_data_policies> {
  static constexpr auto fields = field_list(
      field<&rds::modify_backup_policy::advanced_data_policies::action_type>{"ActionType", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::bak_type>{"BakType", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::dest_region>{"DestRegion", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::dest_type>{"DestType", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::filter_key>{"FilterKey", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::filter_type>{"FilterType", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::filter_value>{"FilterValue", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::only_preserve_one_each_day>{"OnlyPreserveOneEachDay", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::only_preserve_one_each_hour>{"OnlyPreserveOneEachHour", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::retention_type>{"RetentionType", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::retention_value>{"RetentionValue", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::src_region>{"SrcRegion", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::src_type>{"SrcType", presence::optional},
      field<&rds::modify_backup_policy::advanced_data_policies::strategy_id>{"StrategyId", presence::optional});
};

template <>
struct object_traits<rds::modify_backup_policy::advanced_log_policies> {
  static constexpr auto fields = field_list(
      field<&rds::modify_backup_policy::advanced_log_policies::action_type>{"ActionType", presence::optional},
      field<&rds::modify_backup_policy::advanced_log_policies::dest_region>{"DestRegion", presence::optional},
      field<&rds::modify_backup_policy::advanced_log_policies::dest_type>{"DestType", presence::optional},
      field<&rds::modify_backup_policy::advanced_log_policies::enable_log_backup>{"EnableLogBackup", presence::optional},
      field<&rds::modify_backup_policy::advanced_log_policies::filter_key>{"FilterKey", presence::optional},
      field<&rds::modify_backup_policy::advanced_log_policies::filter_value>{"FilterValue", presence::optional},
      field<&rds::modify_backup_policy::advanced_log_policies::log_retention_type>{"LogRetentionType", presence::optional},
      field<&rds::modify_backup_policy::advanced_log_policies::log_retention_value>{"LogRetentionValue", presence::optional},
      field<&rds::modify_backup_policy::advanced_log_policies::src_region>{"SrcRegion", presence::optional},
      field<&rds::modify_backup_policy::advanced_log_policies::src_type>{"SrcType", presence::optional},
      field<&rds::modify_backup_policy::advanced_log_policies::strategy_id>{"StrategyId", presence::optional});
};

template <>
struct operation_traits<rds::modify_backup_policy::request> {
  using request = rds::modify_backup_policy::request;
  using response = rds::modify_backup_policy::response;
  static constexpr std::string_view action = "ModifyBackupPolicy";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyBackupPolicyResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::advanced_data_policies>{"AdvancedDataPolicies", presence::optional},
      field<&request::advanced_log_policies>{"AdvancedLogPolicies", presence::optional},
      field<&request::archive_backup_keep_count>{"ArchiveBackupKeepCount", presence::optional},
      field<&request::archive_backup_keep_policy>{"ArchiveBackupKeepPolicy", presence::optional},
      field<&request::archive_backup_retention_period>{"ArchiveBackupRetentionPeriod", presence::optional},
      field<&request::backup_interval>{"BackupInterval", presence::optional},
      field<&request::backup_log>{"BackupLog", presence::optional},
      field<&request::backup_method>{"BackupMethod", presence::optional},
      field<&request::backup_policy_mode>{"BackupPolicyMode", presence::optional},
      field<&request::backup_priority>{"BackupPriority", presence::optional},
      field<&request::backup_retention_period>{"BackupRetentionPeriod", presence::optional},
      field<&request::category>{"Category", presence::optional},
      field<&request::compress_type>{"CompressType", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::enable_advanced_backup_policy>{"EnableAdvancedBackupPolicy", presence::optional},
      field<&request::enable_backup_log>{"EnableBackupLog", presence::optional},
      field<&request::enable_increment_data_backup>{"EnableIncrementDataBackup", presence::optional},
      field<&request::high_space_usage_protection>{"HighSpaceUsageProtection", presence::optional},
      field<&request::local_log_retention_hours>{"LocalLogRetentionHours", presence::optional},
      field<&request::local_log_retention_space>{"LocalLogRetentionSpace", presence::optional},
      field<&request::log_backup_frequency>{"LogBackupFrequency", presence::optional},
      field<&request::log_backup_local_retention_number>{"LogBackupLocalRetentionNumber", presence::optional},
      field<&request::log_backup_retention_period>{"LogBackupRetentionPeriod", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::preferred_backup_period>{"PreferredBackupPeriod", presence::optional},
      field<&request::preferred_backup_time>{"PreferredBackupTime", presence::optional},
      field<&request::released_keep_policy>{"ReleasedKeepPolicy", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::compress_type>{"CompressType", presence::optional},
      field<&response::db_instance_id>{"DBInstanceID", presence::optional},
      field<&response::enable_backup_log>{"EnableBackupLog", presence::optional},
      field<&response::high_space_usage_protection>{"HighSpaceUsageProtection", presence::optional},
      field<&response::local_log_retention_hours>{"LocalLogRetentionHours", presence::optional},
      field<&response::local_log_retention_space>{"LocalLogRetentionSpace", presence::optional},
      field<&response::log_backup_local_retention_number>{"LogBackupLocalRetentionNumber", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_backup_policy::request>());

}  // namespace rdscodec

#endif
