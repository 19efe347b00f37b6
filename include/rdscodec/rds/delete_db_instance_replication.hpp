// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteDBInstanceReplication (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DELETE_DB_INSTANCE_REPLICATION_HPP
#define RDSCODEC_RDS_DELETE_DB_INSTANCE_REPLICATION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_db_instance_replication {

struct request {
  std::optional<std::string> channel_name;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_db_instance_replication

namespace rdscodec {

template <>
struct operation_traits<rds::delete_db_instance_replication::request> {
  using request = rds::delete_db_instance_replication::request;
  using response = rds::delete_db_instance_replication::response;
  static constexpr std::string_view action = "DeleteDBInstanceReplication";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteDBInstanceReplicationResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::channel_name>{"ChannelName", presence::optional}.length(0, 64),
      field<&request::db_instance_id>{"DbInstanceId", presence::required}.length(1, 30),
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required}.length(1, 30));
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_db_instance_replication::request>());

}  // namespace rdscodec

#endif
