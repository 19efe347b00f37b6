// rdscodec: CancelImport (Rds, API version 2014-08-15, RPC style).
//
// Cancels a migration task started by ImportDatabaseBetweenInstances on a
// dedicated MySQL / SQL Server instance. The newest docs mark the operation
// phased out; the wire format is stable and is what this header describes.
// Fields and types: DESIGN §1 (API reference: CancelImport).
#ifndef RDSCODEC_OPS_CANCEL_IMPORT_HPP
#define RDSCODEC_OPS_CANCEL_IMPORT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace rdscodec {

struct cancel_import_request {
  /// Instance id, e.g. "rm-uf6wjk5xxxxxxx" (no prefix rule: legacy ids have none).
  std::string db_instance_id;
  /// Migration task id from ImportDatabaseBetweenInstances. The metadata says
  /// Integer, but that call returns values above INT32_MAX: 64 bits, >= 0.
  std::int64_t import_id = -1;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> owner_account;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct cancel_import_response {
  std::string request_id;
};

template <>
struct operation_traits<cancel_import_request> {
  using response = cancel_import_response;
  static constexpr std::string_view action = "CancelImport";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view response_root = "CancelImportResponse";
  static constexpr std::int64_t id_max = std::numeric_limits<std::int64_t>::max();
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = std::make_tuple(
      field<&cancel_import_request::db_instance_id>{"DBInstanceId", presence::required},
      field<&cancel_import_request::import_id>{"ImportId", presence::required, 0, id_max},
      field<&cancel_import_request::owner_account>{"OwnerAccount", presence::optional},
      field<&cancel_import_request::owner_id>{"OwnerId", presence::optional, 0, id_max},
      field<&cancel_import_request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&cancel_import_request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&cancel_import_request::resource_owner_id>{"ResourceOwnerId", presence::optional, 0, id_max});
  static constexpr auto response_fields =
      std::make_tuple(field<&cancel_import_response::request_id>{"RequestId", presence::required});
};

static_assert(check_operation<cancel_import_request>());

}  // namespace rdscodec

#endif
