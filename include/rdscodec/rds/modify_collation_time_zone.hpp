// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyCollationTimeZone (Rds API 2014-08-15, RPC, POST)
// RDS SQL Server
#ifndef RDSCODEC_RDS_MODIFY_COLLATION_TIME_ZONE_HPP
#define RDSCODEC_RDS_MODIFY_COLLATION_TIME_ZONE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_collation_time_zone {

struct request {
  std::optional<std::string> collation;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> timezone;
};

struct response {
  std::optional<std::string> collation;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
  std::optional<std::string> timezone;
};

}  // namespace rdscodec::rds::modify_collation_time_zone

namespace rdscodec {

template <>
struct operation_traits<rds::modify_collation_time_zone::request> {
  using request = rds::modify_collation_time_zone::request;
  using response = rds::modify_collation_time_zone::response;
  static constexpr std::string_view action = "ModifyCollationTimeZone";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyCollationTimeZoneResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::collation>{"Collation", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::timezone>{"Timezone", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::collation>{"Collation", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional},
      field<&response::timezone>{"Timezone", presence::optional});
};

static_assert(check_operation<rds::modify_collation_time_zone::request>());

}  // namespace rdscodec

#endif
