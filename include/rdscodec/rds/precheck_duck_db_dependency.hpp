// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// PrecheckDuckDBDependency (Rds API 2014-08-15, RPC, POST)
// RDS PostgreSQL
#ifndef RDSCODEC_RDS_PRECHECK_DUCK_DB_DEPENDENCY_HPP
#define RDSCODEC_RDS_PRECHECK_DUCK_DB_DEPENDENCY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::precheck_duck_db_dependency {

// PrecheckDuckDBDependencyResponseBody.failedCheckItems
struct failed_check_items {
  std::optional<bool> allow_auto_modify;
  std::optional<std::string> current_value;
  std::optional<std::string> name;
  std::optional<std::string> required_value;
  std::optional<std::string> type;
};

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> target_mode;
};

struct response {
  std::vector<::rdscodec::rds::precheck_duck_db_dependency::failed_check_items> failed_check_items;
  std::optional<bool> result;
};

}  // namespace rdscodec::rds::precheck_duck_db_dependency

namespace rdscodec {

template <>
struct object_traits<rds::precheck_duck_db_dependency::failed_check_items> {
  static constexpr auto fields = field_list(
      field<&rds::precheck_duck_db_dependency::failed_check_items::allow_auto_modify>{"AllowAutoModify", presence::optional},
      field<&rds::precheck_duck_db_dependency::failed_check_items::current_value>{"CurrentValue", presence::optional},
      field<&rds::precheck_duck_db_dependency::failed_check_items::name>{"Name", presence::optional},
      field<&rds::precheck_duck_db_dependency::failed_check_items::required_value>{"RequiredValue", presence::optional},
      field<&rds::precheck_duck_db_dependency::failed_check_items::type>{"Type", presence::optional});
};

template <>
struct operation_traits<rds::precheck_duck_db_dependency::request> {
  using request = rds::precheck_duck_db_dependency::request;
  using response = rds::precheck_duck_db_dependency::response;
  static constexpr std::string_view action = "PrecheckDuckDBDependency";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "PrecheckDuckDBDependencyResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::target_mode>{"TargetMode", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::failed_check_items>{"FailedCheckItems", presence::optional},
      field<&response::result>{"Result", presence::optional});
};

static_assert(check_operation<rds::precheck_duck_db_dependency::request>());

}  // namespace rdscodec

#endif
