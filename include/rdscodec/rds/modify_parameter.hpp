// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyParameter (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_MODIFY_PARAMETER_HPP
#define RDSCODEC_RDS_MODIFY_PARAMETER_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_parameter {

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<bool> forcerestart;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> parameter_group_id;
  std::optional<std::string> parameters;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> switch_time;
  std::optional<std::string> switch_time_mode;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_parameter

namespace rdscodec {

template <>
struct operation_traits<rds::modify_parameter::request> {
  using request = rds::modify_parameter::request;
  using response = rds::modify_parameter::response;
  static constexpr std::string_view action = "ModifyParameter";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyParameterResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::forcerestart>{"Forcerestart", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::parameter_group_id>{"ParameterGroupId", presence::optional},
      field<&request::parameters>{"Parameters", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::switch_time_mode>{"SwitchTimeMode", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_parameter::request>());

}  // namespace rdscodec

#endif
