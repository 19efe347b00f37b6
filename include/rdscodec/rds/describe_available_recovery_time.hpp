// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeAvailableRecoveryTime (Rds API 2014-08-15, RPC, POST)
// To view the time range within which you can restore data from a standard backup set, see
// DescribeBackups.
#ifndef RDSCODEC_RDS_DESCRIBE_AVAILABLE_RECOVERY_TIME_HPP
#define RDSCODEC_RDS_DESCRIBE_AVAILABLE_RECOVERY_TIME_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_available_recovery_time {

struct request {
  std::int32_t cross_backup_id;
  std::optional<std::string> db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::int32_t> cross_backup_id;
  std::optional<std::string> recovery_begin_time;
  std::optional<std::string> recovery_end_time;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_available_recovery_time

namespace rdscodec {

template <>
struct operation_traits<rds::describe_available_recovery_time::request> {
  using request = rds::describe_available_recovery_time::request;
  using response = rds::describe_available_recovery_time::response;
  static constexpr std::string_view action = "DescribeAvailableRecoveryTime";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeAvailableRecoveryTimeResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::cross_backup_id>{"CrossBackupId", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::cross_backup_id>{"CrossBackupId", presence::optional},
      field<&response::recovery_begin_time>{"RecoveryBeginTime", presence::optional},
      field<&response::recovery_end_time>{"RecoveryEndTime", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_available_recovery_time::request>());

}  // namespace rdscodec

#endif
