// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteDatabase (Rds API 2014-08-15, RPC, POST)
// : Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_DELETE_DATABASE_HPP
#define RDSCODEC_RDS_DELETE_DATABASE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_database {

struct request {
  std::string db_instance_id;
  std::string db_name;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_database

namespace rdscodec {

template <>
struct operation_traits<rds::delete_database::request> {
  using request = rds::delete_database::request;
  using response = rds::delete_database::response;
  static constexpr std::string_view action = "DeleteDatabase";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteDatabaseResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_database::request>());

}  // namespace rdscodec

#endif
