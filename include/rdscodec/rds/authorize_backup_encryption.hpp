// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// AuthorizeBackupEncryption (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_AUTHORIZE_BACKUP_ENCRYPTION_HPP
#define RDSCODEC_RDS_AUTHORIZE_BACKUP_ENCRYPTION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::authorize_backup_encryption {

struct request {
  std::string region_id;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::int32_t> authorization_state;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
  std::optional<std::string> role_arn;
};

}  // namespace rdscodec::rds::authorize_backup_encryption

namespace rdscodec {

template <>
struct operation_traits<rds::authorize_backup_encryption::request> {
  using request = rds::authorize_backup_encryption::request;
  using response = rds::authorize_backup_encryption::response;
  static constexpr std::string_view action = "AuthorizeBackupEncryption";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "AuthorizeBackupEncryptionResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::authorization_state>{"AuthorizationState", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::role_arn>{"RoleARN", presence::optional});
};

static_assert(check_operation<rds::authorize_backup_encryption::request>());

}  // namespace rdscodec

#endif
