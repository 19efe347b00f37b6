// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeReplicationLinkLogs (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_REPLICATION_LINK_LOGS_HPP
#define RDSCODEC_RDS_DESCRIBE_REPLICATION_LINK_LOGS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_replication_link_logs {

// DescribeReplicationLinkLogsResponseBody.items
struct items {
  std::optional<std::string> detail;
  std::optional<std::string> gmt_created;
  std::optional<std::string> gmt_modified;
  std::optional<std::string> replication_info;
  std::optional<std::string> replication_state;
  std::optional<std::string> replicator_account;
  std::optional<std::string> replicator_password;
  std::optional<std::string> source_address;
  std::optional<std::string> source_category;
  std::optional<std::int64_t> source_port;
  std::optional<std::string> target_instance_id;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
  std::optional<std::string> task_stage;
  std::optional<std::string> task_status;
  std::optional<std::string> task_type;
};

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> page_size;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> task_name;
  std::string task_type;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::vector<::rdscodec::rds::describe_replication_link_logs::items> items;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_size;
};

}  // namespace rdscodec::rds::describe_replication_link_logs

namespace rdscodec {

template <>
struct object_traits<rds::describe_replication_link_logs::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_replication_link_logs::items::detail>{"Detail", presence::optional},
      field<&rds::describe_replication_link_logs::items::gmt_created>{"GmtCreated", presence::optional},
      field<&rds::describe_replication_link_logs::items::gmt_modified>{"GmtModified", presence::optional},
      field<&rds::describe_replication_link_logs::items::replication_info>{"ReplicationInfo", presence::optional},
      field<&rds::describe_replication_link_logs::items::replication_state>{"ReplicationState", presence::optional},
      field<&rds::describe_replication_link_logs::items::replicator_account>{"ReplicatorAccount", presence::optional},
      field<&rds::describe_replication_link_logs::items::replicator_password>{"ReplicatorPassword", presence::optional},
      field<&rds::describe_replication_link_logs::items::source_address>{"SourceAddress", presence::optional},
      field<&rds::describe_replication_link_logs::items::source_category>{"SourceCategory", presence::optional},
      field<&rds::describe_replication_link_logs::items::source_port>{"SourcePort", presence::optional},
      field<&rds::describe_replication_link_logs::items::target_instance_id>{"TargetInstanceId", presence::optional},
      field<&rds::describe_replication_link_logs::items::task_id>{"TaskId", presence::optional},
      field<&rds::describe_replication_link_logs::items::task_name>{"TaskName", presence::optional},
      field<&rds::describe_replication_link_logs::items::task_stage>{"TaskStage", presence::optional},
      field<&rds::describe_replication_link_logs::items::task_status>{"TaskStatus", presence::optional},
      field<&rds::describe_replication_link_logs::items::task_type>{"TaskType", presence::optional});
};

template <>
struct operation_traits<rds::describe_replication_link_logs::request> {
  using request = rds::describe_replication_link_logs::request;
  using response = rds::describe_replication_link_logs::response;
  static constexpr std::string_view action = "DescribeReplicationLinkLogs";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeReplicationLinkLogsResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::task_id>{"TaskId", presence::optional},
      field<&request::task_name>{"TaskName", presence::optional},
      field<&request::task_type>{"TaskType", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_size>{"TotalSize", presence::optional});
};

static_assert(check_operation<rds::describe_replication_link_logs::request>());

}  // namespace rdscodec

#endif
