// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyActiveOperationTasks (Rds API 2014-08-15, RPC, POST)
// : Before you call this operation, carefully read the following documentation. Make sure that you
// fully understand the prerequisites and impacts for calling this operation.
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_MODIFY_ACTIVE_OPERATION_TASKS_HPP
#define RDSCODEC_RDS_MODIFY_ACTIVE_OPERATION_TASKS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_active_operation_tasks {

struct request {
  std::string ids;
  std::optional<std::int32_t> immediate_start;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string switch_time;
};

struct response {
  std::optional<std::string> ids;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_active_operation_tasks

namespace rdscodec {

template <>
struct operation_traits<rds::modify_active_operation_tasks::request> {
  using request = rds::modify_active_operation_tasks::request;
  using response = rds::modify_active_operation_tasks::response;
  static constexpr std::string_view action = "ModifyActiveOperationTasks";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyActiveOperationTasksResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::ids>{"Ids", presence::required},
      field<&request::immediate_start>{"ImmediateStart", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::ids>{"Ids", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_active_operation_tasks::request>());

}  // namespace rdscodec

#endif
