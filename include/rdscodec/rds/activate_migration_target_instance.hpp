// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ActivateMigrationTargetInstance (Rds API 2014-08-15, RPC, POST)
// : Before you call this operation, carefully read the following documentation. Make sure that you
// fully understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_ACTIVATE_MIGRATION_TARGET_INSTANCE_HPP
#define RDSCODEC_RDS_ACTIVATE_MIGRATION_TARGET_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::activate_migration_target_instance {

struct request {
  std::string db_instance_name;
  std::optional<std::string> force_switch;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> switch_time;
  std::optional<std::string> switch_time_mode;
};

struct response {
  std::optional<std::string> db_instance_name;
  std::optional<std::string> request_id;
  std::optional<std::string> source_ip_address;
  std::optional<std::int64_t> source_port;
  std::optional<std::int64_t> task_id;
};

}  // namespace rdscodec::rds::activate_migration_target_instance

namespace rdscodec {

template <>
struct operation_traits<rds::activate_migration_target_instance::request> {
  using request = rds::activate_migration_target_instance::request;
  using response = rds::activate_migration_target_instance::response;
  static constexpr std::string_view action = "ActivateMigrationTargetInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ActivateMigrationTargetInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::required},
      field<&request::force_switch>{"ForceSwitch", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::switch_time_mode>{"SwitchTimeMode", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_name>{"DBInstanceName", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::source_ip_address>{"SourceIpAddress", presence::optional},
      field<&response::source_port>{"SourcePort", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::activate_migration_target_instance::request>());

}  // namespace rdscodec

#endif
