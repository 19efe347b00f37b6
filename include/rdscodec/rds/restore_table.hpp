// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RestoreTable (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following topics and make sure that you fully understand
// the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_RESTORE_TABLE_HPP
#define RDSCODEC_RDS_RESTORE_TABLE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::restore_table {

struct request {
  std::optional<std::string> backup_id;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<bool> instant_recovery;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> restore_time;
  std::string table_meta;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::restore_table

namespace rdscodec {

template <>
struct operation_traits<rds::restore_table::request> {
  using request = rds::restore_table::request;
  using response = rds::restore_table::response;
  static constexpr std::string_view action = "RestoreTable";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RestoreTableResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::instant_recovery>{"InstantRecovery", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::restore_time>{"RestoreTime", presence::optional},
      field<&request::table_meta>{"TableMeta", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::restore_table::request>());

}  // namespace rdscodec

#endif
