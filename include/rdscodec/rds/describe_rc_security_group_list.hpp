// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCSecurityGroupList (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_SECURITY_GROUP_LIST_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_SECURITY_GROUP_LIST_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_security_group_list {

// DescribeRCSecurityGroupListResponseBody.RCSecurityGroups
struct rc_security_groups {
  std::optional<std::int32_t> available_instance_amount;
  std::optional<std::string> creation_time;
  std::optional<std::string> description;
  std::int32_t instance_count;
  std::optional<std::string> security_group_id;
  std::optional<std::string> security_group_type;
  std::optional<std::string> vpc_id;
};

struct request {
  std::string region_id;
  std::optional<std::string> security_group_id;
  std::optional<std::string> vpc_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_rc_security_group_list::rc_security_groups> rc_security_groups;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_security_group_list

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_security_group_list::rc_security_groups> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_security_group_list::rc_security_groups::available_instance_amount>{"AvailableInstanceAmount", presence::optional},
      field<&rds::describe_rc_security_group_list::rc_security_groups::creation_time>{"CreationTime", presence::optional},
      field<&rds::describe_rc_security_group_list::rc_security_groups::description>{"Description", presence::optional},
      field<&rds::describe_rc_security_group_list::rc_security_groups::instance_count>{"InstanceCount", presence::required},
      field<&rds::describe_rc_security_group_list::rc_security_groups::security_group_id>{"SecurityGroupId", presence::optional},
      field<&rds::describe_rc_security_group_list::rc_security_groups::security_group_type>{"SecurityGroupType", presence::optional},
      field<&rds::describe_rc_security_group_list::rc_security_groups::vpc_id>{"VpcId", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_security_group_list::request> {
  using request = rds::describe_rc_security_group_list::request;
  using response = rds::describe_rc_security_group_list::response;
  static constexpr std::string_view action = "DescribeRCSecurityGroupList";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCSecurityGroupListResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::security_group_id>{"SecurityGroupId", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::rc_security_groups>{"RCSecurityGroups", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_security_group_list::request>());

}  // namespace rdscodec

#endif
