// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBProxyInstance (Rds API 2014-08-15, RPC, POST)
// Starting October 17, 2023, ApsaraDB RDS for MySQL instances that run RDS Cluster Edition offer one
// free-of-charge dedicated database proxy for each unit in phases. For more information, see [[Special
// offers/Price changes] One dedicated proxy is provided free of charge for ApsaraDB RDS for MySQL
// instances on RDS Cluster Edition](~~2555466~~).
#ifndef RDSCODEC_RDS_MODIFY_DB_PROXY_INSTANCE_HPP
#define RDSCODEC_RDS_MODIFY_DB_PROXY_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_proxy_instance {

// ModifyDBProxyInstanceRequest.DBProxyNodes
struct db_proxy_nodes {
  std::optional<std::string> cpu_cores;
  std::optional<std::string> node_counts;
  std::optional<std::string> zone_id;
};

// ModifyDBProxyInstanceRequest.migrateAZ
struct migrate_az {
  std::optional<std::string> db_proxy_endpoint_id;
  std::optional<std::string> dest_v_switch_id;
  std::optional<std::string> dest_vpc_id;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> db_proxy_engine_type;
  std::string db_proxy_instance_num;
  std::string db_proxy_instance_type;
  std::optional<std::vector<::rdscodec::rds::modify_db_proxy_instance::db_proxy_nodes>> db_proxy_nodes;
  std::optional<std::string> effective_specific_time;
  std::optional<std::string> effective_time;
  std::optional<std::vector<::rdscodec::rds::modify_db_proxy_instance::migrate_az>> migrate_az;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> v_switch_ids;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_proxy_instance

namespace rdscodec {

template <>
struct object_traits<rds::modify_db_proxy_instance::db_proxy_nodes> {
  static constexpr auto fields = field_list(
      field<&rds::modify_db_proxy_instance::db_proxy_nodes::cpu_cores>{"cpuCores", presence::optional},
      field<&rds::modify_db_proxy_instance::db_proxy_nodes::node_counts>{"nodeCounts", presence::optional},
      field<&rds::modify_db_proxy_instance::db_proxy_nodes::zone_id>{"zoneId", presence::optional});
};

template <>
struct object_traits<rds::modify_db_proxy_instance::migrate_az> {
  static constexpr auto fields = field_list(
      field<&rds::modify_db_proxy_instance::migrate_az::db_proxy_endpoint_id>{"dbProxyEndpointId", presence::optional},
      field<&rds::modify_db_proxy_instance::migrate_az::dest_v_switch_id>{"destVSwitchId", presence::optional},
      field<&rds::modify_db_proxy_instance::migrate_az::dest_vpc_id>{"destVpcId", presence::optional});
};

template <>
struct operation_traits<rds::modify_db_proxy_instance::request> {
  using request = rds::modify_db_proxy_instance::request;
  using response = rds::modify_db_proxy_instance::response;
  static constexpr std::string_view action = "ModifyDBProxyInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBProxyInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::db_proxy_instance_num>{"DBProxyInstanceNum", presence::required},
      field<&request::db_proxy_instance_type>{"DBProxyInstanceType", presence::required},
      field<&request::db_proxy_nodes>{"DBProxyNodes", presence::optional}.with(wire_style::json),
      field<&request::effective_specific_time>{"EffectiveSpecificTime", presence::optional},
      field<&request::effective_time>{"EffectiveTime", presence::optional},
      field<&request::migrate_az>{"MigrateAZ", presence::optional}.with(wire_style::json),
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::v_switch_ids>{"VSwitchIds", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_proxy_instance::request>());

}  // namespace rdscodec

#endif
