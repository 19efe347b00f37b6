// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCInstanceAttribute (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_ATTRIBUTE_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_ATTRIBUTE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_instance_attribute {

// DescribeRCInstanceAttributeResponseBody.dataDisks.dataDisk
struct data_disk {
  std::optional<std::string> category;
  std::optional<bool> delete_with_instance;
  std::optional<std::string> device;
  std::optional<std::string> encrypted;
  std::optional<std::string> performance_level;
  std::optional<std::int64_t> size;
  std::optional<std::string> snapshot_id;
};

// DescribeRCInstanceAttributeResponseBody.dataDisks
struct data_disks {
  std::vector<::rdscodec::rds::describe_rc_instance_attribute::data_disk> data_disk;
};

// DescribeRCInstanceAttributeResponseBody.dedicatedHostAttribute
struct dedicated_host_attribute {
  std::optional<std::string> dedicated_host_id;
  std::optional<std::string> dedicated_host_name;
};

// DescribeRCInstanceAttributeResponseBody.eipAddress
struct eip_address {
  std::optional<std::string> allocation_id;
  std::optional<std::int32_t> bandwidth;
  std::optional<std::string> internet_charge_type;
  std::optional<std::string> ip_address;
};

// DescribeRCInstanceAttributeResponseBody.innerIpAddress
struct inner_ip_address {
  std::vector<std::string> ip_address;
};

// DescribeRCInstanceAttributeResponseBody.operationLocks.lockReason
struct lock_reason {
  std::optional<std::string> lock_reason;
};

// DescribeRCInstanceAttributeResponseBody.operationLocks
struct operation_locks {
  std::vector<::rdscodec::rds::describe_rc_instance_attribute::lock_reason> lock_reason;
};

// DescribeRCInstanceAttributeResponseBody.publicIpAddress
struct public_ip_address {
  std::vector<std::string> ip_address;
};

// DescribeRCInstanceAttributeResponseBody.securityGroupIds
struct security_group_ids {
  std::vector<std::string> security_group_id;
};

// DescribeRCInstanceAttributeResponseBody.systemDisk
struct system_disk {
  std::optional<bool> delete_with_instance;
  std::optional<std::string> encrypted;
  std::optional<std::string> system_disk_category;
  std::optional<std::string> system_disk_performance_level;
  std::optional<std::int64_t> system_disk_size;
};

