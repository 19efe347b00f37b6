// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceHAConfig (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_HA_CONFIG_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_HA_CONFIG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_ha_config {

// DescribeDBInstanceHAConfigResponseBody.hostInstanceInfos.nodeInfo
struct node_info {
  std::optional<std::string> data_sync_time;
  std::optional<std::string> log_sync_time;
  std::optional<std::string> node_id;
  std::optional<std::string> node_type;
  std::optional<std::string> region_id;
  std::optional<std::string> sync_status;
  std::optional<std::string> zone_id;
};

// DescribeDBInstanceHAConfigResponseBody.hostInstanceInfos
struct host_instance_infos {
  std::vector<::rdscodec::rds::describe_db_instance_ha_config::node_info> node_info;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> ha_mode;
  std::optional<::rdscodec::rds::describe_db_instance_ha_config::host_instance_infos> host_instance_infos;
  std::optional<std::string> request_id;
  std::optional<std::string> sync_mode;
};

}  // namespace rdscodec::rds::describe_db_instance_ha_config

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_ha_config::node_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_ha_config::node_info::data_sync_time>{"DataSyncTime", presence::optional},
      field<&rds::describe_db_instance_ha_config::node_info::log_sync_time>{"LogSyncTime", presence::optional},
      field<&rds::describe_db_instance_ha_config::node_info::node_id>{"NodeId", presence::optional},
      field<&rds::describe_db_instance_ha_config::node_info::node_type>{"NodeType", presence::optional},
      field<&rds::describe_db_instance_ha_config::node_info::region_id>{"RegionId", presence::optional},
      field<&rds::describe_db_instance_ha_config::node_info::sync_status>{"SyncStatus", presence::optional},
      field<&rds::describe_db_instance_ha_config::node_info::zone_id>{"ZoneId", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_ha_config::host_instance_infos> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_ha_config::host_instance_infos::node_info>{"NodeInfo", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_ha_config::request> {
  using request = rds::describe_db_instance_ha_config::request;
  using response = rds::describe_db_instance_ha_config::response;
  static constexpr std::string_view action = "DescribeDBInstanceHAConfig";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceHAConfigResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::ha_mode>{"HAMode", presence::optional},
      field<&response::host_instance_infos>{"HostInstanceInfos", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::sync_mode>{"SyncMode", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_ha_config::request>());

}  // namespace rdscodec

#endif
