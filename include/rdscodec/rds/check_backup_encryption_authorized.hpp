// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CheckBackupEncryptionAuthorized (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CHECK_BACKUP_ENCRYPTION_AUTHORIZED_HPP
#define RDSCODEC_RDS_CHECK_BACKUP_ENCRYPTION_AUTHORIZED_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::check_backup_encryption_authorized {

struct request {
  std::string region_id;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> authorization_state;
  std::optional<std::string> request_id;
  std::optional<std::string> role_arn;
};

}  // namespace rdscodec::rds::check_backup_encryption_authorized

namespace rdscodec {

template <>
struct operation_traits<rds::check_backup_encryption_authorized::request> {
  using request = rds::check_backup_encryption_authorized::request;
  using response = rds::check_backup_encryption_authorized::response;
  static constexpr std::string_view action = "CheckBackupEncryptionAuthorized";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CheckBackupEncryptionAuthorizedResponse";
  /// Only reads (the action begins with Check; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::authorization_state>{"AuthorizationState", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::role_arn>{"RoleARN", presence::optional});
};

static_assert(check_operation<rds::check_backup_encryption_authorized::request>());

}  // namespace rdscodec

#endif
