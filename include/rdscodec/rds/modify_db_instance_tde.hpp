// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceTDE (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_TDE_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_TDE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_tde {

struct request {
  std::optional<std::string> certificate;
  std::string db_instance_id;
  std::optional<std::string> db_name;
  std::optional<std::string> encryption_key;
  std::optional<bool> is_rotate;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> pass_word;
  std::optional<std::string> private_key;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> role_arn;
  std::string tde_status;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_tde

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_tde::request> {
  using request = rds::modify_db_instance_tde::request;
  using response = rds::modify_db_instance_tde::response;
  static constexpr std::string_view action = "ModifyDBInstanceTDE";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceTDEResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::certificate>{"Certificate", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_name>{"DBName", presence::optional},
      field<&request::encryption_key>{"EncryptionKey", presence::optional},
      field<&request::is_rotate>{"IsRotate", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pass_word>{"PassWord", presence::optional},
      field<&request::private_key>{"PrivateKey", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::role_arn>{"RoleArn", presence::optional},
      field<&request::tde_status>{"TDEStatus", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_tde::request>());

}  // namespace rdscodec

#endif
