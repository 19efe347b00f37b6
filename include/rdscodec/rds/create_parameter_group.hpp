// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateParameterGroup (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_CREATE_PARAMETER_GROUP_HPP
#define RDSCODEC_RDS_CREATE_PARAMETER_GROUP_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_parameter_group {

struct request {
  std::string engine;
  std::string engine_version;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> parameter_group_desc;
  std::string parameter_group_name;
  std::string parameters;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> parameter_group_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_parameter_group

namespace rdscodec {

template <>
struct operation_traits<rds::create_parameter_group::request> {
  using request = rds::create_parameter_group::request;
  using response = rds::create_parameter_group::response;
  static constexpr std::string_view action = "CreateParameterGroup";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateParameterGroupResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::engine>{"Engine", presence::required},
      field<&request::engine_version>{"EngineVersion", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::parameter_group_desc>{"ParameterGroupDesc", presence::optional},
      field<&request::parameter_group_name>{"ParameterGroupName", presence::required},
      field<&request::parameters>{"Parameters", presence::required},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::parameter_group_id>{"ParameterGroupId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_parameter_group::request>());

}  // namespace rdscodec

#endif
