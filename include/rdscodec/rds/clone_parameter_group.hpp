// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CloneParameterGroup (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_CLONE_PARAMETER_GROUP_HPP
#define RDSCODEC_RDS_CLONE_PARAMETER_GROUP_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::clone_parameter_group {

struct request {
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> parameter_group_desc;
  std::string parameter_group_id;
  std::string parameter_group_name;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string target_region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::clone_parameter_group

namespace rdscodec {

template <>
struct operation_traits<rds::clone_parameter_group::request> {
  using request = rds::clone_parameter_group::request;
  using response = rds::clone_parameter_group::response;
  static constexpr std::string_view action = "CloneParameterGroup";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CloneParameterGroupResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::parameter_group_desc>{"ParameterGroupDesc", presence::optional},
      field<&request::parameter_group_id>{"ParameterGroupId", presence::required},
      field<&request::parameter_group_name>{"ParameterGroupName", presence::required},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::target_region_id>{"TargetRegionId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::clone_parameter_group::request>());

}  // namespace rdscodec

#endif
