// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateDatabase (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_CREATE_DATABASE_HPP
#define RDSCODEC_RDS_CREATE_DATABASE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_database {

struct request {
  std::string character_set_name;
  std::optional<std::string> db_description;
  std::string db_instance_id;
  std::string db_name;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_database

namespace rdscodec {

template <>
struct operation_traits<rds::create_database::request> {
  using request = rds::create_database::request;
  using response = rds::create_database::response;
  static constexpr std::string_view action = "CreateDatabase";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateDatabaseResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::character_set_name>{"CharacterSetName", presence::required},
      field<&request::db_description>{"DBDescription", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_database::request>());

}  // namespace rdscodec

#endif
