// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceTDE (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_TDE_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_TDE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_tde {

// DescribeDBInstanceTDEResponseBody.databases.database
struct database {
  std::optional<std::string> db_name;
  std::optional<std::string> tde_status;
};

// DescribeDBInstanceTDEResponseBody.databases
struct databases {
  std::vector<::rdscodec::rds::describe_db_instance_tde::database> database;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instance_tde::databases> databases;
  std::optional<std::string> encryption_key;
  std::optional<std::string> request_id;
  std::optional<std::string> tde_mode;
  std::optional<std::string> tde_status;
};

}  // namespace rdscodec::rds::describe_db_instance_tde

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_tde::database> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_tde::database::db_name>{"DBName", presence::optional},
      field<&rds::describe_db_instance_tde::database::tde_status>{"TDEStatus", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_tde::databases> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_tde::databases::database>{"Database", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_tde::request> {
  using request = rds::describe_db_instance_tde::request;
  using response = rds::describe_db_instance_tde::response;
  static constexpr std::string_view action = "DescribeDBInstanceTDE";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceTDEResponse";
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
      field<&response::databases>{"Databases", presence::optional},
      field<&response::encryption_key>{"EncryptionKey", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::tde_mode>{"TDEMode", presence::optional},
      field<&response::tde_status>{"TDEStatus", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_tde::request>());

}  // namespace rdscodec

#endif
