// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyReadonlyInstanceDelayReplicationTime (Rds API 2014-08-15, RPC, POST)
// RDS MySQL
#ifndef RDSCODEC_RDS_MODIFY_READONLY_INSTANCE_DELAY_REPLICATION_TIME_HPP
#define RDSCODEC_RDS_MODIFY_READONLY_INSTANCE_DELAY_REPLICATION_TIME_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_readonly_instance_delay_replication_time {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::string read_sql_replication_time;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> read_sql_replication_time;
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::modify_readonly_instance_delay_replication_time

namespace rdscodec {

template <>
struct operation_traits<rds::modify_readonly_instance_delay_replication_time::request> {
  using request = rds::modify_readonly_instance_delay_replication_time::request;
  using response = rds::modify_readonly_instance_delay_replication_time::response;
  static constexpr std::string_view action = "ModifyReadonlyInstanceDelayReplicationTime";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyReadonlyInstanceDelayReplicationTimeResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::read_sql_replication_time>{"ReadSQLReplicationTime", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::read_sql_replication_time>{"ReadSQLReplicationTime", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::modify_readonly_instance_delay_replication_time::request>());

}  // namespace rdscodec

#endif
