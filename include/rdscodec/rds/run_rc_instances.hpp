// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RunRCInstances (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_RUN_RC_INSTANCES_HPP
#define RDSCODEC_RDS_RUN_RC_INSTANCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::run_rc_instances {

// RunRCInstancesRequest.createAckEdgeParam
struct create_ack_edge_param {
  std::optional<std::string> cluster_id;
  std::optional<std::string> node_pool_id;
};

// RunRCInstancesRequest.dataDisk
struct data_disk {
  std::optional<std::string> category;
  std::optional<bool> delete_with_instance;
  std::optional<std::string> device;
  std::optional<std::string> encrypted;
  std::optional<std::string> performance_level;
  std::optional<std::int32_t> size;
  std::optional<std::string> snapshot_id;
};

// RunRCInstancesRequest.networkOptions
struct network_options {
  std::optional<bool> enable_jumbo_frame;
};

// RunRCInstancesRequest.systemDisk
struct system_disk {
  std::optional<std::string> category;
  std::optional<std::string> performance_level;
  std::optional<std::int32_t> size;
};

// RunRCInstancesRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

// RunRCInstancesResponseBody.instanceIdSets
struct instance_id_sets {
  std::vector<std::string> instance_id_set;
};

struct request {
  std::optional<std::string> acu_type;
  std::optional<std::int32_t> amount;
  std::optional<bool> auto_pay;
  std::optional<bool> auto_renew;
  std::optional<bool> auto_use_coupon;
  std::optional<std::string> business_info;
  std::optional<std::string> client_token;
  std::optional<::rdscodec::rds::run_rc_instances::create_ack_edge_param> create_ack_edge_param;
  std::optional<std::string> create_extra_param;
  std::optional<std::string> create_mode;
  std::optional<std::vector<::rdscodec::rds::run_rc_instances::data_disk>> data_disk;
  std::optional<bool> deletion_protection;
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
  std::optional<::rdscodec::rds::run_rc_instances::network_options> network_options;
  std::optional<std::string> password;
  std::optional<bool> password_inherit;
  std::optional<std::int32_t> period;
  std::optional<std::string> period_unit;
  std::optional<std::string> private_ip_address;
  std::optional<std::string> promotion_code;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> scheduled_rule;
  std::optional<std::string> security_enhancement_strategy;
  std::optional<std::string> security_group_id;
  std::optional<std::vector<std::string>> security_group_ids;
  std::optional<std::string> spot_strategy;
  std::optional<std::string> support_case;
  std::optional<::rdscodec::rds::run_rc_instances::system_disk> system_disk;
  std::optional<std::vector<::rdscodec::rds::run_rc_instances::tag>> tag;
  std::optional<std::string> user_data;
  std::optional<bool> user_data_in_base64;
  std::string v_switch_id;
  std::optional<std::string> zone_id;
};

struct response {
  std::optional<::rdscodec::rds::run_rc_instances::instance_id_sets> instance_id_sets;
  std::optional<std::string> order_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::run_rc_instances

namespace rdscodec {

template <>
struct object_traits<rds::run_rc_instances::create_ack_edge_param> {
  static constexpr auto fields = field_list(
      field<&rds::run_rc_instances::create_ack_edge_param::cluster_id>{"ClusterId", presence::optional},
      field<&rds::run_rc_instances::create_ack_edge_param::node_pool_id>{"NodePoolId", presence::optional});
};

template <>
struct object_traits<rds::run_rc_instances::data_disk> {
  static constexpr auto fields = field_list(
      field<&rds::run_rc_instances::data_disk::category>{"Category", presence::optional},
      field<&rds::run_rc_instances::data_disk::delete_with_instance>{"DeleteWithInstance", presence::optional},
      field<&rds::run_rc_instances::data_disk::device>{"Device", presence::optional},
      field<&rds::run_rc_instances::data_disk::encrypted>{"Encrypted", presence::optional},
      field<&rds::run_rc_instances::data_disk::performance_level>{"PerformanceLevel", presence::optional},
      field<&rds::run_rc_instances::data_disk::size>{"Size", presence::optional},
      field<&rds::run_rc_instances::data_disk::snapshot_id>{"SnapshotId", presence::optional});
};

template <>
struct object_traits<rds::run_rc_instances::network_options> {
  static constexpr auto fields = field_list(
      field<&rds::run_rc_instances::network_options::enable_jumbo_frame>{"EnableJumboFrame", presence::optional});
};

template <>
struct object_traits<rds::run_rc_instances::system_disk> {
  static constexpr auto fields = field_list(
      field<&rds::run_rc_instances::system_disk::category>{"Category", presence::optional},
      field<&rds::run_rc_instances::system_disk::performance_level>{"PerformanceLevel", presence::optional},
      field<&rds::run_rc_instances::system_disk::size>{"Size", presence::optional});
};

template <>
struct object_traits<rds::run_rc_instances::tag> {
  static constexpr auto fields = field_list(
      field<&rds::run_rc_instances::tag::key>{"Key", presence::optional},
      field<&rds::run_rc_instances::tag::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::run_rc_instances::instance_id_sets> {
  static constexpr auto fields = field_list(
      field<&rds::run_rc_instances::instance_id_sets::instance_id_set>{"InstanceIdSet", presence::optional});
};

template <>
struct operation_traits<rds::run_rc_instances::request> {
  using request = rds::run_rc_instances::request;
  using response = rds::run_rc_instances::response;
  static constexpr std::string_view action = "RunRCInstances";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RunRCInstancesResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::acu_type>{"AcuType", presence::optional},
      field<&request::amount>{"Amount", presence::optional, 1, 100},
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::auto_renew>{"AutoRenew", presence::optional},
      field<&request::auto_use_coupon>{"AutoUseCoupon", presence::optional},
      field<&request::business_info>{"BusinessInfo", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::create_ack_edge_param>{"CreateAckEdgeParam", presence::optional}.with(wire_style::json),
      field<&request::create_extra_param>{"CreateExtraParam", presence::optional},
      field<&request::create_mode>{"CreateMode", presence::optional},
      field<&request::data_disk>{"DataDisk", presence::optional}.with(wire_style::json),
      field<&request::deletion_protection>{"DeletionProtection", presence::optional},
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
      field<&request::network_options>{"NetworkOptions", presence::optional}.with(wire_style::json),
      field<&request::password>{"Password", presence::optional},
      field<&request::password_inherit>{"PasswordInherit", presence::optional},
      field<&request::period>{"Period", presence::optional},
      field<&request::period_unit>{"PeriodUnit", presence::optional},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::scheduled_rule>{"ScheduledRule", presence::optional},
      field<&request::security_enhancement_strategy>{"SecurityEnhancementStrategy", presence::optional},
      field<&request::security_group_id>{"SecurityGroupId", presence::optional},
      field<&request::security_group_ids>{"SecurityGroupIds", presence::optional}.with(wire_style::json),
      field<&request::spot_strategy>{"SpotStrategy", presence::optional},
      field<&request::support_case>{"SupportCase", presence::optional},
      field<&request::system_disk>{"SystemDisk", presence::optional}.with(wire_style::json),
      field<&request::tag>{"Tag", presence::optional},
      field<&request::user_data>{"UserData", presence::optional},
      field<&request::user_data_in_base64>{"UserDataInBase64", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::required},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::instance_id_sets>{"InstanceIdSets", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::run_rc_instances::request>());

}  // namespace rdscodec

#endif
