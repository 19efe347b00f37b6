// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateReplicationLink (Rds API 2014-08-15, RPC, POST)
// The parameters vary based on database engines.
#ifndef RDSCODEC_RDS_CREATE_REPLICATION_LINK_HPP
#define RDSCODEC_RDS_CREATE_REPLICATION_LINK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_replication_link {

struct request {
  std::string db_instance_id;
  bool dry_run;
  std::optional<std::string> replicator_account;
  std::optional<std::string> replicator_password;
  std::optional<std::string> source_address;
  std::optional<std::string> source_category;
  std::optional<std::string> source_instance_name;
  std::optional<std::string> source_instance_region_id;
  std::optional<std::int64_t> source_port;
  std::optional<std::string> target_address;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> request_id;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
};

}  // namespace rdscodec::rds::create_replication_link

namespace rdscodec {

template <>
struct operation_traits<rds::create_replication_link::request> {
  using request = rds::create_replication_link::request;
  using response = rds::create_replication_link::response;
  static constexpr std::string_view action = "CreateReplicationLink";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateReplicationLinkResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::dry_run>{"DryRun", presence::required},
      field<&request::replicator_account>{"ReplicatorAccount", presence::optional},
      field<&request::replicator_password>{"ReplicatorPassword", presence::optional},
      field<&request::source_address>{"SourceAddress", presence::optional},
      field<&request::source_category>{"SourceCategory", presence::optional},
      field<&request::source_instance_name>{"SourceInstanceName", presence::optional},
      field<&request::source_instance_region_id>{"SourceInstanceRegionId", presence::optional},
      field<&request::source_port>{"SourcePort", presence::optional},
      field<&request::target_address>{"TargetAddress", presence::optional},
      field<&request::task_id>{"TaskId", presence::optional},
      field<&request::task_name>{"TaskName", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional},
      field<&response::task_name>{"TaskName", presence::optional});
};

static_assert(check_operation<rds::create_replication_link::request>());

}  // namespace rdscodec

#endif
