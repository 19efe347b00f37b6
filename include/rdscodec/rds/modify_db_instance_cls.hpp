// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceCLS (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_CLS_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_CLS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_cls {

struct request {
  std::string db_instance_id;
  std::optional<std::string> encryption_algorithm;
  std::optional<std::string> encryption_key;
  std::optional<std::string> encryption_key_mode;
  std::string encryption_status;
  std::optional<bool> is_rotate;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> role_arn;
  std::optional<bool> white_list_mode;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_cls

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_cls::request> {
  using request = rds::modify_db_instance_cls::request;
  using response = rds::modify_db_instance_cls::response;
  static constexpr std::string_view action = "ModifyDBInstanceCLS";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceCLSResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::encryption_algorithm>{"EncryptionAlgorithm", presence::optional},
      field<&request::encryption_key>{"EncryptionKey", presence::optional},
      field<&request::encryption_key_mode>{"EncryptionKeyMode", presence::optional},
      field<&request::encryption_status>{"EncryptionStatus", presence::required},
      field<&request::is_rotate>{"IsRotate", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::role_arn>{"RoleArn", presence::optional},
      field<&request::white_list_mode>{"WhiteListMode", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_cls::request>());

}  // namespace rdscodec

#endif
