// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyBackupSetExpireTime (Rds API 2014-08-15, RPC, POST)
// RDS SQL Server
#ifndef RDSCODEC_RDS_MODIFY_BACKUP_SET_EXPIRE_TIME_HPP
#define RDSCODEC_RDS_MODIFY_BACKUP_SET_EXPIRE_TIME_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_backup_set_expire_time {

struct request {
  std::int64_t backup_id;
  std::string db_instance_id;
  std::string expect_expire_time;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> code;
  std::optional<std::string> data;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::modify_backup_set_expire_time

namespace rdscodec {

template <>
struct operation_traits<rds::modify_backup_set_expire_time::request> {
  using request = rds::modify_backup_set_expire_time::request;
  using response = rds::modify_backup_set_expire_time::response;
  static constexpr std::string_view action = "ModifyBackupSetExpireTime";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyBackupSetExpireTimeResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::expect_expire_time>{"ExpectExpireTime", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::data>{"Data", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::modify_backup_set_expire_time::request>());

}  // namespace rdscodec

#endif
