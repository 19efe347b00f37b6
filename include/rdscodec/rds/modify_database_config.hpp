// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDatabaseConfig (Rds API 2014-08-15, RPC, POST)
// You can call this operation to modify the database properties of an ApsaraDB RDS for SQL Server
// instance and archive data from an instance that uses cloud disks to an Object Storage Service (OSS)
// bucket. Before you call this operation to archive data to an OSS bucket, you must enable the data
// archiving feature in the ApsaraDB RDS console. For more information, see Modify database properties
// and Archive cloud disk data to an OSS bucket.
#ifndef RDSCODEC_RDS_MODIFY_DATABASE_CONFIG_HPP
#define RDSCODEC_RDS_MODIFY_DATABASE_CONFIG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_database_config {

struct request {
  std::string db_instance_id;
  std::string db_name;
  std::string database_property_name;
  std::string database_property_value;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> code;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_database_config

namespace rdscodec {

template <>
struct operation_traits<rds::modify_database_config::request> {
  using request = rds::modify_database_config::request;
  using response = rds::modify_database_config::response;
  static constexpr std::string_view action = "ModifyDatabaseConfig";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDatabaseConfigResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::required},
      field<&request::database_property_name>{"DatabasePropertyName", presence::required},
      field<&request::database_property_value>{"DatabasePropertyValue", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_database_config::request>());

}  // namespace rdscodec

#endif
