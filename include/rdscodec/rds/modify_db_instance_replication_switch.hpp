// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceReplicationSwitch (Rds API 2014-08-15, RPC, POST)
// If you want to enable the native replication feature for an ApsaraDB RDS for MySQL instance, the
// following requirements must be met:
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_REPLICATION_SWITCH_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_REPLICATION_SWITCH_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_replication_switch {

struct request {
  std::string db_instance_id;
  std::string external_replication;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_replication_switch

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_replication_switch::request> {
  using request = rds::modify_db_instance_replication_switch::request;
  using response = rds::modify_db_instance_replication_switch::response;
  static constexpr std::string_view action = "ModifyDBInstanceReplicationSwitch";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceReplicationSwitchResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::external_replication>{"ExternalReplication", presence::required},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_replication_switch::request>());

}  // namespace rdscodec

#endif
