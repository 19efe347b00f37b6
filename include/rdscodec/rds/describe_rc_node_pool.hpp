// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCNodePool (Rds API 2014-08-15, RPC, GET)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_NODE_POOL_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_NODE_POOL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_node_pool {

// DescribeRCNodePoolResponseBody.nodePoolList.dataDisk
struct data_disk {
  std::optional<std::string> category;
  std::optional<bool> delete_with_instance;
  std::optional<std::string> encrypted;
  std::optional<std::string> performance_level;
  std::optional<std::int32_t> size;
};

// DescribeRCNodePoolResponseBody.nodePoolList.systemDisk
struct system_disk {
  std::optional<std::string> category;
  std::optional<std::string> performance_level;
  std::optional<std::int32_t> size;
};

// DescribeRCNodePoolResponseBody.nodePoolList.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

// DescribeRCNodePoolResponseBody.nodePoolList
struct node_pool_list {
  std::optional<bool> auto_pay;
  std::optional<bool> auto_renew;
  std::optional<std::string> cluster_id;
  std::optional<std::string> create_mode;
  std::vector<::rdscodec::rds::describe_rc_node_pool::data_disk> data_disk;
  std::optional<std::string> deployment_set_id;
  std::optional<std::string> description;
  std::optional<std::string> host_name;
  std::optional<std::string> image_id;
  std::optional<std::string> instance_charge_type;
  std::optional<std::string> instance_name;
  std::optional<std::string> instance_type;
  std::optional<std::string> internet_charge_type;
  std::optional<std::int32_t> internet_max_bandwidth_out;
  std::optional<std::string> io_optimized;
  std::optional<std::string> key_pair_name;
  std::optional<std::string> node_pool_id;
  std::optional<std::string> node_pool_name;
  std::optional<std::string> password;
  std::optional<std::int32_t> period;
  std::optional<std::string> period_unit;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> security_enhancement_strategy;
  std::optional<std::string> security_group_id;
  std::optional<std::string> spot_strategy;
  std::optional<::rdscodec::rds::describe_rc_node_pool::system_disk> system_disk;
  std::vector<::rdscodec::rds::describe_rc_node_pool::tag> tag;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> zone_id;
};

struct request {
  std::optional<std::string> cluster_id;
  std::optional<std::string> node_pool_id;
  std::optional<std::string> region_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_node_pool::node_pool_list> node_pool_list;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_node_pool

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_node_pool::data_disk> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_node_pool::data_disk::category>{"Category", presence::optional},
      field<&rds::describe_rc_node_pool::data_disk::delete_with_instance>{"DeleteWithInstance", presence::optional},
      field<&rds::describe_rc_node_pool::data_disk::encrypted>{"Encrypted", presence::optional},
      field<&rds::describe_rc_node_pool::data_disk::performance_level>{"PerformanceLevel", presence::optional},
      field<&rds::describe_rc_node_pool::data_disk::size>{"Size", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_node_pool::system_disk> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_node_pool::system_disk::category>{"Category", presence::optional},
      field<&rds::describe_rc_node_pool::system_disk::performance_level>{"PerformanceLevel", presence::optional},
      field<&rds::describe_rc_node_pool::system_disk::size>{"Size", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_node_pool::tag> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_node_pool::tag::key>{"Key", presence::optional},
      field<&rds::describe_rc_node_pool::tag::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_node_pool::node_pool_list> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_node_pool::node_pool_list::auto_pay>{"AutoPay", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::auto_renew>{"AutoRenew", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::cluster_id>{"ClusterId", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::create_mode>{"CreateMode", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::data_disk>{"DataDisk", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::deployment_set_id>{"DeploymentSetId", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::description>{"Description", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::host_name>{"HostName", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::image_id>{"ImageId", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::instance_charge_type>{"InstanceChargeType", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::instance_name>{"InstanceName", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::instance_type>{"InstanceType", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::internet_charge_type>{"InternetChargeType", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::internet_max_bandwidth_out>{"InternetMaxBandwidthOut", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::io_optimized>{"IoOptimized", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::key_pair_name>{"KeyPairName", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::node_pool_id>{"NodePoolId", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::node_pool_name>{"NodePoolName", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::password>{"Password", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::period>{"Period", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::period_unit>{"PeriodUnit", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::region_id>{"RegionId", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::security_enhancement_strategy>{"SecurityEnhancementStrategy", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::security_group_id>{"SecurityGroupId", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::spot_strategy>{"SpotStrategy", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::system_disk>{"SystemDisk", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::tag>{"Tag", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_rc_node_pool::node_pool_list::zone_id>{"ZoneId", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_node_pool::request> {
  using request = rds::describe_rc_node_pool::request;
  using response = rds::describe_rc_node_pool::response;
  static constexpr std::string_view action = "DescribeRCNodePool";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "GET";
  static constexpr std::string_view response_root = "DescribeRCNodePoolResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::cluster_id>{"ClusterId", presence::optional},
      field<&request::node_pool_id>{"NodePoolId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::node_pool_list>{"NodePoolList", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_node_pool::request>());

}  // namespace rdscodec

#endif
