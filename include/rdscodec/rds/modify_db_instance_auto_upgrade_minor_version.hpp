// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceAutoUpgradeMinorVersion (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_AUTO_UPGRADE_MINOR_VERSION_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_AUTO_UPGRADE_MINOR_VERSION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_auto_upgrade_minor_version {

struct request {
  std::string auto_upgrade_minor_version;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_auto_upgrade_minor_version

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_auto_upgrade_minor_version::request> {
  using request = rds::modify_db_instance_auto_upgrade_minor_version::request;
  using response = rds::modify_db_instance_auto_upgrade_minor_version::response;
  static constexpr std::string_view action = "ModifyDBInstanceAutoUpgradeMinorVersion";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceAutoUpgradeMinorVersionResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_upgrade_minor_version>{"AutoUpgradeMinorVersion", presence::required},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_auto_upgrade_minor_version::request>());

}  // namespace rdscodec

#endif
