// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CopyDatabase (Rds API 2014-08-15, RPC, POST)
// This operation is phased out.
#ifndef RDSCODEC_RDS_COPY_DATABASE_HPP
#define RDSCODEC_RDS_COPY_DATABASE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::copy_database {

struct request {
  std::optional<std::string> db_instance_name;
  std::optional<std::string> dst_db_name;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> reserve_account;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> src_db_name;
};

struct response {
  std::optional<std::string> db_name;
  std::optional<std::string> db_status;
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::copy_database

namespace rdscodec {

template <>
struct operation_traits<rds::copy_database::request> {
  using request = rds::copy_database::request;
  using response = rds::copy_database::response;
  static constexpr std::string_view action = "CopyDatabase";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CopyDatabaseResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::optional},
      field<&request::dst_db_name>{"DstDBName", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::reserve_account>{"ReserveAccount", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::src_db_name>{"SrcDBName", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_name>{"DBName", presence::optional},
      field<&response::db_status>{"DBStatus", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::copy_database::request>());

}  // namespace rdscodec

#endif
