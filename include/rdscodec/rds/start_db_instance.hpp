// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// StartDBInstance (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following topics and make sure that you fully understand
// the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_START_DB_INSTANCE_HPP
#define RDSCODEC_RDS_START_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::start_db_instance {

struct request {
  std::string db_instance_id;
  std::optional<std::int32_t> db_instance_trans_type;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<std::string> effective_time;
  std::optional<std::string> engine_version;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> specified_time;
  std::optional<std::int32_t> storage;
  std::optional<std::string> target_db_instance_class;
  std::optional<std::string> target_dedicated_host_id_for_log;
  std::optional<std::string> target_dedicated_host_id_for_master;
  std::optional<std::string> target_dedicated_host_id_for_slave;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> zone_id;
};

struct response {
  std::optional<std::int32_t> migration_id;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> task_id;
};

}  // namespace rdscodec::rds::start_db_instance

namespace rdscodec {

template <>
struct operation_traits<rds::start_db_instance::request> {
  using request = rds::start_db_instance::request;
  using response = rds::start_db_instance::response;
  static constexpr std::string_view action = "StartDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "StartDBInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_instance_trans_type>{"DBInstanceTransType", presence::optional},
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&request::effective_time>{"EffectiveTime", presence::optional},
      field<&request::engine_version>{"EngineVersion", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::specified_time>{"SpecifiedTime", presence::optional},
      field<&request::storage>{"Storage", presence::optional},
      field<&request::target_db_instance_class>{"TargetDBInstanceClass", presence::optional},
      field<&request::target_dedicated_host_id_for_log>{"TargetDedicatedHostIdForLog", presence::optional},
      field<&request::target_dedicated_host_id_for_master>{"TargetDedicatedHostIdForMaster", presence::optional},
      field<&request::target_dedicated_host_id_for_slave>{"TargetDedicatedHostIdForSlave", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::migration_id>{"MigrationId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::start_db_instance::request>());

}  // namespace rdscodec

#endif
