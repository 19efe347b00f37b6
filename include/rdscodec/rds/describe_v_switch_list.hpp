// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeVSwitchList (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_V_SWITCH_LIST_HPP
#define RDSCODEC_RDS_DESCRIBE_V_SWITCH_LIST_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_v_switch_list {

// DescribeVSwitchListResponseBody.vSwitches
struct v_switches {
  std::optional<std::string> available_ip_address_count;
  std::optional<std::string> cidr_block;
  std::optional<std::string> description;
  std::optional<std::string> gmt_create;
  std::optional<std::string> is_default;
  std::optional<std::string> iz_no;
  std::optional<std::string> share_type;
  std::optional<std::string> status;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> v_switch_name;
};

struct request {
  std::optional<std::string> page_number;
  std::optional<std::string> page_size;
  std::optional<std::string> region_id;
  std::optional<std::vector<std::string>> v_switch_ids;
  std::optional<std::string> vpc_id;
};

struct response {
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
  std::vector<::rdscodec::rds::describe_v_switch_list::v_switches> v_switches;
};

}  // namespace rdscodec::rds::describe_v_switch_list

namespace rdscodec {

template <>
struct object_traits<rds::describe_v_switch_list::v_switches> {
  static constexpr auto fields = field_list(
      field<&rds::describe_v_switch_list::v_switches::available_ip_address_count>{"AvailableIpAddressCount", presence::optional},
      field<&rds::describe_v_switch_list::v_switches::cidr_block>{"CidrBlock", presence::optional},
      field<&rds::describe_v_switch_list::v_switches::description>{"Description", presence::optional},
      field<&rds::describe_v_switch_list::v_switches::gmt_create>{"GmtCreate", presence::optional},
      field<&rds::describe_v_switch_list::v_switches::is_default>{"IsDefault", presence::optional},
      field<&rds::describe_v_switch_list::v_switches::iz_no>{"IzNo", presence::optional},
      field<&rds::describe_v_switch_list::v_switches::share_type>{"ShareType", presence::optional},
      field<&rds::describe_v_switch_list::v_switches::status>{"Status", presence::optional},
      field<&rds::describe_v_switch_list::v_switches::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_v_switch_list::v_switches::v_switch_name>{"VSwitchName", presence::optional});
};

template <>
struct operation_traits<rds::describe_v_switch_list::request> {
  using request = rds::describe_v_switch_list::request;
  using response = rds::describe_v_switch_list::response;
  static constexpr std::string_view action = "DescribeVSwitchList";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeVSwitchListResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::v_switch_ids>{"VSwitchIds", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional},
      field<&response::v_switches>{"VSwitches", presence::optional});
};

static_assert(check_operation<rds::describe_v_switch_list::request>());

}  // namespace rdscodec

#endif
