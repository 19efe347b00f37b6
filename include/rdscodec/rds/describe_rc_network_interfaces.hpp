// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCNetworkInterfaces (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_NETWORK_INTERFACES_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_NETWORK_INTERFACES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_network_interfaces {

// DescribeRCNetworkInterfacesResponseBody.networkInterfaceSets.associatedPublicIp
struct associated_public_ip {
  std::optional<std::string> public_ip_address;
};

// DescribeRCNetworkInterfacesResponseBody.networkInterfaceSets.ipv6Sets
struct ipv6_sets {
  std::optional<std::string> ipv6_address;
};

// DescribeRCNetworkInterfacesResponseBody.networkInterfaceSets.privateIpSets
struct private_ip_sets {
  std::optional<bool> primary;
  std::optional<std::string> private_ip_address;
};

// DescribeRCNetworkInterfacesResponseBody.networkInterfaceSets.tags
struct tags {
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// DescribeRCNetworkInterfacesResponseBody.networkInterfaceSets
struct network_interface_sets {
  std::optional<::rdscodec::rds::describe_rc_network_interfaces::associated_public_ip> associated_public_ip;
  std::optional<std::string> creation_time;
  std::optional<std::string> description;
  std::optional<std::string> instance_id;
  std::vector<::rdscodec::rds::describe_rc_network_interfaces::ipv6_sets> ipv6_sets;
  std::optional<std::string> mac_address;
  std::optional<std::string> network_interface_id;
  std::vector<::rdscodec::rds::describe_rc_network_interfaces::private_ip_sets> private_ip_sets;
  std::optional<std::string> resource_group_id;
  std::vector<std::string> security_group_ids;
  std::optional<std::string> status;
  std::vector<::rdscodec::rds::describe_rc_network_interfaces::tags> tags;
  std::optional<std::string> type;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> zone_id;
};

struct request {
  std::string instance_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_network_interfaces::network_interface_sets> network_interface_sets;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_network_interfaces

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_network_interfaces::associated_public_ip> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_network_interfaces::associated_public_ip::public_ip_address>{"PublicIpAddress", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_network_interfaces::ipv6_sets> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_network_interfaces::ipv6_sets::ipv6_address>{"Ipv6Address", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_network_interfaces::private_ip_sets> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_network_interfaces::private_ip_sets::primary>{"Primary", presence::optional},
      field<&rds::describe_rc_network_interfaces::private_ip_sets::private_ip_address>{"PrivateIpAddress", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_network_interfaces::tags> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_network_interfaces::tags::tag_key>{"TagKey", presence::optional},
      field<&rds::describe_rc_network_interfaces::tags::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_network_interfaces::network_interface_sets> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_network_interfaces::network_interface_sets::associated_public_ip>{"AssociatedPublicIp", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::creation_time>{"CreationTime", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::description>{"Description", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::ipv6_sets>{"Ipv6Sets", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::mac_address>{"MacAddress", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::network_interface_id>{"NetworkInterfaceId", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::private_ip_sets>{"PrivateIpSets", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::security_group_ids>{"SecurityGroupIds", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::status>{"Status", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::tags>{"Tags", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::type>{"Type", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::vpc_id>{"VpcId", presence::optional},
      field<&rds::describe_rc_network_interfaces::network_interface_sets::zone_id>{"ZoneId", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_network_interfaces::request> {
  using request = rds::describe_rc_network_interfaces::request;
  using response = rds::describe_rc_network_interfaces::response;
  static constexpr std::string_view action = "DescribeRCNetworkInterfaces";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCNetworkInterfacesResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_id>{"InstanceId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::network_interface_sets>{"NetworkInterfaceSets", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_network_interfaces::request>());

}  // namespace rdscodec

#endif
