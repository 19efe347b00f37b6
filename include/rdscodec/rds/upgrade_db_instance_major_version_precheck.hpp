// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// UpgradeDBInstanceMajorVersionPrecheck (Rds API 2014-08-15, RPC, POST)
// PostgreSQL
#ifndef RDSCODEC_RDS_UPGRADE_DB_INSTANCE_MAJOR_VERSION_PRECHECK_HPP
#define RDSCODEC_RDS_UPGRADE_DB_INSTANCE_MAJOR_VERSION_PRECHECK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::upgrade_db_instance_major_version_precheck {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> resource_owner_id;
  std::string target_major_version;
  std::optional<std::string> upgrade_mode;
};

struct response {
  std::optional<std::string> db_instance_name;
  std::optional<std::string> request_id;
  std::optional<std::string> target_major_version;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::upgrade_db_instance_major_version_precheck

namespace rdscodec {

template <>
struct operation_traits<rds::upgrade_db_instance_major_version_precheck::request> {
  using request = rds::upgrade_db_instance_major_version_precheck::request;
  using response = rds::upgrade_db_instance_major_version_precheck::response;
  static constexpr std::string_view action = "UpgradeDBInstanceMajorVersionPrecheck";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "UpgradeDBInstanceMajorVersionPrecheckResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::target_major_version>{"TargetMajorVersion", presence::required},
      field<&request::upgrade_mode>{"UpgradeMode", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_name>{"DBInstanceName", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::target_major_version>{"TargetMajorVersion", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::upgrade_db_instance_major_version_precheck::request>());

}  // namespace rdscodec

#endif
