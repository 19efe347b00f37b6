// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// MigrateSecurityIPMode (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_MIGRATE_SECURITY_IP_MODE_HPP
#define RDSCODEC_RDS_MIGRATE_SECURITY_IP_MODE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::migrate_security_ip_mode {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> request_id;
  std::optional<std::string> security_ip_mode;
};

}  // namespace rdscodec::rds::migrate_security_ip_mode

namespace rdscodec {

template <>
struct operation_traits<rds::migrate_security_ip_mode::request> {
  using request = rds::migrate_security_ip_mode::request;
  using response = rds::migrate_security_ip_mode::response;
  static constexpr std::string_view action = "MigrateSecurityIPMode";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "MigrateSecurityIPModeResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::security_ip_mode>{"SecurityIPMode", presence::optional});
};

static_assert(check_operation<rds::migrate_security_ip_mode::request>());

}  // namespace rdscodec

#endif
