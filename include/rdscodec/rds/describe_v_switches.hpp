// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeVSwitches (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_V_SWITCHES_HPP
#define RDSCODEC_RDS_DESCRIBE_V_SWITCHES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_v_switches {

// DescribeVSwitchesResponseBody.vSwitchs
struct v_switchs {
  std::string available_ip_address_count;
  std::optional<std::string> cidr_block;
  std::optional<std::string> description;
  std::optional<bool> is_default;
  std::optional<std::string> iz_no;
  std::optional<std::string> status;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> v_switch_name;
};

struct request {
  std::optional<std::string> dedicated_host_group_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> zone_id;
};

struct response {
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
  std::vector<::rdscodec::rds::describe_v_switches::v_switchs> v_switchs;
};

}  // namespace rdscodec::rds::describe_v_switches

namespace rdscodec {

template <>
struct object_traits<rds::describe_v_switches::v_switchs> {
  static constexpr auto fields = field_list(
      field<&rds::describe_v_switches::v_switchs::available_ip_address_count>{"AvailableIpAddressCount", presence::required},
      field<&rds::describe_v_switches::v_switchs::cidr_block>{"CidrBlock", presence::optional},
      field<&rds::describe_v_switches::v_switchs::description>{"Description", presence::optional},
      field<&rds::describe_v_switches::v_switchs::is_default>{"IsDefault", presence::optional},
      field<&rds::describe_v_switches::v_switchs::iz_no>{"IzNo", presence::optional},
      field<&rds::describe_v_switches::v_switchs::status>{"Status", presence::optional},
      field<&rds::describe_v_switches::v_switchs::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_v_switches::v_switchs::v_switch_name>{"VSwitchName", presence::optional});
};

template <>
struct operation_traits<rds::describe_v_switches::request> {
  using request = rds::describe_v_switches::request;
  using response = rds::describe_v_switches::response;
  static constexpr std::string_view action = "DescribeVSwitches";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeVSwitchesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional},
      field<&response::v_switchs>{"VSwitchs", presence::optional});
};

static_assert(check_operation<rds::describe_v_switches::request>());

}  // namespace rdscodec

#endif
