// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateTempDBInstance (Rds API 2014-08-15, RPC, POST)
// Your RDS instance runs SQL Server 2008 R2 with local disks.
#ifndef RDSCODEC_RDS_CREATE_TEMP_DB_INSTANCE_HPP
#define RDSCODEC_RDS_CREATE_TEMP_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_temp_db_instance {

struct request {
  std::optional<std::int64_t> backup_id;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> restore_time;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::string> temp_db_instance_id;
};

}  // namespace rdscodec::rds::create_temp_db_instance

namespace rdscodec {

template <>
struct operation_traits<rds::create_temp_db_instance::request> {
  using request = rds::create_temp_db_instance::request;
  using response = rds::create_temp_db_instance::response;
  static constexpr std::string_view action = "CreateTempDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateTempDBInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::restore_time>{"RestoreTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::temp_db_instance_id>{"TempDBInstanceId", presence::optional});
};

static_assert(check_operation<rds::create_temp_db_instance::request>());

}  // namespace rdscodec

#endif
