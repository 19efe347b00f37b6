// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// SwitchReplicationLink (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_SWITCH_REPLICATION_LINK_HPP
#define RDSCODEC_RDS_SWITCH_REPLICATION_LINK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::switch_replication_link {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::string target_instance_name;
  std::string target_instance_region_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> request_id;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
};

}  // namespace rdscodec::rds::switch_replication_link

namespace rdscodec {

template <>
struct operation_traits<rds::switch_replication_link::request> {
  using request = rds::switch_replication_link::request;
  using response = rds::switch_replication_link::response;
  static constexpr std::string_view action = "SwitchReplicationLink";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "SwitchReplicationLinkResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::target_instance_name>{"TargetInstanceName", presence::required},
      field<&request::target_instance_region_id>{"TargetInstanceRegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional},
      field<&response::task_name>{"TaskName", presence::optional});
};

static_assert(check_operation<rds::switch_replication_link::request>());

}  // namespace rdscodec

#endif
