// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// MigrateConnectionToOtherZone (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_MIGRATE_CONNECTION_TO_OTHER_ZONE_HPP
#define RDSCODEC_RDS_MIGRATE_CONNECTION_TO_OTHER_ZONE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::migrate_connection_to_other_zone {

struct request {
  std::string connection_string;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int64_t> resource_owner_id;
  std::string zone_id;
};

struct response {
  std::optional<std::string> code;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::migrate_connection_to_other_zone

namespace rdscodec {

template <>
struct operation_traits<rds::migrate_connection_to_other_zone::request> {
  using request = rds::migrate_connection_to_other_zone::request;
  using response = rds::migrate_connection_to_other_zone::response;
  static constexpr std::string_view action = "MigrateConnectionToOtherZone";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "MigrateConnectionToOtherZoneResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::connection_string>{"ConnectionString", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::migrate_connection_to_other_zone::request>());

}  // namespace rdscodec

#endif
