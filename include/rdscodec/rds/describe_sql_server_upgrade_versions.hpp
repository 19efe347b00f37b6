// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSQLServerUpgradeVersions (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_SQL_SERVER_UPGRADE_VERSIONS_HPP
#define RDSCODEC_RDS_DESCRIBE_SQL_SERVER_UPGRADE_VERSIONS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_sql_server_upgrade_versions {

// DescribeSQLServerUpgradeVersionsResponseBody.items.item.SQLServerUpgradeVersions.SQLServerUpgradeVersion.DBInstanceClassItems.DBInstanceClassItem
struct db_instance_class_item {
  std::optional<std::string> cpu;
  std::optional<std::string> db_instance_class;
  std::optional<std::string> db_instance_class_type;
  std::optional<std::string> group;
  std::optional<std::string> memory;
};

// DescribeSQLServerUpgradeVersionsResponseBody.items.item.SQLServerUpgradeVersions.SQLServerUpgradeVersion.DBInstanceClassItems
struct db_instance_class_items {
  std::vector<::rdscodec::rds::describe_sql_server_upgrade_versions::db_instance_class_item> db_instance_class_item;
};

// DescribeSQLServerUpgradeVersionsResponseBody.items.item.SQLServerUpgradeVersions.SQLServerUpgradeVersion
struct sql_server_upgrade_version {
  std::optional<::rdscodec::rds::describe_sql_server_upgrade_versions::db_instance_class_items> db_instance_class_items;
  std::optional<std::string> enable_upgrade;
  std::optional<std::string> version;
};

// DescribeSQLServerUpgradeVersionsResponseBody.items.item.SQLServerUpgradeVersions
struct sql_server_upgrade_versions {
  std::vector<::rdscodec::rds::describe_sql_server_upgrade_versions::sql_server_upgrade_version> sql_server_upgrade_version;
};

// DescribeSQLServerUpgradeVersionsResponseBody.items.item
struct item {
  std::optional<std::string> current_version;
  std::optional<::rdscodec::rds::describe_sql_server_upgrade_versions::sql_server_upgrade_versions> sql_server_upgrade_versions;
};

// DescribeSQLServerUpgradeVersionsResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_sql_server_upgrade_versions::item> item;
};

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> engine_version;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_sql_server_upgrade_versions::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_sql_server_upgrade_versions

namespace rdscodec {

template <>
struct object_traits<rds::describe_sql_server_upgrade_versions::db_instance_class_item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_server_upgrade_versions::db_instance_class_item::cpu>{"CPU", presence::optional},
      field<&rds::describe_sql_server_upgrade_versions::db_instance_class_item::db_instance_class>{"DBInstanceClass", presence::optional},
      field<&rds::describe_sql_server_upgrade_versions::db_instance_class_item::db_instance_class_type>{"DBInstanceClassType", presence::optional},
      field<&rds::describe_sql_server_upgrade_versions::db_instance_class_item::group>{"Group", presence::optional},
      field<&rds::describe_sql_server_upgrade_versions::db_instance_class_item::memory>{"Memory", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_server_upgrade_versions::db_instance_class_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_server_upgrade_versions::db_instance_class_items::db_instance_class_item>{"DBInstanceClassItem", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_server_upgrade_versions::sql_server_upgrade_version> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_server_upgrade_versions::sql_server_upgrade_version::db_instance_class_items>{"DBInstanceClassItems", presence::optional},
      field<&rds::describe_sql_server_upgrade_versions::sql_server_upgrade_version::enable_upgrade>{"EnableUpgrade", presence::optional},
      field<&rds::describe_sql_server_upgrade_versions::sql_server_upgrade_version::version>{"Version", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_server_upgrade_versions::sql_server_upgrade_versions> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_server_upgrade_versions::sql_server_upgrade_versions::sql_server_upgrade_version>{"SQLServerUpgradeVersion", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_server_upgrade_versions::item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_server_upgrade_versions::item::current_version>{"CurrentVersion", presence::optional},
      field<&rds::describe_sql_server_upgrade_versions::item::sql_server_upgrade_versions>{"SQLServerUpgradeVersions", presence::optional});
};

template <>
struct object_traits<rds::describe_sql_server_upgrade_versions::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_sql_server_upgrade_versions::items::item>{"Item", presence::optional});
};

template <>
struct operation_traits<rds::describe_sql_server_upgrade_versions::request> {
  using request = rds::describe_sql_server_upgrade_versions::request;
  using response = rds::describe_sql_server_upgrade_versions::response;
  static constexpr std::string_view action = "DescribeSQLServerUpgradeVersions";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSQLServerUpgradeVersionsResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::engine_version>{"EngineVersion", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_sql_server_upgrade_versions::request>());

}  // namespace rdscodec

#endif
