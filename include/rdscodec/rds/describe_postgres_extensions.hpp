// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribePostgresExtensions (Rds API 2014-08-15, RPC, POST)
// RDS PostgreSQL
#ifndef RDSCODEC_RDS_DESCRIBE_POSTGRES_EXTENSIONS_HPP
#define RDSCODEC_RDS_DESCRIBE_POSTGRES_EXTENSIONS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_postgres_extensions {

// DescribePostgresExtensionsResponseBody.installedExtensions
struct installed_extensions {
  std::optional<std::string> category;
  std::optional<std::string> comment;
  std::optional<std::string> default_version;
  std::optional<std::string> installed_version;
  std::optional<std::string> name;
  std::optional<std::string> owner;
  std::optional<std::string> priority;
  std::optional<std::string> requires_;
  std::optional<std::string> uid;
};

// DescribePostgresExtensionsResponseBody.uninstalledExtensions
struct uninstalled_extensions {
  std::optional<std::string> category;
  std::optional<std::string> comment;
  std::optional<std::string> default_version;
  std::optional<std::string> installed_version;
  std::optional<std::string> name;
  std::optional<std::string> owner;
  std::optional<std::string> priority;
  std::optional<std::string> requires_;
  std::optional<std::string> uid;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::string db_name;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_postgres_extensions::installed_extensions> installed_extensions;
  std::optional<std::map<std::string, raw_json>> overview;
  std::optional<std::string> request_id;
  std::vector<::rdscodec::rds::describe_postgres_extensions::uninstalled_extensions> uninstalled_extensions;
};

}  // namespace rdscodec::rds::describe_postgres_extensions

namespace rdscodec {

template <>
struct object_traits<rds::describe_postgres_extensions::installed_extensions> {
  static constexpr auto fields = field_list(
      field<&rds::describe_postgres_extensions::installed_extensions::category>{"Category", presence::optional},
      field<&rds::describe_postgres_extensions::installed_extensions::comment>{"Comment", presence::optional},
      field<&rds::describe_postgres_extensions::installed_extensions::default_version>{"DefaultVersion", presence::optional},
      field<&rds::describe_postgres_extensions::installed_extensions::installed_version>{"InstalledVersion", presence::optional},
      field<&rds::describe_postgres_extensions::installed_extensions::name>{"Name", presence::optional},
      field<&rds::describe_postgres_extensions::installed_extensions::owner>{"Owner", presence::optional},
      field<&rds::describe_postgres_extensions::installed_extensions::priority>{"Priority", presence::optional},
      field<&rds::describe_postgres_extensions::installed_extensions::requires_>{"Requires", presence::optional},
      field<&rds::describe_postgres_extensions::installed_extensions::uid>{"Uid", presence::optional});
};

template <>
struct object_traits<rds::describe_postgres_extensions::uninstalled_extensions> {
  static constexpr auto fields = field_list(
      field<&rds::describe_postgres_extensions::uninstalled_extensions::category>{"Category", presence::optional},
      field<&rds::describe_postgres_extensions::uninstalled_extensions::comment>{"Comment", presence::optional},
      field<&rds::describe_postgres_extensions::uninstalled_extensions::default_version>{"DefaultVersion", presence::optional},
      field<&rds::describe_postgres_extensions::uninstalled_extensions::installed_version>{"InstalledVersion", presence::optional},
      field<&rds::describe_postgres_extensions::uninstalled_extensions::name>{"Name", presence::optional},
      field<&rds::describe_postgres_extensions::uninstalled_extensions::owner>{"Owner", presence::optional},
      field<&rds::describe_postgres_extensions::uninstalled_extensions::priority>{"Priority", presence::optional},
      field<&rds::describe_postgres_extensions::uninstalled_extensions::requires_>{"Requires", presence::optional},
      field<&rds::describe_postgres_extensions::uninstalled_extensions::uid>{"Uid", presence::optional});
};

template <>
struct operation_traits<rds::describe_postgres_extensions::request> {
  using request = rds::describe_postgres_extensions::request;
  using response = rds::describe_postgres_extensions::response;
  static constexpr std::string_view action = "DescribePostgresExtensions";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribePostgresExtensionsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::installed_extensions>{"InstalledExtensions", presence::optional},
      field<&response::overview>{"Overview", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::uninstalled_extensions>{"UninstalledExtensions", presence::optional});
};

static_assert(check_operation<rds::describe_postgres_extensions::request>());

}  // namespace rdscodec

#endif
