// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceReplication (Rds API 2014-08-15, RPC, POST)
// MySQL
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_REPLICATION_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_REPLICATION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_replication {

// DescribeDBInstanceReplicationResponseBody.slaveStatusList
struct slave_status_list {
  std::optional<std::string> channel_name;
  std::optional<std::string> executed_gtid_set;
  std::optional<std::int32_t> last_errno;
  std::optional<std::int32_t> last_io_errno;
  std::optional<std::string> last_io_error;
  std::optional<std::int32_t> last_sql_errno;
  std::optional<std::string> last_sql_error;
  std::optional<std::string> master_host;
  std::optional<std::string> master_user;
  std::optional<std::string> master_uuid;
  std::optional<std::string> replicate_do_db;
  std::optional<std::string> replicate_do_table;
  std::optional<std::string> replicate_ignore_db;
  std::optional<std::string> replicate_ignore_table;
  std::optional<std::string> replicate_wild_do_table;
  std::optional<std::string> replicate_wild_ignore_table;
  std::optional<std::int32_t> seconds_behind_master;
  std::optional<std::string> slave_io_running;
  std::optional<std::string> slave_io_state;
  std::optional<std::string> slave_sql_running;
  std::optional<std::string> slave_sql_running_state;
};

struct request {
  std::string db_instance_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
};

struct response {
  std::optional<std::string> external_replication;
  std::optional<std::string> gtid_executed;
  std::optional<std::string> import_status;
  std::optional<std::string> replication_delay;
  std::optional<std::string> replication_error_message;
  std::optional<std::string> replication_ip;
  std::optional<std::string> replication_port;
  std::optional<std::string> replication_source;
  std::optional<std::string> replication_state;
  std::optional<std::string> request_id;
  std::vector<::rdscodec::rds::describe_db_instance_replication::slave_status_list> slave_status_list;
};

}  // namespace rdscodec::rds::describe_db_instance_replication

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_replication::slave_status_list> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_replication::slave_status_list::channel_name>{"ChannelName", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::executed_gtid_set>{"ExecutedGtidSet", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::last_errno>{"LastErrno", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::last_io_errno>{"LastIoErrno", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::last_io_error>{"LastIoError", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::last_sql_errno>{"LastSqlErrno", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::last_sql_error>{"LastSqlError", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::master_host>{"MasterHost", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::master_user>{"MasterUser", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::master_uuid>{"MasterUuid", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::replicate_do_db>{"ReplicateDoDb", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::replicate_do_table>{"ReplicateDoTable", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::replicate_ignore_db>{"ReplicateIgnoreDb", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::replicate_ignore_table>{"ReplicateIgnoreTable", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::replicate_wild_do_table>{"ReplicateWildDoTable", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::replicate_wild_ignore_table>{"ReplicateWildIgnoreTable", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::seconds_behind_master>{"SecondsBehindMaster", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::slave_io_running>{"SlaveIoRunning", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::slave_io_state>{"SlaveIoState", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::slave_sql_running>{"SlaveSqlRunning", presence::optional},
      field<&rds::describe_db_instance_replication::slave_status_list::slave_sql_running_state>{"SlaveSqlRunningState", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_replication::request> {
  using request = rds::describe_db_instance_replication::request;
  using response = rds::describe_db_instance_replication::response;
  static constexpr std::string_view action = "DescribeDBInstanceReplication";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceReplicationResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::external_replication>{"ExternalReplication", presence::optional},
      field<&response::gtid_executed>{"GtidExecuted", presence::optional},
      field<&response::import_status>{"ImportStatus", presence::optional},
      field<&response::replication_delay>{"ReplicationDelay", presence::optional},
      field<&response::replication_error_message>{"ReplicationErrorMessage", presence::optional},
      field<&response::replication_ip>{"ReplicationIp", presence::optional},
      field<&response::replication_port>{"ReplicationPort", presence::optional},
      field<&response::replication_source>{"ReplicationSource", presence::optional},
      field<&response::replication_state>{"ReplicationState", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::slave_status_list>{"SlaveStatusList", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_replication::request>());

}  // namespace rdscodec

#endif
