// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceProxyConfiguration (Rds API 2014-08-15, RPC, POST)
// This operation is used to query the shared proxy settings of an instance that runs MySQL or the
// read/write splitting settings of an instance that runs SQL Server. For more information about how to
// query the dedicated proxy settings of an ApsaraDB RDS for MySQL instance, see DescribeDBProxy.
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_PROXY_CONFIGURATION_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_PROXY_CONFIGURATION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_proxy_configuration {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> attacks_protection_configuration;
  std::optional<std::string> persistent_connections_configuration;
  std::optional<std::string> request_id;
  std::optional<std::string> transparent_switch_configuration;
};

}  // namespace rdscodec::rds::describe_db_instance_proxy_configuration

namespace rdscodec {

template <>
struct operation_traits<rds::describe_db_instance_proxy_configuration::request> {
  using request = rds::describe_db_instance_proxy_configuration::request;
  using response = rds::describe_db_instance_proxy_configuration::response;
  static constexpr std::string_view action = "DescribeDBInstanceProxyConfiguration";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceProxyConfigurationResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::attacks_protection_configuration>{"AttacksProtectionConfiguration", presence::optional},
      field<&response::persistent_connections_configuration>{"PersistentConnectionsConfiguration", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::transparent_switch_configuration>{"TransparentSwitchConfiguration", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_proxy_configuration::request>());

}  // namespace rdscodec

#endif
