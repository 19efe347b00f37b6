// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// UpgradeDBInstanceEngineVersion (Rds API 2014-08-15, RPC, POST)
// MySQL
#ifndef RDSCODEC_RDS_UPGRADE_DB_INSTANCE_ENGINE_VERSION_HPP
#define RDSCODEC_RDS_UPGRADE_DB_INSTANCE_ENGINE_VERSION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::upgrade_db_instance_engine_version {

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> effective_time;
  std::string engine_version;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::upgrade_db_instance_engine_version

namespace rdscodec {

template <>
struct operation_traits<rds::upgrade_db_instance_engine_version::request> {
  using request = rds::upgrade_db_instance_engine_version::request;
  using response = rds::upgrade_db_instance_engine_version::response;
  static constexpr std::string_view action = "UpgradeDBInstanceEngineVersion";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "UpgradeDBInstanceEngineVersionResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::effective_time>{"EffectiveTime", presence::optional},
      field<&request::engine_version>{"EngineVersion", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::upgrade_db_instance_engine_version::request>());

}  // namespace rdscodec

#endif
