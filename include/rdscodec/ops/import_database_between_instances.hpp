// rdscodec: ImportDatabaseBetweenInstances (Rds, API version 2014-08-15).
//
// Starts a migration task between two instances of the same user; its
// ImportId is what CancelImport and DescribeImportsForSQLServer take.
// Fields and types: design notes, research/api.md §5a.
#ifndef RDSCODEC_OPS_IMPORT_DATABASE_BETWEEN_INSTANCES_HPP
#define RDSCODEC_OPS_IMPORT_DATABASE_BETWEEN_INSTANCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace rdscodec {

struct import_database_between_instances_request {
  /// Target instance, e.g. "rm-uf6wjk5xxxxxxx".
  std::string db_instance_id;
  /// Source instance; must differ from the target.
  std::string source_db_instance_id;
  /// The databases, as JSON text: MySQL {"DBNames":["mydb","mydb2"]},
  /// SQL Server {"DBNames":{"srcdb":"destdb"}}.
  std::string db_info;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> owner_account;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct import_database_between_instances_response {
  std::string request_id;
  /// A string in the documentation's table and some SDKs, a number in the
  /// JSON sample: both are accepted. 64 bits, >= 0: the type CancelImport takes.
  std::int64_t import_id = 0;
};

template <>
struct operation_traits<import_database_between_instances_request> {
  using request = import_database_between_instances_request;
  using response = import_database_between_instances_response;
  static constexpr std::string_view action = "ImportDatabaseBetweenInstances";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view response_root = "ImportDatabaseBetweenInstancesResponse";
  static constexpr std::int64_t id_max = std::numeric_limits<std::int64_t>::max();
  static constexpr auto fields = std::make_tuple(
      field<&request::db_info>{"DBInfo", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional, 0, id_max},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional, 0, id_max},
      field<&request::source_db_instance_id>{"SourceDBInstanceId", presence::required});
  static constexpr auto response_fields = std::make_tuple(
      field<&response::import_id>{"ImportId", presence::required, 0, id_max},
      field<&response::request_id>{"RequestId", presence::required});

  /// The source must differ from the target.
  static result<void> check(const request& r) {
    if (r.source_db_instance_id == r.db_instance_id) return error(errc::invalid_option, "SourceDBInstanceId");
    return {};
  }
};

static_assert(check_operation<import_database_between_instances_request>());

}  // namespace rdscodec

#endif
