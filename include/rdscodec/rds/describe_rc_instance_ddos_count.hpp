// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRCInstanceDdosCount (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_DDOS_COUNT_HPP
#define RDSCODEC_RDS_DESCRIBE_RC_INSTANCE_DDOS_COUNT_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rc_instance_ddos_count {

// DescribeRCInstanceDdosCountResponseBody.ddosCount
struct ddos_count {
  std::optional<std::string> blackhole_count;
  std::optional<std::string> defense_count;
  std::optional<std::string> instacen_count;
};

struct request {
  std::optional<std::string> ddos_region_id;
  std::optional<std::string> instance_type;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_rc_instance_ddos_count::ddos_count> ddos_count;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rc_instance_ddos_count

namespace rdscodec {

template <>
struct object_traits<rds::describe_rc_instance_ddos_count::ddos_count> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rc_instance_ddos_count::ddos_count::blackhole_count>{"BlackholeCount", presence::optional},
      field<&rds::describe_rc_instance_ddos_count::ddos_count::defense_count>{"DefenseCount", presence::optional},
      field<&rds::describe_rc_instance_ddos_count::ddos_count::instacen_count>{"InstacenCount", presence::optional});
};

template <>
struct operation_traits<rds::describe_rc_instance_ddos_count::request> {
  using request = rds::describe_rc_instance_ddos_count::request;
  using response = rds::describe_rc_instance_ddos_count::response;
  static constexpr std::string_view action = "DescribeRCInstanceDdosCount";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRCInstanceDdosCountResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::ddos_region_id>{"DdosRegionId", presence::optional},
      field<&request::instance_type>{"InstanceType", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::ddos_count>{"DdosCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rc_instance_ddos_count::request>());

}  // namespace rdscodec

#endif
