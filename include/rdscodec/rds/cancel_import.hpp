// generated from spec/rds-20140815/main-2023-10-19.dara by tools/codegen/generate.js — do not edit
//
// CancelImport (Rds API 2014-08-15, RPC, POST)
// This operation is supported for instances that run SQL Server and belong to the dedicated or
// dedicated host instance family. For more information about how to start a migration task, see
// ImportDatabaseBetweenInstances.
// Refined by tools/codegen/overrides.json (each rule there says why):
//   request.ResourceGroupId: added (string, optional)
//   request.ImportId: long, 0..9223372036854775807
//   request.ImportId: default -1
//   request.OwnerId: 0..9223372036854775807
//   request.ResourceOwnerId: 0..9223372036854775807
//   response.RequestId: required
#ifndef RDSCODEC_RDS_CANCEL_IMPORT_HPP
#define RDSCODEC_RDS_CANCEL_IMPORT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::cancel_import {

struct request {
  std::string db_instance_id;
  std::int64_t import_id = -1;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::string request_id;
};

}  // namespace rdscodec::rds::cancel_import

namespace rdscodec {

template <>
struct operation_traits<rds::cancel_import::request> {
  using request = rds::cancel_import::request;
  using response = rds::cancel_import::response;
  static constexpr std::string_view action = "CancelImport";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CancelImportResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::import_id>{"ImportId", presence::required, 0, 9223372036854775807},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional, 0, 9223372036854775807},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional, 0, 9223372036854775807});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::required});
};

static_assert(check_operation<rds::cancel_import::request>());

// The names this operation had before it was generated (tools/codegen/overrides.json: legacy_names).
using cancel_import_request = rds::cancel_import::request;
using cancel_import_response = rds::cancel_import::response;

}  // namespace rdscodec

#endif
