// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCInstanceIpAddress (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_IP_ADDRESS_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_IP_ADDRESS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_instance_ip_address {

// DescribeRCInstanceIpAddressResponseBody.RCInstanceList.ipAddressConfig
struct ip_address_config {
  std::optional<std::int32_t> blackhole_threshold;
  std::optional<std::int32_t> defense_bps_threshold;
  std::optional<std::int32_t> defense_pps_threshold;
  std::optional<std::int32_t> elastic_threshold;
  std::optional<std::string> instance_ip;
  std::optional<std::string> ip_status;
  std::optional<std::string> ip_version;
  std::optional<bool> is_bgppack;
  std::optional<std::int32_t> is_full_protection;
  std::optional<std::string> region_id;
};

// DescribeRCInstanceIpAddressResponseBody.RCInstanceList
struct rc_instance_list {
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_name;
  std::optional<std::string> instance_status;
  std::optional<std::string> instance_type;
  std::vector<::rdscodec::rds::describe_rc_instance_ip_address::ip_address_config> ip_address_config;
};

struct request {
  std::optional<std::int32_t> current_page;
  std::optional<std::string> ddos_region_id;
  std::optional<std::string> ddos_status;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_ip;
  std::optional<std::string> instance_name;
  std::optional<std::string> instance_type;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_type;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_instance_ip_address::rc_instance_list> rc_instance_list;
  std::optional<std::string> request_id;
  std::optional<std::string> total;
};

}  // namespace rdscodec::rds::describe_rc_instance_ip_address

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_instance_ip_address::ip_address_config> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_ip_address::ip_address_config::blackhole_threshold>{"BlackholeThreshold", presence::optional},
      field<&rds::describe_rc_instance_ip_address::ip_address_config::defense_bps_threshold>{"DefenseBpsThreshold", presence::optional},
      field<&rds::describe_rc_instance_ip_address::ip_address_config::defense_pps_threshold>{"DefensePpsThreshold", presence::optional},
      field<&rds::describe_rc_instance_ip_address::ip_address_config::elastic_threshold>{"ElasticThreshold", presence::optional},
      field<&rds::describe_rc_instance_ip_address::ip_address_config::instance_ip>{"InstanceIp", presence::optional},
      field<&rds::describe_rc_instance_ip_address::ip_address_config::ip_status>{"IpStatus", presence::optional},
      field<&rds::describe_rc_instance_ip_address::ip_address_config::ip_version>{"IpVersion", presence::optional},
      field<&rds::describe_rc_instance_ip_address::ip_address_config::is_bgppack>{"IsBgppack", presence::optional},
      field<&rds::describe_rc_instance_ip_address::ip_address_config::is_full_protection>{"IsFullProtection", presence::optional},
      field<&rds::describe_rc_instance_ip_address::ip_address_config::region_id>{"RegionId", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_instance_ip_address::rc_instance_list> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_ip_address::rc_instance_list::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_rc_instance_ip_address::rc_instance_list::instance_name>{"InstanceName", presence::optional},
      field<&rds::describe_rc_instance_ip_address::rc_instance_list::instance_status>{"InstanceStatus", presence::optional},
      field<&rds::describe_rc_instance_ip_address::rc_instance_list::instance_type>{"InstanceType", presence::optional},
      field<&rds::describe_rc_instance_ip_address::rc_instance_list::ip_address_config>{"IpAddressConfig", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_instance_ip_address::request> {
  using request = rds::describe_rc_instance_ip_address::request;
  using response = rds::describe_rc_instance_ip_address::response;
  static constexpr std::string_view action = "DescribeRCInstanceIpAddress";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCInstanceIpAddressResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::current_page>{"CurrentPage", presence::optional},
      field<&request::ddos_region_id>{"DdosRegionId", presence::optional},
      field<&request::ddos_status>{"DdosStatus", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::instance_ip>{"InstanceIp", presence::optional},
      field<&request::instance_name>{"InstanceName", presence::optional},
      field<&request::instance_type>{"InstanceType", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_type>{"ResourceType", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::rc_instance_list>{"RCInstanceList", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total>{"Total", presence::optional});
};

static_assert(check_operation<rds::describe_rc_instance_ip_address::request>());

}  // namespace rdscodec

#endif
