// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeletePostgresExtensions (Rds API 2014-08-15, RPC, POST)
// RDS PostgreSQL
#ifndef RDSCODEC_RDS_DELETE_POSTGRES_EXTENSIONS_HPP
#define RDSCODEC_RDS_DELETE_POSTGRES_EXTENSIONS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_postgres_extensions {

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::string db_names;
  std::string extensions;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_postgres_extensions

namespace rdscodec {

template <>
struct operation_traits<rds::delete_postgres_extensions::request> {
  using request = rds::delete_postgres_extensions::request;
  using response = rds::delete_postgres_extensions::response;
  static constexpr std::string_view action = "DeletePostgresExtensions";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeletePostgresExtensionsResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_names>{"DBNames", presence::required},
      field<&request::extensions>{"Extensions", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_postgres_extensions::request>());

}  // namespace rdscodec

#endif
