// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteDBInstance (Rds API 2014-08-15, RPC, POST)
// Note Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_DELETE_DB_INSTANCE_HPP
#define RDSCODEC_RDS_DELETE_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_db_instance {

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> released_keep_policy;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_db_instance

namespace rdscodec {

template <>
struct operation_traits<rds::delete_db_instance::request> {
  using request = rds::delete_db_instance::request;
  using response = rds::delete_db_instance::response;
  static constexpr std::string_view action = "DeleteDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteDBInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::released_keep_policy>{"ReleasedKeepPolicy", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_db_instance::request>());

}  // namespace rdscodec

#endif
