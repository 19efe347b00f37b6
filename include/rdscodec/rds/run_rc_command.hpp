// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// RunRCCommand (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_RUN_RC_COMMAND_HPP
#define RDSCODEC_RDS_RUN_RC_COMMAND_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::run_rc_command {

// RunRCCommandRequest.resourceTags
struct resource_tags {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

// RunRCCommandRequest.tags
struct tags {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

struct request {
  std::optional<std::string> client_token;
  std::string command_content;
  std::optional<std::string> container_id;
  std::optional<std::string> container_name;
  std::optional<std::string> content_encoding;
  std::optional<std::string> description;
  std::optional<bool> enable_parameter;
  std::optional<std::string> frequency;
  std::optional<std::vector<std::string>> instance_ids;
  std::optional<bool> keep_command;
  std::optional<std::string> launcher;
  std::optional<std::string> name;
  std::optional<std::map<std::string, raw_json>> parameters;
  std::string region_id;
  std::optional<std::string> repeat_mode;
  std::optional<std::string> resource_group_id;
  std::optional<std::vector<::rdscodec::rds::run_rc_command::resource_tags>> resource_tags;
  std::optional<std::vector<::rdscodec::rds::run_rc_command::tags>> tags;
  std::optional<std::string> termination_mode;
  std::optional<std::int64_t> timeout;
  std::string type;
  std::optional<std::string> username;
  std::optional<std::string> windows_password_name;
  std::optional<std::string> working_dir;
};

struct response {
  std::optional<std::string> command_id;
  std::optional<std::string> invoke_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::run_rc_command

namespace rdscodec {

template <>
struct object_traits<rds::run_rc_command::resource_tags> {
  static constexpr auto fields = field_list(
      field<&rds::run_rc_command::resource_tags::key>{"Key", presence::optional},
      field<&rds::run_rc_command::resource_tags::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::run_rc_command::tags> {
  static constexpr auto fields = field_list(
      field<&rds::run_rc_command::tags::key>{"Key", presence::optional},
      field<&rds::run_rc_command::tags::value>{"Value", presence::optional});
};

template <>
struct operation_traits<rds::run_rc_command::request> {
  using request = rds::run_rc_command::request;
  using response = rds::run_rc_command::response;
  static constexpr std::string_view action = "RunRCCommand";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "RunRCCommandResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::command_content>{"CommandContent", presence::required},
      field<&request::container_id>{"ContainerId", presence::optional},
      field<&request::container_name>{"ContainerName", presence::optional},
      field<&request::content_encoding>{"ContentEncoding", presence::optional},
      field<&request::description>{"Description", presence::optional},
      field<&request::enable_parameter>{"EnableParameter", presence::optional},
      field<&request::frequency>{"Frequency", presence::optional},
      field<&request::instance_ids>{"InstanceIds", presence::optional}.with(wire_style::json),
      field<&request::keep_command>{"KeepCommand", presence::optional},
      field<&request::launcher>{"Launcher", presence::optional},
      field<&request::name>{"Name", presence::optional},
      field<&request::parameters>{"Parameters", presence::optional}.with(wire_style::json),
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::repeat_mode>{"RepeatMode", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_tags>{"ResourceTags", presence::optional}.with(wire_style::json),
      field<&request::tags>{"Tags", presence::optional}.with(wire_style::json),
      field<&request::termination_mode>{"TerminationMode", presence::optional},
      field<&request::timeout>{"Timeout", presence::optional},
      field<&request::type>{"Type", presence::required},
      field<&request::username>{"Username", presence::optional},
      field<&request::windows_password_name>{"WindowsPasswordName", presence::optional},
      field<&request::working_dir>{"WorkingDir", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::command_id>{"CommandId", presence::optional},
      field<&response::invoke_id>{"InvokeId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::run_rc_command::request>());

}  // namespace rdscodec

#endif
