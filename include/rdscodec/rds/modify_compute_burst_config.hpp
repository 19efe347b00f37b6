// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyComputeBurstConfig (Rds API 2014-08-15, RPC, POST)
// RDS PostgreSQL
#ifndef RDSCODEC_RDS_MODIFY_COMPUTE_BURST_CONFIG_HPP
#define RDSCODEC_RDS_MODIFY_COMPUTE_BURST_CONFIG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_compute_burst_config {

struct request {
  std::optional<std::string> burst_status;
  std::optional<std::string> client_token;
  std::optional<std::string> cpu_enlarge_threshold;
  std::optional<std::string> cpu_shrink_threshold;
  std::optional<std::string> crontab_job_id;
  std::string db_instance_id;
  std::optional<std::string> memory_enlarge_threshold;
  std::optional<std::string> memory_shrink_threshold;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::string> scale_max_cpus;
  std::optional<std::string> scale_max_memory;
  std::optional<std::string> switch_time;
  std::optional<std::string> switch_time_mode;
  std::optional<std::string> task_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_compute_burst_config

namespace rdscodec {

template <>
struct operation_traits<rds::modify_compute_burst_config::request> {
  using request = rds::modify_compute_burst_config::request;
  using response = rds::modify_compute_burst_config::response;
  static constexpr std::string_view action = "ModifyComputeBurstConfig";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyComputeBurstConfigResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::burst_status>{"BurstStatus", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::cpu_enlarge_threshold>{"CpuEnlargeThreshold", presence::optional},
      field<&request::cpu_shrink_threshold>{"CpuShrinkThreshold", presence::optional},
      field<&request::crontab_job_id>{"CrontabJobId", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::memory_enlarge_threshold>{"MemoryEnlargeThreshold", presence::optional},
      field<&request::memory_shrink_threshold>{"MemoryShrinkThreshold", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::scale_max_cpus>{"ScaleMaxCpus", presence::optional},
      field<&request::scale_max_memory>{"ScaleMaxMemory", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::switch_time_mode>{"SwitchTimeMode", presence::optional},
      field<&request::task_id>{"TaskId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_compute_burst_config::request>());

}  // namespace rdscodec

#endif
