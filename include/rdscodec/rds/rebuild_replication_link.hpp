// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RebuildReplicationLink (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_REBUILD_REPLICATION_LINK_HPP
#define RDSCODEC_RDS_REBUILD_REPLICATION_LINK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::rebuild_replication_link {

struct request {
  std::string db_instance_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> request_id;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
};

}  // namespace rdscodec::rds::rebuild_replication_link

namespace rdscodec {

template <>
struct operation_traits<rds::rebuild_replication_link::request> {
  using request = rds::rebuild_replication_link::request;
  using response = rds::rebuild_replication_link::response;
  static constexpr std::string_view action = "RebuildReplicationLink";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RebuildReplicationLinkResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional},
      field<&response::task_name>{"TaskName", presence::optional});
};

static_assert(check_operation<rds::rebuild_replication_link::request>());

}  // namespace rdscodec

#endif
