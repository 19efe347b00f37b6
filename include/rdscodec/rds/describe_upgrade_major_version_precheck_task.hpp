// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeUpgradeMajorVersionPrecheckTask (Rds API 2014-08-15, RPC, POST)
// MySQL
#ifndef RDSCODEC_RDS_DESCRIBE_UPGRADE_MAJOR_VERSION_PRECHECK_TASK_HPP
#define RDSCODEC_RDS_DESCRIBE_UPGRADE_MAJOR_VERSION_PRECHECK_TASK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_upgrade_major_version_precheck_task {

// DescribeUpgradeMajorVersionPrecheckTaskResponseBody.items
struct items {
  std::optional<std::string> check_time;
  std::optional<std::string> detail;
  std::optional<std::string> effective_time;
  std::optional<std::int32_t> recommend_disk_size;
  std::optional<std::int32_t> recommend_least_mem_size;
  std::optional<std::int32_t> recommend_mem_size;
  std::optional<std::string> result;
  std::optional<std::string> source_major_version;
  std::optional<std::string> target_major_version;
  std::optional<std::int32_t> task_id;
  std::optional<std::string> upgrade_mode;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> target_major_version;
  std::optional<std::int32_t> task_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_upgrade_major_version_precheck_task::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_upgrade_major_version_precheck_task

namespace rdscodec {

template <>
struct object_traits<rds::describe_upgrade_major_version_precheck_task::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_upgrade_major_version_precheck_task::items::check_time>{"CheckTime", presence::optional},
      field<&rds::describe_upgrade_major_version_precheck_task::items::detail>{"Detail", presence::optional},
      field<&rds::describe_upgrade_major_version_precheck_task::items::effective_time>{"EffectiveTime", presence::optional},
      field<&rds::describe_upgrade_major_version_precheck_task::items::recommend_disk_size>{"RecommendDiskSize", presence::optional},
      field<&rds::describe_upgrade_major_version_precheck_task::items::recommend_least_mem_size>{"RecommendLeastMemSize", presence::optional},
      field<&rds::describe_upgrade_major_version_precheck_task::items::recommend_mem_size>{"RecommendMemSize", presence::optional},
      field<&rds::describe_upgrade_major_version_precheck_task::items::result>{"Result", presence::optional},
      field<&rds::describe_upgrade_major_version_precheck_task::items::source_major_version>{"SourceMajorVersion", presence::optional},
      field<&rds::describe_upgrade_major_version_precheck_task::items::target_major_version>{"TargetMajorVersion", presence::optional},
      field<&rds::describe_upgrade_major_version_precheck_task::items::task_id>{"TaskId", presence::optional},
      field<&rds::describe_upgrade_major_version_precheck_task::items::upgrade_mode>{"UpgradeMode", presence::optional});
};

template <>
struct operation_traits<rds::describe_upgrade_major_version_precheck_task::request> {
  using request = rds::describe_upgrade_major_version_precheck_task::request;
  using response = rds::describe_upgrade_major_version_precheck_task::response;
  static constexpr std::string_view action = "DescribeUpgradeMajorVersionPrecheckTask";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeUpgradeMajorVersionPrecheckTaskResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::target_major_version>{"TargetMajorVersion", presence::optional},
      field<&request::task_id>{"TaskId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_upgrade_major_version_precheck_task::request>());

}  // namespace rdscodec

#endif
