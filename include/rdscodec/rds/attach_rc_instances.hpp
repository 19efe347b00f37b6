// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// AttachRCInstances (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_ATTACH_RC_INSTANCES_HPP
#define RDSCODEC_RDS_ATTACH_RC_INSTANCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::attach_rc_instances {

// AttachRCInstancesResponseBody.responses
struct responses {
  std::optional<std::string> code;
  std::optional<std::string> instance_id;
  std::optional<std::string> message;
};

struct request {
  std::vector<std::string> instance_ids;
  std::optional<std::string> key_pair;
  std::optional<std::string> password;
  std::optional<std::string> region_id;
  std::optional<std::string> vpc_id;
};

struct response {
  std::optional<std::string> request_id;
  std::vector<::rdscodec::rds::attach_rc_instances::responses> responses;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::attach_rc_instances

namespace rdscodec {

template <>
struct object_traits<rds::attach_rc_instances::responses> {
  static constexpr auto fields = field_list(
      field<&rds::attach_rc_instances::responses::code>{"Code", presence::optional},
      field<&rds::attach_rc_instances::responses::instance_id>{"InstanceId", presence::optional},
      field<&rds::attach_rc_instances::responses::message>{"Message", presence::optional});
};

template <>
struct operation_traits<rds::attach_rc_instances::request> {
  using request = rds::attach_rc_instances::request;
  using response = rds::attach_rc_instances::response;
  static constexpr std::string_view action = "AttachRCInstances";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "AttachRCInstancesResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_ids>{"InstanceIds", presence::required}.with(wire_style::simple),
      field<&request::key_pair>{"KeyPair", presence::optional},
      field<&request::password>{"Password", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::responses>{"Responses", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::attach_rc_instances::request>());

}  // namespace rdscodec

#endif
