// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCInstanceNetworkSpec (Rds API 2014-08-15, RPC, POST)
// Custom for SQL Server
#ifndef RDSCODEC_RDS_MODIFY_RC_INSTANCE_NETWORK_SPEC_HPP
#define RDSCODEC_RDS_MODIFY_RC_INSTANCE_NETWORK_SPEC_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_instance_network_spec {

struct request {
  std::optional<std::string> instance_id;
  std::optional<std::string> internet_max_bandwidth_out;
  std::optional<std::string> network_charge_type;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_instance_network_spec

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_instance_network_spec::request> {
  using request = rds::modify_rc_instance_network_spec::request;
  using response = rds::modify_rc_instance_network_spec::response;
  static constexpr std::string_view action = "ModifyRCInstanceNetworkSpec";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCInstanceNetworkSpecResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::internet_max_bandwidth_out>{"InternetMaxBandwidthOut", presence::optional},
      field<&request::network_charge_type>{"NetworkChargeType", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_instance_network_spec::request>());

}  // namespace rdscodec

#endif
