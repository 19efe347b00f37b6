// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RestoreDdrTable (Rds API 2014-08-15, RPC, POST)
// Before restoration, you can call the CheckCreateDdrDBInstance operation to check whether a
// cross-region backup set can be used for cross-region restoration.
#ifndef RDSCODEC_RDS_RESTORE_DDR_TABLE_HPP
#define RDSCODEC_RDS_RESTORE_DDR_TABLE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::restore_ddr_table {

struct request {
  std::optional<std::string> backup_id;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> restore_time;
  std::string restore_type;
  std::optional<std::string> source_db_instance_name;
  std::optional<std::string> source_region;
  std::string table_meta;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::restore_ddr_table

namespace rdscodec {

template <>
struct operation_traits<rds::restore_ddr_table::request> {
  using request = rds::restore_ddr_table::request;
  using response = rds::restore_ddr_table::response;
  static constexpr std::string_view action = "RestoreDdrTable";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RestoreDdrTableResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::backup_id>{"BackupId", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::restore_time>{"RestoreTime", presence::optional},
      field<&request::restore_type>{"RestoreType", presence::required},
      field<&request::source_db_instance_name>{"SourceDBInstanceName", presence::optional},
      field<&request::source_region>{"SourceRegion", presence::optional},
      field<&request::table_meta>{"TableMeta", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::restore_ddr_table::request>());

}  // namespace rdscodec

#endif
