// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCInstances (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_INSTANCES_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_INSTANCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_instances {

// DescribeRCInstancesResponseBody.RCInstances.tagResources
struct tag_resources {
  std::optional<std::string> resource_id;
  std::optional<std::string> resource_type;
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// DescribeRCInstancesResponseBody.RCInstances.tags
struct tags {
  std::optional<std::string> resource_id;
  std::optional<std::string> resource_type;
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// DescribeRCInstancesResponseBody.RCInstances.vpcAttributes
struct vpc_attributes {
  std::optional<std::string> nat_ip_address;
  std::vector<std::string> private_ip_address;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
};

// DescribeRCInstancesResponseBody.RCInstances
struct rc_instances {
  std::optional<bool> auto_renew;
  std::optional<std::string> cluster_name;
  std::optional<std::int32_t> cpu;
  std::optional<std::string> create_mode;
  std::optional<std::string> db_type;
  std::optional<std::string> deployment_set_id;
  std::optional<std::string> description;
  std::optional<std::string> ecs_host_name;
  std::optional<std::string> expired_time;
  std::optional<std::string> gmt_created;
  std::optional<std::string> host_ip;
  std::optional<std::string> host_name;
  std::optional<std::string> image_id;
  std::optional<std::string> instance_charge_type;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_name;
  std::optional<std::string> instance_type;
  std::optional<std::string> instance_type_family;
  std::optional<std::int32_t> memory;
  std::optional<std::string> node_type;
  std::optional<std::string> os_name;
  std::optional<std::string> os_type;
  std::optional<std::string> public_ip;
  std::optional<std::string> region_id;
  std::optional<std::string> security_group_id;
  std::optional<std::string> spot_strategy;
  std::optional<std::string> start_time;
  std::optional<std::string> status;
  std::optional<std::string> stopped_mode;
  std::vector<::rdscodec::rds::describe_rc_instances::tag_resources> tag_resources;
  std::vector<::rdscodec::rds::describe_rc_instances::tags> tags;
  std::optional<::rdscodec::rds::describe_rc_instances::vpc_attributes> vpc_attributes;
  std::optional<std::string> vpc_id;
  std::optional<std::string> zone_id;
};

struct request {
  std::optional<std::string> description;
  std::optional<std::string> host_ip;
  std::optional<std::string> image_id;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_ids;
  std::optional<std::string> instance_name;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> public_ip;
  std::optional<std::string> region_id;
  std::optional<std::string> status;
  std::optional<std::string> tag;
  std::optional<std::string> vpc_id;
};

struct response {
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::vector<::rdscodec::rds::describe_rc_instances::rc_instances> rc_instances;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
};

}  // namespace rdscodec::rds::describe_rc_instances

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_instances::tag_resources> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instances::tag_resources::resource_id>{"ResourceId", presence::optional},
      field<&rds::describe_rc_instances::tag_resources::resource_type>{"ResourceType", presence::optional},
      field<&rds::describe_rc_instances::tag_resources::tag_key>{"TagKey", presence::optional},
      field<&rds::describe_rc_instances::tag_resources::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instances::tags> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instances::tags::resource_id>{"ResourceId", presence::optional},
      field<&rds::describe_rc_instances::tags::resource_type>{"ResourceType", presence::optional},
      field<&rds::describe_rc_instances::tags::tag_key>{"TagKey", presence::optional},
      field<&rds::describe_rc_instances::tags::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instances::vpc_attributes> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instances::vpc_attributes::nat_ip_address>{"NatIpAddress", presence::optional},
      field<&rds::describe_rc_instances::vpc_attributes::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&rds::describe_rc_instances::vpc_attributes::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_rc_instances::vpc_attributes::vpc_id>{"VpcId", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instances::rc_instances> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instances::rc_instances::auto_renew>{"AutoRenew", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::cluster_name>{"ClusterName", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::cpu>{"Cpu", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::create_mode>{"CreateMode", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::db_type>{"DbType", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::deployment_set_id>{"DeploymentSetId", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::description>{"Description", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::ecs_host_name>{"EcsHostName", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::expired_time>{"ExpiredTime", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::gmt_created>{"GmtCreated", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::host_ip>{"HostIp", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::host_name>{"HostName", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::image_id>{"ImageId", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::instance_charge_type>{"InstanceChargeType", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::instance_name>{"InstanceName", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::instance_type>{"InstanceType", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::instance_type_family>{"InstanceTypeFamily", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::memory>{"Memory", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::node_type>{"NodeType", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::os_name>{"OSName", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::os_type>{"OSType", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::public_ip>{"PublicIp", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::region_id>{"RegionId", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::security_group_id>{"SecurityGroupId", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::spot_strategy>{"SpotStrategy", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::start_time>{"StartTime", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::status>{"Status", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::stopped_mode>{"StoppedMode", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::tag_resources>{"TagResources", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::tags>{"Tags", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::vpc_attributes>{"VpcAttributes", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::vpc_id>{"VpcId", presence::optional},
      field<&rds::describe_rc_instances::rc_instances::zone_id>{"ZoneId", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_instances::request> {
  using request = rds::describe_rc_instances::request;
  using response = rds::describe_rc_instances::response;
  static constexpr std::string_view action = "DescribeRCInstances";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCInstancesResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::description>{"Description", presence::optional},
      field<&request::host_ip>{"HostIp", presence::optional},
      field<&request::image_id>{"ImageId", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::instance_ids>{"InstanceIds", presence::optional},
      field<&request::instance_name>{"InstanceName", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::public_ip>{"PublicIp", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::status>{"Status", presence::optional},
      field<&request::tag>{"Tag", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::rc_instances>{"RCInstances", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_rc_instances::request>());

}  // namespace rdscodec

#endif
