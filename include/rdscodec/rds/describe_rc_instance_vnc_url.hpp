// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCInstanceVncUrl (Rds API 2014-08-15, RPC, POST)
// The address returned is valid only for 15 seconds. If you do not use the returned address to
// establish a connection within 15 seconds, the address expires and you must call the operation again
// to obtain a new address.
#ifndef RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_VNC_URL_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_VNC_URL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_instance_vnc_url {

struct request {
  std::optional<std::string> db_type;
  std::optional<std::string> instance_id;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::string> login_url;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_instance_vnc_url

namespace rdscodec {

template <>
struct operation_traits<rds::describe_rc_instance_vnc_url::request> {
  using request = rds::describe_rc_instance_vnc_url::request;
  using response = rds::describe_rc_instance_vnc_url::response;
  static constexpr std::string_view action = "DescribeRCInstanceVncUrl";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCInstanceVncUrlResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_type>{"DbType", presence::optional},
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::login_url>{"LoginUrl", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_instance_vnc_url::request>());

}  // namespace rdscodec

#endif
