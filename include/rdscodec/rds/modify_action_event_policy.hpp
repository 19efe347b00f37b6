// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyActionEventPolicy (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_MODIFY_ACTION_EVENT_POLICY_HPP
#define RDSCODEC_RDS_MODIFY_ACTION_EVENT_POLICY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_action_event_policy {

struct request {
  std::string enable_event_log;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> enable_event_log;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_action_event_policy

namespace rdscodec {

template <>
struct operation_traits<rds::modify_action_event_policy::request> {
  using request = rds::modify_action_event_policy::request;
  using response = rds::modify_action_event_policy::response;
  static constexpr std::string_view action = "ModifyActionEventPolicy";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyActionEventPolicyResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::enable_event_log>{"EnableEventLog", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::enable_event_log>{"EnableEventLog", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_action_event_policy::request>());

}  // namespace rdscodec

#endif
