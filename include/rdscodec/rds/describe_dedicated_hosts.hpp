// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDedicatedHosts (Rds API 2014-08-15, RPC, POST)
// Dedicated clusters allow you to manage a number of instances at a time. You can create multiple
// dedicated clusters in a single region. Each dedicated cluster consists of multiple hosts. You can
// create multiple instances on each host. For more information, see What is ApsaraDB MyBase?
#ifndef RDSCODEC_RDS_DESCRIBE_DEDICATED_HOSTS_HPP
#define RDSCODEC_RDS_DESCRIBE_DEDICATED_HOSTS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_dedicated_hosts {

// DescribeDedicatedHostsResponseBody.dedicatedHosts.dedicatedHosts
struct dedicated_hosts_2 {
  std::optional<std::string> account_name;
  std::optional<std::string> allocation_status;
  std::optional<std::string> bastion_instance_id;
  std::optional<std::string> cpu_allocation_ratio;
  std::optional<std::string> cpu_used;
  std::optional<std::string> created_time;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<std::string> dedicated_host_id;
  std::optional<std::string> disk_allocation_ratio;
  std::optional<std::string> end_time;
  std::optional<std::string> engine;
  std::optional<std::string> host_cpu;
  std::optional<std::string> host_class;
  std::optional<std::string> host_mem;
  std::optional<std::string> host_name;
  std::optional<std::string> host_status;
  std::optional<std::string> host_storage;
  std::optional<std::string> host_type;
  std::optional<std::string> ip_address;
  std::optional<std::string> image_category;
  std::optional<std::string> instance_number;
  std::optional<std::string> mem_allocation_ratio;
  std::optional<std::string> memory_used;
  std::optional<std::string> open_permission;
  std::optional<std::string> storage_used;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> zone_id;
};

// DescribeDedicatedHostsResponseBody.dedicatedHosts
struct dedicated_hosts {
  std::vector<dedicated_hosts_2> dedicated_hosts;
};

struct request {
  std::optional<std::string> allocation_status;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<std::string> dedicated_host_id;
  std::optional<std::string> host_status;
  std::optional<std::string> host_type;
  std::optional<std::int64_t> order_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> zone_id;
};

struct response {
  std::optional<std::string> dedicated_host_group_id;
  std::optional<::rdscodec::rds::describe_dedicated_hosts::dedicated_hosts> dedicated_hosts;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_dedicated_hosts

namespace rdscodec {

template <>
struct object_traits<rds::describe_dedicated_hosts::dedicated_hosts_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::account_name>{"AccountName", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::allocation_status>{"AllocationStatus", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::bastion_instance_id>{"BastionInstanceId", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::cpu_allocation_ratio>{"CPUAllocationRatio", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::cpu_used>{"CpuUsed", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::created_time>{"CreatedTime", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::dedicated_host_id>{"DedicatedHostId", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::disk_allocation_ratio>{"DiskAllocationRatio", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::end_time>{"EndTime", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::engine>{"Engine", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::host_cpu>{"HostCPU", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::host_class>{"HostClass", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::host_mem>{"HostMem", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::host_name>{"HostName", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::host_status>{"HostStatus", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::host_storage>{"HostStorage", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::host_type>{"HostType", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::ip_address>{"IPAddress", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::image_category>{"ImageCategory", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::instance_number>{"InstanceNumber", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::mem_allocation_ratio>{"MemAllocationRatio", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::memory_used>{"MemoryUsed", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::open_permission>{"OpenPermission", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::storage_used>{"StorageUsed", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::vpc_id>{"VPCId", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_dedicated_hosts::dedicated_hosts_2::zone_id>{"ZoneId", presence::optional});
};

template <>
struct object_traits<rds::describe_dedicated_hosts::dedicated_hosts> {
  static constexpr auto fields = field_list(
      field<&rds::describe_dedicated_hosts::dedicated_hosts::dedicated_hosts>{"DedicatedHosts", presence::optional});
};

template <>
struct operation_traits<rds::describe_dedicated_hosts::request> {
  using request = rds::describe_dedicated_hosts::request;
  using response = rds::describe_dedicated_hosts::response;
  static constexpr std::string_view action = "DescribeDedicatedHosts";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDedicatedHostsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::allocation_status>{"AllocationStatus", presence::optional},
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&request::dedicated_host_id>{"DedicatedHostId", presence::optional},
      field<&request::host_status>{"HostStatus", presence::optional},
      field<&request::host_type>{"HostType", presence::optional},
      field<&request::order_id>{"OrderId", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&response::dedicated_hosts>{"DedicatedHosts", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_dedicated_hosts::request>());

}  // namespace rdscodec

#endif
