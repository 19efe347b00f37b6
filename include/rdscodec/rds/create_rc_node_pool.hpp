// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateRCNodePool (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CREATE_RC_NODE_POOL_HPP
#define RDSCODEC_RDS_CREATE_RC_NODE_POOL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_rc_node_pool {

// CreateRCNodePoolRequest.dataDisk
struct data_disk {
  std::optional<std::string> category;
  std::optional<bool> delete_with_instance;
  std::optional<std::string> encrypted;
  std::optional<std::string> performance_level;
  std::optional<std::int32_t> size;
};

// CreateRCNodePoolRequest.systemDisk
struct system_disk {
  std::optional<std::string> category;
  std::optional<std::string> performance_level;
  std::optional<std::int32_t> size;
};

// CreateRCNodePoolRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

struct request {
  std::optional<std::int32_t> amount;
  std::optional<bool> auto_pay;
  std::optional<bool> auto_renew;
  std::optional<std::string> client_token;
  std::string cluster_id;
  std::optional<std::string> create_mode;
  std::optional<std::vector<::rdscodec::rds::create_rc_node_pool::data_disk>> data_disk;
  std::optional<std::string> deployment_set_id;
  std::optional<std::string> description;
  std::optional<bool> dry_run;
  std::optional<std::string> host_name;
  std::optional<std::string> image_id;
  std::optional<std::string> instance_charge_type;
  std::optional<std::string> instance_name;
  std::string instance_type;
  std::optional<std::string> internet_charge_type;
  std::optional<std::int32_t> internet_max_bandwidth_out;
  std::optional<std::string> io_optimized;
  std::optional<std::string> key_pair_name;
  std::optional<std::string> node_pool_name;
  std::optional<std::string> password;
  std::optional<std::int32_t> period;
  std::optional<std::string> period_unit;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> security_enhancement_strategy;
  std::optional<std::string> security_group_id;
  std::optional<std::string> spot_strategy;
  std::optional<std::string> support_case;
  std::optional<::rdscodec::rds::create_rc_node_pool::system_disk> system_disk;
  std::optional<std::vector<::rdscodec::rds::create_rc_node_pool::tag>> tag;
  std::optional<std::string> user_data;
  std::string v_switch_id;
  std::optional<std::string> zone_id;
};

struct response {
  std::vector<std::string> instance_id_sets;
  std::optional<std::string> node_pool_id;
  std::optional<std::string> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_rc_node_pool

namespace rdscodec {

template <>
struct object_traits<rds::create_rc_node_pool::data_disk> {
  static constexpr auto fields = field_list(
      field<&rds::create_rc_node_pool::data_disk::category>{"Category", presence::optional},
      field<&rds::create_rc_node_pool::data_disk::delete_with_instance>{"DeleteWithInstance", presence::optional},
      field<&rds::create_rc_node_pool::data_disk::encrypted>{"Encrypted", presence::optional},
      field<&rds::create_rc_node_pool::data_disk::performance_level>{"PerformanceLevel", presence::optional},
      field<&rds::create_rc_node_pool::data_disk::size>{"Size", presence::optional});
};

template <>
struct object_traits<rds::create_rc_node_pool::system_disk> {
  static constexpr auto fields = field_list(
      field<&rds::create_rc_node_pool::system_disk::category>{"Category", presence::optional},
      field<&rds::create_rc_node_pool::system_disk::performance_level>{"PerformanceLevel", presence::optional},
      field<&rds::create_rc_node_pool::system_disk::size>{"Size", presence::optional});
};

template <>
struct object_traits<rds::create_rc_node_pool::tag> {
  static constexpr auto fields = field_list(
      field<&rds::create_rc_node_pool::tag::key>{"Key", presence::optional},
      field<&rds::create_rc_node_pool::tag::value>{"Value", presence::optional});
};

template <>
struct operation_traits<rds::create_rc_node_pool::request> {
  using request = rds::create_rc_node_pool::request;
  using response = rds::create_rc_node_pool::response;
  static constexpr std::string_view action = "CreateRCNodePool";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateRCNodePoolResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::amount>{"Amount", presence::optional, 0, 10},
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::auto_renew>{"AutoRenew", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::cluster_id>{"ClusterId", presence::required},
      field<&request::create_mode>{"CreateMode", presence::optional},
      field<&request::data_disk>{"DataDisk", presence::optional}.with(wire_style::json),
      field<&request::deployment_set_id>{"DeploymentSetId", presence::optional},
      field<&request::description>{"Description", presence::optional},
      field<&request::dry_run>{"DryRun", presence::optional},
      field<&request::host_name>{"HostName", presence::optional},
      field<&request::image_id>{"ImageId", presence::optional},
      field<&request::instance_charge_type>{"InstanceChargeType", presence::optional},
      field<&request::instance_name>{"InstanceName", presence::optional},
      field<&request::instance_type>{"InstanceType", presence::required},
      field<&request::internet_charge_type>{"InternetChargeType", presence::optional},
      field<&request::internet_max_bandwidth_out>{"InternetMaxBandwidthOut", presence::optional},
      field<&request::io_optimized>{"IoOptimized", presence::optional},
      field<&request::key_pair_name>{"KeyPairName", presence::optional},
      field<&request::node_pool_name>{"NodePoolName", presence::optional},
      field<&request::password>{"Password", presence::optional},
      field<&request::period>{"Period", presence::optional},
      field<&request::period_unit>{"PeriodUnit", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::security_enhancement_strategy>{"SecurityEnhancementStrategy", presence::optional},
      field<&request::security_group_id>{"SecurityGroupId", presence::optional},
      field<&request::spot_strategy>{"SpotStrategy", presence::optional},
      field<&request::support_case>{"SupportCase", presence::optional},
      field<&request::system_disk>{"SystemDisk", presence::optional}.with(wire_style::json),
      field<&request::tag>{"Tag", presence::optional},
      field<&request::user_data>{"UserData", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::required},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::instance_id_sets>{"InstanceIdSets", presence::optional},
      field<&response::node_pool_id>{"NodePoolId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_rc_node_pool::request>());

}  // namespace rdscodec

#endif
