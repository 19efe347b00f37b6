// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CheckCreateDdrDBInstance (Rds API 2014-08-15, RPC, POST)
// If your ApsaraDB RDS for PostgreSQL instance uses the new architecture and is created after October
// 10, 2022, this feature is not supported for the RDS instance. For more information, see [[Notice]
// SLR authorization is required to create an ApsaraDB RDS for PostgreSQL instance from October 10,
// 2022](~~452313~~).
#ifndef RDSCODEC_RDS_CHECK_CREATE_DDR_DB_INSTANCE_HPP
#define RDSCODEC_RDS_CHECK_CREATE_DDR_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::check_create_ddr_db_instance {

struct request {
  std::optional<std::string> backup_set_id;
  std::string db_instance_class;
  std::int32_t db_instance_storage;
  std::string engine;
  std::string engine_version;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> restore_time;
  std::string restore_type;
  std::optional<std::string> source_db_instance_name;
  std::optional<std::string> source_region;
};

struct response {
  std::optional<std::string> is_valid;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::check_create_ddr_db_instance

namespace rdscodec {

template <>
struct operation_traits<rds::check_create_ddr_db_instance::request> {
  using request = rds::check_create_ddr_db_instance::request;
  using response = rds::check_create_ddr_db_instance::response;
  static constexpr std::string_view action = "CheckCreateDdrDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CheckCreateDdrDBInstanceResponse";
  /// Only reads (the action begins with Check; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_set_id>{"BackupSetId", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::required},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::required},
      field<&request::engine>{"Engine", presence::required},
      field<&request::engine_version>{"EngineVersion", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::restore_time>{"RestoreTime", presence::optional},
      field<&request::restore_type>{"RestoreType", presence::required},
      field<&request::source_db_instance_name>{"SourceDBInstanceName", presence::optional},
      field<&request::source_region>{"SourceRegion", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::is_valid>{"IsValid", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::check_create_ddr_db_instance::request>());

}  // namespace rdscodec

#endif
