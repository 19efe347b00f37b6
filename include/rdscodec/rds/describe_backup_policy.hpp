// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeBackupPolicy (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_BACKUP_POLICY_HPP
#define RDSCODEC_RDS_DESCRIBE_BACKUP_POLICY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_backup_policy {

// DescribeBackupPolicyResponseBody.advancedDataPolicies.advancedDataPolicy
struct advanced_data_policy {
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

// DescribeBackupPolicyResponseBody.advancedDataPolicies
struct advanced_data_policies {
  std::vector<::rdscodec::rds::describe_backup_policy::advanced_data_policy> advanced_data_policy;
};

// DescribeBackupPolicyResponseBody.advancedLogPolicies.advancedLogPolicy
struct advanced_log_policy {
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

// DescribeBackupPolicyResponseBody.advancedLogPolicies
struct advanced_log_policies {
  std::vector<::rdscodec::rds::describe_backup_policy::advanced_log_policy> advanced_log_policy;
};

struct request {
  std::optional<std::string> backup_policy_mode;
  std::optional<std::string> compress_type;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> released_keep_policy;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<bool> advanced_backup_policy_enabled;
  std::optional<::rdscodec::rds::describe_backup_policy::advanced_data_policies> advanced_data_policies;
  std::optional<::rdscodec::rds::describe_backup_policy::advanced_log_policies> advanced_log_policies;
  std::optional<std::string> archive_backup_keep_count;
  std::optional<std::string> archive_backup_keep_policy;
  std::optional<std::string> archive_backup_retention_period;
  std::optional<std::string> backup_interval;
  std::optional<std::string> backup_log;
  std::optional<std::string> backup_method;
  std::optional<std::int32_t> backup_priority;
  std::optional<std::int32_t> backup_retention_period;
  std::optional<std::string> category;
  std::optional<std::string> compress_type;
  std::optional<std::string> enable_backup_log;
  std::optional<bool> enable_increment_data_backup;
  std::optional<bool> enable_pitr_protection;
  std::optional<std::string> high_space_usage_protection;
  std::optional<std::int32_t> local_log_retention_hours;
  std::optional<std::string> local_log_retention_space;
  std::optional<std::string> log_backup_frequency;
  std::optional<std::int32_t> log_backup_local_retention_number;
  std::optional<std::int32_t> log_backup_retention_period;
  std::optional<std::int32_t> pitr_retention_period;
  std::optional<std::string> preferred_backup_period;
  std::optional<std::string> preferred_backup_time;
  std::optional<std::string> preferred_next_backup_time;
  std::optional<std::string> released_keep_policy;
  std::optional<std::string> request_id;
  std::optional<bool> support_modify_backup_priority;
  std::optional<std::int32_t> support_released_keep;
  std::optional<std::int32_t> support_volume_shadow_copy;
  std::optional<std::int64_t> supports_high_frequency_backup;
};

}  // namespace rdscodec::rds::describe_backup_policy

namespace rdscodec {

template <>
struct object_traits<rds::describe_backup_policy::advanced_data_policy> {
  static constexpr auto fields = field_list(
      field<&rds::describe_backup_policy::advanced_data_policy::action_type>{"ActionType", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::bak_type>{"BakType", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::dest_region>{"DestRegion", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::dest_type>{"DestType", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::filter_key>{"FilterKey", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::filter_type>{"FilterType", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::filter_value>{"FilterValue", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::only_preserve_one_each_day>{"OnlyPreserveOneEachDay", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::only_preserve_one_each_hour>{"OnlyPreserveOneEachHour", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::retention_type>{"RetentionType", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::retention_value>{"RetentionValue", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::src_region>{"SrcRegion", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::src_type>{"SrcType", presence::optional},
      field<&rds::describe_backup_policy::advanced_data_policy::strategy_id>{"StrategyId", presence::optional});
};

template <>
struct object_traits<rds::describe_backup_policy::advanced_data_policies> {
  static constexpr auto fields = field_list(
      field<&rds::describe_backup_policy::advanced_data_policies::advanced_data_policy>{"AdvancedDataPolicy", presence::optional});
};

template <>
struct object_traits<rds::describe_backup_policy::advanced_log_policy> {
  static constexpr auto fields = field_list(
      field<&rds::describe_backup_policy::advanced_log_policy::action_type>{"ActionType", presence::optional},
      field<&rds::describe_backup_policy::advanced_log_policy::dest_region>{"DestRegion", presence::optional},
      field<&rds::describe_backup_policy::advanced_log_policy::dest_type>{"DestType", presence::optional},
      field<&rds::describe_backup_policy::advanced_log_policy::enable_log_backup>{"EnableLogBackup", presence::optional},
      field<&rds::describe_backup_policy::advanced_log_policy::filter_key>{"FilterKey", presence::optional},
      field<&rds::describe_backup_policy::advanced_log_policy::filter_value>{"FilterValue", presence::optional},
      field<&rds::describe_backup_policy::advanced_log_policy::log_retention_type>{"LogRetentionType", presence::optional},
      field<&rds::describe_backup_policy::advanced_log_policy::log_retention_value>{"LogRetentionValue", presence::optional},
      field<&rds::describe_backup_policy::advanced_log_policy::src_region>{"SrcRegion", presence::optional},
      field<&rds::describe_backup_policy::advanced_log_policy::src_type>{"SrcType", presence::optional},
      field<&rds::describe_backup_policy::advanced_log_policy::strategy_id>{"StrategyId", presence::optional});
};

template <>
struct object_traits<rds::describe_backup_policy::advanced_log_policies> {
  static constexpr auto fields = field_list(
      field<&rds::describe_backup_policy::advanced_log_policies::advanced_log_policy>{"AdvancedLogPolicy", presence::optional});
};

template <>
struct operation_traits<rds::describe_backup_policy::request> {
  using request = rds::describe_backup_policy::request;
  using response = rds::describe_backup_policy::response;
  static constexpr std::string_view action = "DescribeBackupPolicy";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeBackupPolicyResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_policy_mode>{"BackupPolicyMode", presence::optional},
      field<&request::compress_type>{"CompressType", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::released_keep_policy>{"ReleasedKeepPolicy", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::advanced_backup_policy_enabled>{"AdvancedBackupPolicyEnabled", presence::optional},
      field<&response::advanced_data_policies>{"AdvancedDataPolicies", presence::optional},
      field<&response::advanced_log_policies>{"AdvancedLogPolicies", presence::optional},
      field<&response::archive_backup_keep_count>{"ArchiveBackupKeepCount", presence::optional},
      field<&response::archive_backup_keep_policy>{"ArchiveBackupKeepPolicy", presence::optional},
      field<&response::archive_backup_retention_period>{"ArchiveBackupRetentionPeriod", presence::optional},
      field<&response::backup_interval>{"BackupInterval", presence::optional},
      field<&response::backup_log>{"BackupLog", presence::optional},
      field<&response::backup_method>{"BackupMethod", presence::optional},
      field<&response::backup_priority>{"BackupPriority", presence::optional},
      field<&response::backup_retention_period>{"BackupRetentionPeriod", presence::optional},
      field<&response::category>{"Category", presence::optional},
      field<&response::compress_type>{"CompressType", presence::optional},
      field<&response::enable_backup_log>{"EnableBackupLog", presence::optional},
      field<&response::enable_increment_data_backup>{"EnableIncrementDataBackup", presence::optional},
      field<&response::enable_pitr_protection>{"EnablePitrProtection", presence::optional},
      field<&response::high_space_usage_protection>{"HighSpaceUsageProtection", presence::optional},
      field<&response::local_log_retention_hours>{"LocalLogRetentionHours", presence::optional},
      field<&response::local_log_retention_space>{"LocalLogRetentionSpace", presence::optional},
      field<&response::log_backup_frequency>{"LogBackupFrequency", presence::optional},
      field<&response::log_backup_local_retention_number>{"LogBackupLocalRetentionNumber", presence::optional},
      field<&response::log_backup_retention_period>{"LogBackupRetentionPeriod", presence::optional},
      field<&response::pitr_retention_period>{"PitrRetentionPeriod", presence::optional},
      field<&response::preferred_backup_period>{"PreferredBackupPeriod", presence::optional},
      field<&response::preferred_backup_time>{"PreferredBackupTime", presence::optional},
      field<&response::preferred_next_backup_time>{"PreferredNextBackupTime", presence::optional},
      field<&response::released_keep_policy>{"ReleasedKeepPolicy", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::support_modify_backup_priority>{"SupportModifyBackupPriority", presence::optional},
      field<&response::support_released_keep>{"SupportReleasedKeep", presence::optional},
      field<&response::support_volume_shadow_copy>{"SupportVolumeShadowCopy", presence::optional},
      field<&response::supports_high_frequency_backup>{"SupportsHighFrequencyBackup", presence::optional});
};

static_assert(check_operation<rds::describe_backup_policy::request>());

}  // namespace rdscodec

#endif