// DescribeRCInstanceAttributeResponseBody.tags.tag
struct tag {
  std::optional<std::string> resource_id;
  std::optional<std::string> resource_type;
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// DescribeRCInstanceAttributeResponseBody.tags
struct tags {
  std::vector<::rdscodec::rds::describe_rc_instance_attribute::tag> tag;
};

// DescribeRCInstanceAttributeResponseBody.vpcAttributes.privateIpAddress
struct private_ip_address {
  std::vector<std::string> ip_address;
};

// DescribeRCInstanceAttributeResponseBody.vpcAttributes
struct vpc_attributes {
  std::optional<std::string> nat_ip_address;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::private_ip_address> private_ip_address;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
};

struct request {
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_name;
  std::optional<std::int64_t> max_disks_results;
  std::optional<std::string> private_ip_address;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<bool> auto_renew;
  std::optional<std::string> cluster_id;
  std::optional<std::int32_t> cpu;
  std::optional<std::int32_t> create_mode;
  std::optional<std::string> creation_time;
  std::optional<std::string> credit_specification;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::data_disks> data_disks;
  std::optional<std::string> db_type;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::dedicated_host_attribute> dedicated_host_attribute;
  std::optional<bool> deletion_protection;
  std::optional<std::string> deployment_set_id;
  std::optional<std::string> description;
  std::optional<std::string> disk_type;
  std::optional<std::string> ecs_instance_type;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::eip_address> eip_address;
  std::optional<bool> enable_jumbo_frame;
  std::optional<std::string> expired_time;
  std::optional<std::int32_t> gpu;
  std::optional<std::string> gpu_types;
  std::optional<std::string> host_name;
  std::optional<std::string> host_type;
  std::optional<std::string> image_id;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::inner_ip_address> inner_ip_address;
  std::optional<std::string> instance_charge_type;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_name;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> instance_type;
  std::optional<std::string> internet_charge_type;
  std::optional<std::int32_t> internet_max_bandwidth_in;
  std::optional<std::int32_t> internet_max_bandwidth_out;
  std::optional<std::string> io_optimized;
  std::optional<std::string> key_pair_name;
  std::optional<std::int32_t> memory;
  std::optional<std::string> node_type;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::operation_locks> operation_locks;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::public_ip_address> public_ip_address;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
  std::optional<std::string> resource_group_id;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::security_group_ids> security_group_ids;
  std::optional<std::string> serial_number;
  std::optional<std::string> spot_strategy;
  std::optional<std::string> status;
  std::optional<std::string> stopped_mode;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::system_disk> system_disk;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::tags> tags;
  std::optional<std::string> user_data;
  std::optional<std::string> vlan_id;
  std::optional<::rdscodec::rds::describe_rc_instance_attribute::vpc_attributes> vpc_attributes;
  std::optional<std::string> zone_id;
};

}  // namespace rdscodec::rds::describe_rc_instance_attribute

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_instance_attribute::data_disk> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::data_disk::category>{"Category", presence::optional},
      field<&rds::describe_rc_instance_attribute::data_disk::delete_with_instance>{"DeleteWithInstance", presence::optional},
      field<&rds::describe_rc_instance_attribute::data_disk::device>{"Device", presence::optional},
      field<&rds::describe_rc_instance_attribute::data_disk::encrypted>{"Encrypted", presence::optional},
      field<&rds::describe_rc_instance_attribute::data_disk::performance_level>{"PerformanceLevel", presence::optional},
      field<&rds::describe_rc_instance_attribute::data_disk::size>{"Size", presence::optional},
      field<&rds::describe_rc_instance_attribute::data_disk::snapshot_id>{"SnapshotId", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::data_disks> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::data_disks::data_disk>{"DataDisk", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::dedicated_host_attribute> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::dedicated_host_attribute::dedicated_host_id>{"DedicatedHostId", presence::optional},
      field<&rds::describe_rc_instance_attribute::dedicated_host_attribute::dedicated_host_name>{"DedicatedHostName", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::eip_address> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::eip_address::allocation_id>{"AllocationId", presence::optional},
      field<&rds::describe_rc_instance_attribute::eip_address::bandwidth>{"Bandwidth", presence::optional},
      field<&rds::describe_rc_instance_attribute::eip_address::internet_charge_type>{"InternetChargeType", presence::optional},
      field<&rds::describe_rc_instance_attribute::eip_address::ip_address>{"IpAddress", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::inner_ip_address> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::inner_ip_address::ip_address>{"IpAddress", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::lock_reason> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::lock_reason::lock_reason>{"LockReason", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::operation_locks> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::operation_locks::lock_reason>{"LockReason", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::public_ip_address> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::public_ip_address::ip_address>{"IpAddress", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::security_group_ids> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::security_group_ids::security_group_id>{"SecurityGroupId", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::system_disk> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::system_disk::delete_with_instance>{"DeleteWithInstance", presence::optional},
      field<&rds::describe_rc_instance_attribute::system_disk::encrypted>{"Encrypted", presence::optional},
      field<&rds::describe_rc_instance_attribute::system_disk::system_disk_category>{"SystemDiskCategory", presence::optional},
      field<&rds::describe_rc_instance_attribute::system_disk::system_disk_performance_level>{"SystemDiskPerformanceLevel", presence::optional},
      field<&rds::describe_rc_instance_attribute::system_disk::system_disk_size>{"SystemDiskSize", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::tag> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::tag::resource_id>{"ResourceId", presence::optional},
      field<&rds::describe_rc_instance_attribute::tag::resource_type>{"ResourceType", presence::optional},
      field<&rds::describe_rc_instance_attribute::tag::tag_key>{"TagKey", presence::optional},
      field<&rds::describe_rc_instance_attribute::tag::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::tags> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::tags::tag>{"Tag", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::private_ip_address> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::private_ip_address::ip_address>{"IpAddress", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_attribute::vpc_attributes> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_attribute::vpc_attributes::nat_ip_address>{"NatIpAddress", presence::optional},
      field<&rds::describe_rc_instance_attribute::vpc_attributes::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&rds::describe_rc_instance_attribute::vpc_attributes::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_rc_instance_attribute::vpc_attributes::vpc_id>{"VpcId", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_instance_attribute::request> {
  using request = rds::describe_rc_instance_attribute::request;
  using response = rds::describe_rc_instance_attribute::response;
  static constexpr std::string_view action = "DescribeRCInstanceAttribute";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCInstanceAttributeResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::instance_name>{"InstanceName", presence::optional},
      field<&request::max_disks_results>{"MaxDisksResults", presence::optional},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::auto_renew>{"AutoRenew", presence::optional},
      field<&response::cluster_id>{"ClusterId", presence::optional},
      field<&response::cpu>{"Cpu", presence::optional},
      field<&response::create_mode>{"CreateMode", presence::optional},
      field<&response::creation_time>{"CreationTime", presence::optional},
      field<&response::credit_specification>{"CreditSpecification", presence::optional},
      field<&response::data_disks>{"DataDisks", presence::optional},
      field<&response::db_type>{"DbType", presence::optional},
      field<&response::dedicated_host_attribute>{"DedicatedHostAttribute", presence::optional},
      field<&response::deletion_protection>{"DeletionProtection", presence::optional},
      field<&response::deployment_set_id>{"DeploymentSetId", presence::optional},
      field<&response::description>{"Description", presence::optional},
      field<&response::disk_type>{"DiskType", presence::optional},
      field<&response::ecs_instance_type>{"EcsInstanceType", presence::optional},
      field<&response::eip_address>{"EipAddress", presence::optional},
      field<&response::enable_jumbo_frame>{"EnableJumboFrame", presence::optional},
      field<&response::expired_time>{"ExpiredTime", presence::optional},
      field<&response::gpu>{"Gpu", presence::optional},
      field<&response::gpu_types>{"GpuTypes", presence::optional},
      field<&response::host_name>{"HostName", presence::optional},
      field<&response::host_type>{"HostType", presence::optional},
      field<&response::image_id>{"ImageId", presence::optional},
      field<&response::inner_ip_address>{"InnerIpAddress", presence::optional},
      field<&response::instance_charge_type>{"InstanceChargeType", presence::optional},
      field<&response::instance_id>{"InstanceId", presence::optional},
      field<&response::instance_name>{"InstanceName", presence::optional},
      field<&response::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&response::instance_type>{"InstanceType", presence::optional},
      field<&response::internet_charge_type>{"InternetChargeType", presence::optional},
      field<&response::internet_max_bandwidth_in>{"InternetMaxBandwidthIn", presence::optional},
      field<&response::internet_max_bandwidth_out>{"InternetMaxBandwidthOut", presence::optional},
      field<&response::io_optimized>{"IoOptimized", presence::optional},
      field<&response::key_pair_name>{"KeyPairName", presence::optional},
      field<&response::memory>{"Memory", presence::optional},
      field<&response::node_type>{"NodeType", presence::optional},
      field<&response::operation_locks>{"OperationLocks", presence::optional},
      field<&response::public_ip_address>{"PublicIpAddress", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&response::security_group_ids>{"SecurityGroupIds", presence::optional},
      field<&response::serial_number>{"SerialNumber", presence::optional},
      field<&response::spot_strategy>{"SpotStrategy", presence::optional},
      field<&response::status>{"Status", presence::optional},
      field<&response::stopped_mode>{"StoppedMode", presence::optional},
      field<&response::system_disk>{"SystemDisk", presence::optional},
      field<&response::tags>{"Tags", presence::optional},
      field<&response::user_data>{"UserData", presence::optional},
      field<&response::vlan_id>{"VlanId", presence::optional},
      field<&response::vpc_attributes>{"VpcAttributes", presence::optional},
      field<&response::zone_id>{"ZoneId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_instance_attribute::request>());

}  // namespace rdscodec

#endif
