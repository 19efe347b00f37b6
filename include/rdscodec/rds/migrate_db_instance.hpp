// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// MigrateDBInstance (Rds API 2014-08-15, RPC, POST)
// Dedicated clusters allow you to manage a number of instances at a time. You can create multiple
// dedicated clusters in a single region. Each dedicated cluster consists of multiple hosts. You can
// create multiple instances on each host. For more information, see What is ApsaraDB MyBase?
#ifndef RDSCODEC_RDS_MIGRATE_DB_INSTANCE_HPP
#define RDSCODEC_RDS_MIGRATE_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::migrate_db_instance {

struct request {
  std::string db_instance_id;
  std::string dedicated_host_group_id;
  std::optional<std::string> effective_time;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> specified_time;
  std::optional<std::string> target_dedicated_host_id_for_master;
  std::optional<std::string> target_dedicated_host_id_for_slave;
  std::optional<std::string> zone_id_for_follower;
  std::optional<std::string> zone_id_for_log;
};

struct response {
  std::optional<std::int32_t> migration_id;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> task_id;
};

}  // namespace rdscodec::rds::migrate_db_instance

namespace rdscodec {

template <>
struct operation_traits<rds::migrate_db_instance::request> {
  using request = rds::migrate_db_instance::request;
  using response = rds::migrate_db_instance::response;
  static constexpr std::string_view action = "MigrateDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "MigrateDBInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::required},
      field<&request::effective_time>{"EffectiveTime", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::specified_time>{"SpecifiedTime", presence::optional},
      field<&request::target_dedicated_host_id_for_master>{"TargetDedicatedHostIdForMaster", presence::optional},
      field<&request::target_dedicated_host_id_for_slave>{"TargetDedicatedHostIdForSlave", presence::optional},
      field<&request::zone_id_for_follower>{"ZoneIdForFollower", presence::optional},
      field<&request::zone_id_for_log>{"ZoneIdForLog", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::migration_id>{"MigrationId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::migrate_db_instance::request>());

}  // namespace rdscodec

#endif
