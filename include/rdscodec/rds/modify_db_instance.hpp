// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstance (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance {

// ModifyDBInstanceRequest.DBNodes
struct db_nodes {
  std::optional<std::string> node_id;
  std::optional<std::string> role;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> zone_id;
};

struct request {
  std::optional<bool> auto_use_coupon;
  std::optional<bool> bursting_enabled;
  std::optional<std::string> category;
  std::optional<bool> cold_data_enabled;
  std::optional<std::string> db_instance_class;
  std::string db_instance_id;
  std::optional<std::int32_t> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::vector<::rdscodec::rds::modify_db_instance::db_nodes>> db_nodes;
  std::optional<std::string> direction;
  std::optional<std::string> effective_time;
  std::optional<std::string> io_acceleration_enabled;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> parameter_group_id;
  std::optional<std::map<std::string, std::string>> parameters;
  std::optional<std::string> promotion_code;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> switch_time;
  std::optional<std::string> target_minor_version;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::int64_t> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance

namespace rdscodec {

template <>
struct object_traits<rds::modify_db_instance::db_nodes> {
  static constexpr auto fields = field_list(
      field<&rds::modify_db_instance::db_nodes::node_id>{"NodeId", presence::optional},
      field<&rds::modify_db_instance::db_nodes::role>{"Role", presence::optional},
      field<&rds::modify_db_instance::db_nodes::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::modify_db_instance::db_nodes::zone_id>{"ZoneId", presence::optional});
};

template <>
struct operation_traits<rds::modify_db_instance::request> {
  using request = rds::modify_db_instance::request;
  using response = rds::modify_db_instance::response;
  static constexpr std::string_view action = "ModifyDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_use_coupon>{"AutoUseCoupon", presence::optional},
      field<&request::bursting_enabled>{"BurstingEnabled", presence::optional},
      field<&request::category>{"Category", presence::optional},
      field<&request::cold_data_enabled>{"ColdDataEnabled", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::optional, 5},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::db_nodes>{"DBNodes", presence::optional}.with(wire_style::json),
      field<&request::direction>{"Direction", presence::optional},
      field<&request::effective_time>{"EffectiveTime", presence::optional},
      field<&request::io_acceleration_enabled>{"IoAccelerationEnabled", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::parameter_group_id>{"ParameterGroupId", presence::optional},
      field<&request::parameters>{"Parameters", presence::optional}.with(wire_style::json),
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::target_minor_version>{"TargetMinorVersion", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance::request>());

}  // namespace rdscodec

#endif
