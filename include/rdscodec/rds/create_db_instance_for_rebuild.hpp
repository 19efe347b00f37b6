// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateDBInstanceForRebuild (Rds API 2014-08-15, RPC, POST)
// : Fees are generated if the call is successful. Before you call this operation, carefully read the
// following documentation:
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_CREATE_DB_INSTANCE_FOR_REBUILD_HPP
#define RDSCODEC_RDS_CREATE_DB_INSTANCE_FOR_REBUILD_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_db_instance_for_rebuild {

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_description;
  std::string db_instance_id;
  std::optional<std::string> db_instance_net_type;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string pay_type;
  std::optional<std::string> period;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> security_ip_list;
  std::optional<std::string> used_time;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> zone_id;
  std::optional<std::string> zone_id_slave1;
  std::optional<std::string> zone_id_slave2;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> message;
  std::optional<std::string> order_id;
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::create_db_instance_for_rebuild

namespace rdscodec {

template <>
struct operation_traits<rds::create_db_instance_for_rebuild::request> {
  using request = rds::create_db_instance_for_rebuild::request;
  using response = rds::create_db_instance_for_rebuild::response;
  static constexpr std::string_view action = "CreateDBInstanceForRebuild";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateDBInstanceForRebuildResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_instance_net_type>{"DBInstanceNetType", presence::optional},
      field<&request::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pay_type>{"PayType", presence::required},
      field<&request::period>{"Period", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::security_ip_list>{"SecurityIPList", presence::optional},
      field<&request::used_time>{"UsedTime", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional},
      field<&request::zone_id_slave1>{"ZoneIdSlave1", presence::optional},
      field<&request::zone_id_slave2>{"ZoneIdSlave2", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::create_db_instance_for_rebuild::request>());

}  // namespace rdscodec

#endif
