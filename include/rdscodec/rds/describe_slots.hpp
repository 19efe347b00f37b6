// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSlots (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_SLOTS_HPP
#define RDSCODEC_RDS_DESCRIBE_SLOTS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_slots {

// DescribeSlotsResponseBody.slots
struct slots {
  std::optional<std::string> database;
  std::optional<std::string> plugin;
  std::optional<std::string> slot_name;
  std::optional<std::string> slot_status;
  std::optional<std::string> slot_type;
  std::optional<std::string> sub_replay_lag;
  std::optional<std::string> temporary;
  std::optional<std::string> wal_delay;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
  std::vector<::rdscodec::rds::describe_slots::slots> slots;
};

}  // namespace rdscodec::rds::describe_slots

namespace rdscodec {

template <>
struct object_traits<rds::describe_slots::slots> {
  static constexpr auto fields = field_list(
      field<&rds::describe_slots::slots::database>{"Database", presence::optional},
      field<&rds::describe_slots::slots::plugin>{"Plugin", presence::optional},
      field<&rds::describe_slots::slots::slot_name>{"SlotName", presence::optional},
      field<&rds::describe_slots::slots::slot_status>{"SlotStatus", presence::optional},
      field<&rds::describe_slots::slots::slot_type>{"SlotType", presence::optional},
      field<&rds::describe_slots::slots::sub_replay_lag>{"SubReplayLag", presence::optional},
      field<&rds::describe_slots::slots::temporary>{"Temporary", presence::optional},
      field<&rds::describe_slots::slots::wal_delay>{"WalDelay", presence::optional});
};

template <>
struct operation_traits<rds::describe_slots::request> {
  using request = rds::describe_slots::request;
  using response = rds::describe_slots::response;
  static constexpr std::string_view action = "DescribeSlots";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSlotsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::slots>{"Slots", presence::optional});
};

static_assert(check_operation<rds::describe_slots::request>());

}  // namespace rdscodec

#endif
