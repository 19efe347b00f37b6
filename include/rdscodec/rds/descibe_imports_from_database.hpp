// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescibeImportsFromDatabase (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCIBE_IMPORTS_FROM_DATABASE_HPP
#define RDSCODEC_RDS_DESCIBE_IMPORTS_FROM_DATABASE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::descibe_imports_from_database {

// DescibeImportsFromDatabaseResponseBody.items.importResultFromDB
struct import_result_from_db {
  std::optional<std::string> import_data_status;
  std::optional<std::string> import_data_status_description;
  std::optional<std::string> import_data_type;
  std::optional<std::int32_t> import_id;
  std::optional<std::string> incremental_importing_time;
};

// DescibeImportsFromDatabaseResponseBody.items
struct items {
  std::vector<::rdscodec::rds::descibe_imports_from_database::import_result_from_db> import_result_from_db;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::string end_time;
  std::string engine;
  std::optional<std::int32_t> import_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string start_time;
};

struct response {
  std::optional<::rdscodec::rds::descibe_imports_from_database::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::descibe_imports_from_database

namespace rdscodec {

template <>
struct object_traits<rds::descibe_imports_from_database::import_result_from_db> {
  static constexpr auto fields = field_list(
      field<&rds::descibe_imports_from_database::import_result_from_db::import_data_status>{"ImportDataStatus", presence::optional},
      field<&rds::descibe_imports_from_database::import_result_from_db::import_data_status_description>{"ImportDataStatusDescription", presence::optional},
      field<&rds::descibe_imports_from_database::import_result_from_db::import_data_type>{"ImportDataType", presence::optional},
      field<&rds::descibe_imports_from_database::import_result_from_db::import_id>{"ImportId", presence::optional},
      field<&rds::descibe_imports_from_database::import_result_from_db::incremental_importing_time>{"IncrementalImportingTime", presence::optional});
};

template <>
struct object_traits<rds::descibe_imports_from_database::items> {
  static constexpr auto fields = field_list(
      field<&rds::descibe_imports_from_database::items::import_result_from_db>{"ImportResultFromDB", presence::optional});
};

template <>
struct operation_traits<rds::descibe_imports_from_database::request> {
  using request = rds::descibe_imports_from_database::request;
  using response = rds::descibe_imports_from_database::response;
  static constexpr std::string_view action = "DescibeImportsFromDatabase";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescibeImportsFromDatabaseResponse";
  /// Only reads (the action begins with Descibe; api-docs.json systemTags.operationType "list").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::end_time>{"EndTime", presence::required},
      field<&request::engine>{"Engine", presence::required},
      field<&request::import_id>{"ImportId", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::descibe_imports_from_database::request>());

}  // namespace rdscodec

#endif
