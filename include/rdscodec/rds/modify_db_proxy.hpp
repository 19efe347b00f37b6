// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBProxy (Rds API 2014-08-15, RPC, POST)
// Starting October 17, 2023, ApsaraDB RDS for MySQL instances that run RDS Cluster Edition offer one
// free-of-charge dedicated database proxy for each unit in phases. For more information, see [[Special
// offers/Price changes] One dedicated proxy is provided free of charge for ApsaraDB RDS for MySQL
// instances on RDS Cluster Edition](~~2555466~~).
#ifndef RDSCODEC_RDS_MODIFY_DB_PROXY_HPP
#define RDSCODEC_RDS_MODIFY_DB_PROXY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_proxy {

// ModifyDBProxyRequest.DBProxyNodes
struct db_proxy_nodes {
  std::optional<std::string> cpu_cores;
  std::optional<std::string> node_counts;
  std::optional<std::string> zone_id;
};

struct request {
  std::string config_db_proxy_service;
  std::string db_instance_id;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::string> db_proxy_instance_num;
  std::optional<std::string> db_proxy_instance_type;
  std::optional<std::vector<::rdscodec::rds::modify_db_proxy::db_proxy_nodes>> db_proxy_nodes;
  std::optional<std::string> instance_network_type;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> persistent_connection_status;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_proxy

namespace rdscodec {

template <>
struct object_traits<rds::modify_db_proxy::db_proxy_nodes> {
  static constexpr auto fields = field_list(
      field<&rds::modify_db_proxy::db_proxy_nodes::cpu_cores>{"cpuCores", presence::optional},
      field<&rds::modify_db_proxy::db_proxy_nodes::node_counts>{"nodeCounts", presence::optional},
      field<&rds::modify_db_proxy::db_proxy_nodes::zone_id>{"zoneId", presence::optional});
};

template <>
struct operation_traits<rds::modify_db_proxy::request> {
  using request = rds::modify_db_proxy::request;
  using response = rds::modify_db_proxy::response;
  static constexpr std::string_view action = "ModifyDBProxy";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBProxyResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::config_db_proxy_service>{"ConfigDBProxyService", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::db_proxy_instance_num>{"DBProxyInstanceNum", presence::optional},
      field<&request::db_proxy_instance_type>{"DBProxyInstanceType", presence::optional},
      field<&request::db_proxy_nodes>{"DBProxyNodes", presence::optional}.with(wire_style::json),
      field<&request::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::persistent_connection_status>{"PersistentConnectionStatus", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_proxy::request>());

}  // namespace rdscodec

#endif
