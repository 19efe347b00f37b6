// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// MigrateToOtherZone (Rds API 2014-08-15, RPC, POST)
// : Before you call this operation, carefully read the following documentation. Make sure that you
// fully understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_MIGRATE_TO_OTHER_ZONE_HPP
#define RDSCODEC_RDS_MIGRATE_TO_OTHER_ZONE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::migrate_to_other_zone {

struct request {
  std::optional<std::string> category;
  std::optional<std::string> custom_extra_info;
  std::optional<std::string> db_instance_class;
  std::string db_instance_id;
  std::optional<std::int64_t> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> effective_time;
  std::optional<std::string> io_acceleration_enabled;
  std::optional<std::string> is_modify_spec;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> switch_time;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
  std::string zone_id;
  std::optional<std::string> zone_id_slave1;
  std::optional<std::string> zone_id_slave2;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::int64_t> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::migrate_to_other_zone

namespace rdscodec {

template <>
struct operation_traits<rds::migrate_to_other_zone::request> {
  using request = rds::migrate_to_other_zone::request;
  using response = rds::migrate_to_other_zone::response;
  static constexpr std::string_view action = "MigrateToOtherZone";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "MigrateToOtherZoneResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::category>{"Category", presence::optional},
      field<&request::custom_extra_info>{"CustomExtraInfo", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::optional},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::effective_time>{"EffectiveTime", presence::optional},
      field<&request::io_acceleration_enabled>{"IoAccelerationEnabled", presence::optional},
      field<&request::is_modify_spec>{"IsModifySpec", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::required},
      field<&request::zone_id_slave1>{"ZoneIdSlave1", presence::optional},
      field<&request::zone_id_slave2>{"ZoneIdSlave2", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::migrate_to_other_zone::request>());

}  // namespace rdscodec

#endif
