// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// SyncRCSecurityGroup (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_SYNC_RC_SECURITY_GROUP_HPP
#define RDSCODEC_RDS_SYNC_RC_SECURITY_GROUP_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::sync_rc_security_group {

struct request {
  std::optional<std::string> instance_id;
  std::optional<std::string> region_id;
  std::optional<std::string> security_group_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::sync_rc_security_group

namespace rdscodec {

template <>
struct operation_traits<rds::sync_rc_security_group::request> {
  using request = rds::sync_rc_security_group::request;
  using response = rds::sync_rc_security_group::response;
  static constexpr std::string_view action = "SyncRCSecurityGroup";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "SyncRCSecurityGroupResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::security_group_id>{"SecurityGroupId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::sync_rc_security_group::request>());

}  // namespace rdscodec

#endif
