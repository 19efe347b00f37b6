// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeCustinsResourceInfo (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_CUSTINS_RESOURCE_INFO_HPP
#define RDSCODEC_RDS_DESCRIBE_CUSTINS_RESOURCE_INFO_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_custins_resource_info {

// DescribeCustinsResourceInfoResponseBody.data
struct data {
  std::optional<std::string> cpu_adjust_deadline;
  std::optional<std::string> cpu_adjustable_max_ratio;
  std::optional<std::string> cpu_adjustable_max_value;
  std::optional<std::string> cpu_increase_ratio;
  std::optional<std::string> cpu_increase_ratio_value;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> iops_adjustable_max_value;
  std::optional<std::string> max_conn_adjust_deadline;
  std::optional<std::string> max_conn_adjustable_max_value;
  std::optional<std::string> max_conn_increase_ratio;
  std::optional<std::string> max_conn_increase_ratio_value;
  std::optional<std::string> max_iops_adjust_deadline;
  std::optional<std::string> max_iops_increase_ratio;
  std::optional<std::string> max_iops_increase_ratio_value;
  std::optional<std::string> mem_adjustable_max_ratio;
  std::optional<std::string> mem_adjustable_max_value;
  std::optional<std::string> memory_adjust_deadline;
  std::optional<std::string> memory_increase_ratio;
  std::optional<std::string> memory_increase_ratio_value;
  std::optional<std::string> origin_cpu;
  std::optional<std::string> origin_max_conn;
  std::optional<std::string> origin_max_iops;
  std::optional<std::string> origin_memory;
};

struct request {
  std::string db_instance_ids;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_custins_resource_info::data> data;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_custins_resource_info

namespace rdscodec {

template <>
struct object_traits<rds::describe_custins_resource_info::data> {
  static constexpr auto fields = field_list(
      field<&rds::describe_custins_resource_info::data::cpu_adjust_deadline>{"CpuAdjustDeadline", presence::optional},
      field<&rds::describe_custins_resource_info::data::cpu_adjustable_max_ratio>{"CpuAdjustableMaxRatio", presence::optional},
      field<&rds::describe_custins_resource_info::data::cpu_adjustable_max_value>{"CpuAdjustableMaxValue", presence::optional},
      field<&rds::describe_custins_resource_info::data::cpu_increase_ratio>{"CpuIncreaseRatio", presence::optional},
      field<&rds::describe_custins_resource_info::data::cpu_increase_ratio_value>{"CpuIncreaseRatioValue", presence::optional},
      field<&rds::describe_custins_resource_info::data::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_custins_resource_info::data::iops_adjustable_max_value>{"IopsAdjustableMaxValue", presence::optional},
      field<&rds::describe_custins_resource_info::data::max_conn_adjust_deadline>{"MaxConnAdjustDeadline", presence::optional},
      field<&rds::describe_custins_resource_info::data::max_conn_adjustable_max_value>{"MaxConnAdjustableMaxValue", presence::optional},
      field<&rds::describe_custins_resource_info::data::max_conn_increase_ratio>{"MaxConnIncreaseRatio", presence::optional},
      field<&rds::describe_custins_resource_info::data::max_conn_increase_ratio_value>{"MaxConnIncreaseRatioValue", presence::optional},
      field<&rds::describe_custins_resource_info::data::max_iops_adjust_deadline>{"MaxIopsAdjustDeadline", presence::optional},
      field<&rds::describe_custins_resource_info::data::max_iops_increase_ratio>{"MaxIopsIncreaseRatio", presence::optional},
      field<&rds::describe_custins_resource_info::data::max_iops_increase_ratio_value>{"MaxIopsIncreaseRatioValue", presence::optional},
      field<&rds::describe_custins_resource_info::data::mem_adjustable_max_ratio>{"MemAdjustableMaxRatio", presence::optional},
      field<&rds::describe_custins_resource_info::data::mem_adjustable_max_value>{"MemAdjustableMaxValue", presence::optional},
      field<&rds::describe_custins_resource_info::data::memory_adjust_deadline>{"MemoryAdjustDeadline", presence::optional},
      field<&rds::describe_custins_resource_info::data::memory_increase_ratio>{"MemoryIncreaseRatio", presence::optional},
      field<&rds::describe_custins_resource_info::data::memory_increase_ratio_value>{"MemoryIncreaseRatioValue", presence::optional},
      field<&rds::describe_custins_resource_info::data::origin_cpu>{"OriginCpu", presence::optional},
      field<&rds::describe_custins_resource_info::data::origin_max_conn>{"OriginMaxConn", presence::optional},
      field<&rds::describe_custins_resource_info::data::origin_max_iops>{"OriginMaxIops", presence::optional},
      field<&rds::describe_custins_resource_info::data::origin_memory>{"OriginMemory", presence::optional});
};

template <>
struct operation_traits<rds::describe_custins_resource_info::request> {
  using request = rds::describe_custins_resource_info::request;
  using response = rds::describe_custins_resource_info::response;
  static constexpr std::string_view action = "DescribeCustinsResourceInfo";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeCustinsResourceInfoResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_ids>{"DBInstanceIds", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_custins_resource_info::request>());

}  // namespace rdscodec

#endif
