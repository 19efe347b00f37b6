// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeActiveOperationTasks (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_ACTIVE_OPERATION_TASKS_HPP
#define RDSCODEC_RDS_DESCRIBE_ACTIVE_OPERATION_TASKS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_active_operation_tasks {

// DescribeActiveOperationTasksResponseBody.items
struct items {
  std::optional<std::string> allow_cancel;
  std::optional<std::string> allow_change;
  std::optional<std::string> change_level;
  std::optional<std::string> change_level_en;
  std::optional<std::string> change_level_zh;
  std::optional<std::string> created_time;
  std::optional<std::string> current_avz;
  std::optional<std::string> db_type;
  std::optional<std::string> db_version;
  std::optional<std::string> deadline;
  std::optional<std::int32_t> id;
  std::optional<std::string> impact;
  std::optional<std::string> impact_en;
  std::optional<std::string> impact_zh;
  std::optional<std::string> ins_comment;
  std::optional<std::string> ins_name;
  std::optional<std::string> modified_time;
  std::optional<std::string> prepare_interval;
  std::optional<std::string> region;
  std::optional<std::string> result_info;
  std::optional<std::string> start_time;
  std::optional<std::int32_t> status;
  std::vector<std::string> sub_ins_names;
  std::optional<std::string> switch_time;
  std::optional<std::string> task_params;
  std::optional<std::string> task_type;
  std::optional<std::string> task_type_en;
  std::optional<std::string> task_type_zh;
};

struct request {
  std::optional<std::int32_t> allow_cancel;
  std::optional<std::int32_t> allow_change;
  std::optional<std::string> change_level;
  std::optional<std::string> db_type;
  std::optional<std::string> ins_name;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> product_id;
  std::optional<std::string> region;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int32_t> status;
  std::optional<std::string> task_type;
};

struct response {
  std::vector<::rdscodec::rds::describe_active_operation_tasks::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_active_operation_tasks

namespace rdscodec {

template <>
struct object_traits<rds::describe_active_operation_tasks::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_active_operation_tasks::items::allow_cancel>{"AllowCancel", presence::optional},
      field<&rds::describe_active_operation_tasks::items::allow_change>{"AllowChange", presence::optional},
      field<&rds::describe_active_operation_tasks::items::change_level>{"ChangeLevel", presence::optional},
      field<&rds::describe_active_operation_tasks::items::change_level_en>{"ChangeLevelEn", presence::optional},
      field<&rds::describe_active_operation_tasks::items::change_level_zh>{"ChangeLevelZh", presence::optional},
      field<&rds::describe_active_operation_tasks::items::created_time>{"CreatedTime", presence::optional},
      field<&rds::describe_active_operation_tasks::items::current_avz>{"CurrentAVZ", presence::optional},
      field<&rds::describe_active_operation_tasks::items::db_type>{"DbType", presence::optional},
      field<&rds::describe_active_operation_tasks::items::db_version>{"DbVersion", presence::optional},
      field<&rds::describe_active_operation_tasks::items::deadline>{"Deadline", presence::optional},
      field<&rds::describe_active_operation_tasks::items::id>{"Id", presence::optional},
      field<&rds::describe_active_operation_tasks::items::impact>{"Impact", presence::optional},
      field<&rds::describe_active_operation_tasks::items::impact_en>{"ImpactEn", presence::optional},
      field<&rds::describe_active_operation_tasks::items::impact_zh>{"ImpactZh", presence::optional},
      field<&rds::describe_active_operation_tasks::items::ins_comment>{"InsComment", presence::optional},
      field<&rds::describe_active_operation_tasks::items::ins_name>{"InsName", presence::optional},
      field<&rds::describe_active_operation_tasks::items::modified_time>{"ModifiedTime", presence::optional},
      field<&rds::describe_active_operation_tasks::items::prepare_interval>{"PrepareInterval", presence::optional},
      field<&rds::describe_active_operation_tasks::items::region>{"Region", presence::optional},
      field<&rds::describe_active_operation_tasks::items::result_info>{"ResultInfo", presence::optional},
      field<&rds::describe_active_operation_tasks::items::start_time>{"StartTime", presence::optional},
      field<&rds::describe_active_operation_tasks::items::status>{"Status", presence::optional},
      field<&rds::describe_active_operation_tasks::items::sub_ins_names>{"SubInsNames", presence::optional},
      field<&rds::describe_active_operation_tasks::items::switch_time>{"SwitchTime", presence::optional},
      field<&rds::describe_active_operation_tasks::items::task_params>{"TaskParams", presence::optional},
      field<&rds::describe_active_operation_tasks::items::task_type>{"TaskType", presence::optional},
      field<&rds::describe_active_operation_tasks::items::task_type_en>{"TaskTypeEn", presence::optional},
      field<&rds::describe_active_operation_tasks::items::task_type_zh>{"TaskTypeZh", presence::optional});
};

template <>
struct operation_traits<rds::describe_active_operation_tasks::request> {
  using request = rds::describe_active_operation_tasks::request;
  using response = rds::describe_active_operation_tasks::response;
  static constexpr std::string_view action = "DescribeActiveOperationTasks";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeActiveOperationTasksResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::allow_cancel>{"AllowCancel", presence::optional},
      field<&request::allow_change>{"AllowChange", presence::optional},
      field<&request::change_level>{"ChangeLevel", presence::optional},
      field<&request::db_type>{"DbType", presence::optional},
      field<&request::ins_name>{"InsName", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647},
      field<&request::page_size>{"PageSize", presence::optional, 10, 100},
      field<&request::product_id>{"ProductId", presence::optional},
      field<&request::region>{"Region", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::status>{"Status", presence::optional},
      field<&request::task_type>{"TaskType", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_active_operation_tasks::request>());

}  // namespace rdscodec

#endif
