// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceSpec (Rds API 2014-08-15, RPC, POST)
// Fees for specification changes are generated if the call is successful. Before you call this
// operation, carefully read the following topics.
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_SPEC_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_SPEC_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_spec {

// ModifyDBInstanceSpecRequest.serverlessConfiguration
struct serverless_configuration {
  std::optional<bool> auto_pause;
  std::optional<double> max_capacity;
  std::optional<double> min_capacity;
  std::optional<bool> switch_force;
};

struct request {
  std::optional<std::string> allocate_strategy;
  std::optional<bool> allow_major_version_upgrade;
  std::optional<bool> auto_use_coupon;
  std::optional<bool> bursting_enabled;
  std::optional<std::string> category;
  std::optional<bool> cold_data_enabled;
  std::optional<std::string> compression_mode;
  std::optional<std::string> db_instance_class;
  std::string db_instance_id;
  std::optional<std::int32_t> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<std::string> direction;
  std::optional<std::string> effective_time;
  std::optional<std::string> engine_version;
  std::optional<std::string> io_acceleration_enabled;
  std::optional<std::string> optimized_writes;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> pay_type;
  std::optional<std::string> promotion_code;
  std::optional<std::string> read_only_db_instance_class;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<::rdscodec::rds::modify_db_instance_spec::serverless_configuration> serverless_configuration;
  std::optional<std::string> source_biz;
  std::optional<std::string> switch_time;
  std::optional<std::string> target_minor_version;
  std::optional<std::int64_t> used_time;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> zone_id;
  std::optional<std::string> zone_id_slave1;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::int64_t> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_spec

namespace rdscodec {

template <>
struct object_traits<rds::modify_db_instance_spec::serverless_configuration> {
  static constexpr auto fields = field_list(
      field<&rds::modify_db_instance_spec::serverless_configuration::auto_pause>{"AutoPause", presence::optional},
      field<&rds::modify_db_instance_spec::serverless_configuration::max_capacity>{"MaxCapacity", presence::optional},
      field<&rds::modify_db_instance_spec::serverless_configuration::min_capacity>{"MinCapacity", presence::optional},
      field<&rds::modify_db_instance_spec::serverless_configuration::switch_force>{"SwitchForce", presence::optional});
};

template <>
struct operation_traits<rds::modify_db_instance_spec::request> {
  using request = rds::modify_db_instance_spec::request;
  using response = rds::modify_db_instance_spec::response;
  static constexpr std::string_view action = "ModifyDBInstanceSpec";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceSpecResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::allocate_strategy>{"AllocateStrategy", presence::optional},
      field<&request::allow_major_version_upgrade>{"AllowMajorVersionUpgrade", presence::optional},
      field<&request::auto_use_coupon>{"AutoUseCoupon", presence::optional},
      field<&request::bursting_enabled>{"BurstingEnabled", presence::optional},
      field<&request::category>{"Category", presence::optional},
      field<&request::cold_data_enabled>{"ColdDataEnabled", presence::optional},
      field<&request::compression_mode>{"CompressionMode", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::optional, 5},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&request::direction>{"Direction", presence::optional},
      field<&request::effective_time>{"EffectiveTime", presence::optional},
      field<&request::engine_version>{"EngineVersion", presence::optional},
      field<&request::io_acceleration_enabled>{"IoAccelerationEnabled", presence::optional},
      field<&request::optimized_writes>{"OptimizedWrites", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pay_type>{"PayType", presence::optional},
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::read_only_db_instance_class>{"ReadOnlyDBInstanceClass", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::serverless_configuration>{"ServerlessConfiguration", presence::optional}.with(wire_style::json),
      field<&request::source_biz>{"SourceBiz", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::target_minor_version>{"TargetMinorVersion", presence::optional},
      field<&request::used_time>{"UsedTime", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional},
      field<&request::zone_id_slave1>{"ZoneIdSlave1", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_spec::request>());

}  // namespace rdscodec

#endif
