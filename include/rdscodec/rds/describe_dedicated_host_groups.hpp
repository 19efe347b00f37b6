// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDedicatedHostGroups (Rds API 2014-08-15, RPC, POST)
// Dedicated clusters allow you to manage a number of instances in a cluster at a time. You can create
// multiple dedicated clusters in a single region. Each dedicated cluster consists of multiple hosts.
// You can create multiple instances on each host. For more information, see What is ApsaraDB MyBase?
#ifndef RDSCODEC_RDS_DESCRIBE_DEDICATED_HOST_GROUPS_HPP
#define RDSCODEC_RDS_DESCRIBE_DEDICATED_HOST_GROUPS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_dedicated_host_groups {

// DescribeDedicatedHostGroupsResponseBody.dedicatedHostGroups.dedicatedHostGroups.zoneIDList
struct zone_id_list {
  std::vector<std::string> zone_id_list;
};

// DescribeDedicatedHostGroupsResponseBody.dedicatedHostGroups.dedicatedHostGroups
struct dedicated_host_groups_2 {
  std::optional<std::string> allocation_policy;
  std::optional<std::string> bastion_instance_id;
  std::optional<double> cpu_allocate_ration;
  std::optional<double> cpu_allocated_amount;
  std::optional<std::int32_t> cpu_allocation_ratio;
  std::optional<std::string> create_time;
  std::optional<std::map<std::string, raw_json>> dedicated_host_count_group_by_host_type;
  std::optional<std::string> dedicated_host_group_desc;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<double> disk_allocate_ration;
  std::optional<double> disk_allocated_amount;
  std::optional<std::int32_t> disk_allocation_ratio;
  std::optional<double> disk_used_amount;
  std::optional<double> disk_utility;
  std::optional<std::string> engine;
  std::optional<std::int32_t> host_number;
  std::optional<std::string> host_replace_policy;
  std::optional<std::int32_t> instance_number;
  std::optional<double> mem_allocate_ration;
  std::optional<double> mem_allocated_amount;
  std::optional<std::int32_t> mem_allocation_ratio;
  std::optional<double> mem_used_amount;
  std::optional<double> mem_utility;
  std::optional<std::string> open_permission;
  std::optional<std::string> text;
  std::optional<std::string> vpc_id;
  std::optional<::rdscodec::rds::describe_dedicated_host_groups::zone_id_list> zone_id_list;
};

// DescribeDedicatedHostGroupsResponseBody.dedicatedHostGroups
struct dedicated_host_groups {
  std::vector<dedicated_host_groups_2> dedicated_host_groups;
};

struct request {
  std::optional<std::string> dedicated_host_group_id;
  std::optional<std::string> image_category;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_dedicated_host_groups::dedicated_host_groups> dedicated_host_groups;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_dedicated_host_groups

namespace rdscodec {

template <>
struct object_traits<rds::describe_dedicated_host_groups::zone_id_list> {
  static constexpr auto fields = field_list(
      field<&rds::describe_dedicated_host_groups::zone_id_list::zone_id_list>{"ZoneIDList", presence::optional});
};

template <>
struct object_traits<rds::describe_dedicated_host_groups::dedicated_host_groups_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::allocation_policy>{"AllocationPolicy", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::bastion_instance_id>{"BastionInstanceId", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::cpu_allocate_ration>{"CpuAllocateRation", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::cpu_allocated_amount>{"CpuAllocatedAmount", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::cpu_allocation_ratio>{"CpuAllocationRatio", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::dedicated_host_count_group_by_host_type>{"DedicatedHostCountGroupByHostType", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::dedicated_host_group_desc>{"DedicatedHostGroupDesc", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::disk_allocate_ration>{"DiskAllocateRation", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::disk_allocated_amount>{"DiskAllocatedAmount", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::disk_allocation_ratio>{"DiskAllocationRatio", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::disk_used_amount>{"DiskUsedAmount", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::disk_utility>{"DiskUtility", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::engine>{"Engine", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::host_number>{"HostNumber", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::host_replace_policy>{"HostReplacePolicy", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::instance_number>{"InstanceNumber", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::mem_allocate_ration>{"MemAllocateRation", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::mem_allocated_amount>{"MemAllocatedAmount", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::mem_allocation_ratio>{"MemAllocationRatio", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::mem_used_amount>{"MemUsedAmount", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::mem_utility>{"MemUtility", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::open_permission>{"OpenPermission", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::text>{"Text", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::vpc_id>{"VPCId", presence::optional},
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups_2::zone_id_list>{"ZoneIDList", presence::optional});
};

template <>
struct object_traits<rds::describe_dedicated_host_groups::dedicated_host_groups> {
  static constexpr auto fields = field_list(
      field<&rds::describe_dedicated_host_groups::dedicated_host_groups::dedicated_host_groups>{"DedicatedHostGroups", presence::optional});
};

template <>
struct operation_traits<rds::describe_dedicated_host_groups::request> {
  using request = rds::describe_dedicated_host_groups::request;
  using response = rds::describe_dedicated_host_groups::response;
  static constexpr std::string_view action = "DescribeDedicatedHostGroups";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDedicatedHostGroupsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&request::image_category>{"ImageCategory", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::dedicated_host_groups>{"DedicatedHostGroups", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_dedicated_host_groups::request>());

}  // namespace rdscodec

#endif
