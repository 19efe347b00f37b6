// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCDeploymentSets (Rds API 2014-08-15, RPC, GET)
#ifndef RDSCODEC_RDS_DESCRIBE_RC_DEPLOYMENT_SETS_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_DEPLOYMENT_SETS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_deployment_sets {

// DescribeRCDeploymentSetsResponseBody.deploymentSets.deploymentSet.capacities.capacity
struct capacity {
  std::optional<std::int32_t> available_amount;
  std::optional<std::int32_t> used_amount;
  std::optional<std::string> zone_id;
};

// DescribeRCDeploymentSetsResponseBody.deploymentSets.deploymentSet.capacities
struct capacities {
  std::vector<::rdscodec::rds::describe_rc_deployment_sets::capacity> capacity;
};

// DescribeRCDeploymentSetsResponseBody.deploymentSets.deploymentSet.instanceIds
struct instance_ids {
  std::vector<std::string> instance_id;
};

// DescribeRCDeploymentSetsResponseBody.deploymentSets.deploymentSet.tags.tag
struct tag {
  std::optional<std::string> resource_id;
  std::optional<std::string> resource_type;
  std::optional<std::string> tag_key;
  std::optional<std::string> tag_value;
};

// DescribeRCDeploymentSetsResponseBody.deploymentSets.deploymentSet.tags
struct tags {
  std::vector<::rdscodec::rds::describe_rc_deployment_sets::tag> tag;
};

// DescribeRCDeploymentSetsResponseBody.deploymentSets.deploymentSet
struct deployment_set {
  std::optional<::rdscodec::rds::describe_rc_deployment_sets::capacities> capacities;
  std::optional<std::string> create_time;
  std::optional<std::string> deployment_set_description;
  std::optional<std::string> deployment_set_id;
  std::optional<std::string> deployment_set_name;
  std::optional<std::string> deployment_strategy;
  std::optional<std::string> domain;
  std::optional<std::string> granularity;
  std::optional<std::int32_t> group_count;
  std::optional<std::int32_t> instance_amount;
  std::optional<::rdscodec::rds::describe_rc_deployment_sets::instance_ids> instance_ids;
  std::optional<std::string> strategy;
  std::optional<::rdscodec::rds::describe_rc_deployment_sets::tags> tags;
};

// DescribeRCDeploymentSetsResponseBody.deploymentSets
struct deployment_sets {
  std::vector<::rdscodec::rds::describe_rc_deployment_sets::deployment_set> deployment_set;
};

struct request {
  std::optional<std::string> deployment_set_ids;
  std::optional<std::string> deployment_set_name;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region_id;
  std::optional<std::string> strategy;
  std::optional<std::string> tag;
};

struct response {
  std::optional<::rdscodec::rds::describe_rc_deployment_sets::deployment_sets> deployment_sets;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
};

}  // namespace rdscodec::rds::describe_rc_deployment_sets

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_deployment_sets::capacity> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_deployment_sets::capacity::available_amount>{"AvailableAmount", presence::optional},
      field<&rds::describe_rc_deployment_sets::capacity::used_amount>{"UsedAmount", presence::optional},
      field<&rds::describe_rc_deployment_sets::capacity::zone_id>{"ZoneId", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_deployment_sets::capacities> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_deployment_sets::capacities::capacity>{"Capacity", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_deployment_sets::instance_ids> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_deployment_sets::instance_ids::instance_id>{"InstanceId", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_deployment_sets::tag> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_deployment_sets::tag::resource_id>{"ResourceId", presence::optional},
      field<&rds::describe_rc_deployment_sets::tag::resource_type>{"ResourceType", presence::optional},
      field<&rds::describe_rc_deployment_sets::tag::tag_key>{"TagKey", presence::optional},
      field<&rds::describe_rc_deployment_sets::tag::tag_value>{"TagValue", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_deployment_sets::tags> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_deployment_sets::tags::tag>{"Tag", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_deployment_sets::deployment_set> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_deployment_sets::deployment_set::capacities>{"Capacities", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::create_time>{"CreateTime", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::deployment_set_description>{"DeploymentSetDescription", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::deployment_set_id>{"DeploymentSetId", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::deployment_set_name>{"DeploymentSetName", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::deployment_strategy>{"DeploymentStrategy", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::domain>{"Domain", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::granularity>{"Granularity", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::group_count>{"GroupCount", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::instance_amount>{"InstanceAmount", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::instance_ids>{"InstanceIds", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::strategy>{"Strategy", presence::optional},
      field<&rds::describe_rc_deployment_sets::deployment_set::tags>{"Tags", presence::optional});
};

template <>
struct object_traits<rds::describe_rc_deployment_sets::deployment_sets> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_deployment_sets::deployment_sets::deployment_set>{"DeploymentSet", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_deployment_sets::request> {
  using request = rds::describe_rc_deployment_sets::request;
  using response = rds::describe_rc_deployment_sets::response;
  static constexpr std::string_view action = "DescribeRCDeploymentSets";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "GET";
  static constexpr std::string_view response_root = "DescribeRCDeploymentSetsResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::deployment_set_ids>{"DeploymentSetIds", presence::optional},
      field<&request::deployment_set_name>{"DeploymentSetName", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional},
      field<&request::page_size>{"PageSize", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::strategy>{"Strategy", presence::optional},
      field<&request::tag>{"Tag", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::deployment_sets>{"DeploymentSets", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_rc_deployment_sets::request>());

}  // namespace rdscodec

#endif
