// generated from spec/rds-20140815/main-2023-10-19.dara by tools/codegen/generate.js — do not edit
//
// ImportDatabaseBetweenInstances (Rds API 2014-08-15, RPC, POST)
// We recommend that you use Data Transmission Service (DTS). DTS provides data migration,
// subscription, and synchronization features that allow you to establish stable, secure transmission
// links. For more information, see DTS API overview.
// Refined by tools/codegen/overrides.json (each rule there says why):
//   response.ImportId: long, required, 0..9223372036854775807, default 0
//   request.OwnerId: 0..9223372036854775807
//   request.ResourceOwnerId: 0..9223372036854775807
//   response.RequestId: required
//   SourceDBInstanceId must differ from DBInstanceId
#ifndef RDSCODEC_RDS_IMPORT_DATABASE_BETWEEN_INSTANCES_HPP
#define RDSCODEC_RDS_IMPORT_DATABASE_BETWEEN_INSTANCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::import_database_between_instances {

struct request {
  std::string db_info;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string source_db_instance_id;
};

struct response {
  std::int64_t import_id = 0;
  std::string request_id;
};

}  // namespace rdscodec::rds::import_database_between_instances

namespace rdscodec {

template <>
struct operation_traits<rds::import_database_between_instances::request> {
  using request = rds::import_database_between_instances::request;
  using response = rds::import_database_between_instances::response;
  static constexpr std::string_view action = "ImportDatabaseBetweenInstances";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ImportDatabaseBetweenInstancesResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_info>{"DBInfo", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional, 0, 9223372036854775807},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional, 0, 9223372036854775807},
      field<&request::source_db_instance_id>{"SourceDBInstanceId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::import_id>{"ImportId", presence::required, 0, 9223372036854775807},
      field<&response::request_id>{"RequestId", presence::required});

  /// SourceDBInstanceId must differ from DBInstanceId (tools/codegen/overrides.json: checks).
  static result<void> check(const request& r) {
    if (r.source_db_instance_id == r.db_instance_id) return error(errc::invalid_option, "SourceDBInstanceId");
    return {};
  }
};

static_assert(check_operation<rds::import_database_between_instances::request>());

// The names this operation had before it was generated (tools/codegen/overrides.json: legacy_names).
using import_database_between_instances_request = rds::import_database_between_instances::request;
using import_database_between_instances_response = rds::import_database_between_instances::response;

}  // namespace rdscodec

#endif
