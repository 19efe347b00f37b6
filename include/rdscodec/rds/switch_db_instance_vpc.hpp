// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// SwitchDBInstanceVpc (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_SWITCH_DB_INSTANCE_VPC_HPP
#define RDSCODEC_RDS_SWITCH_DB_INSTANCE_VPC_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::switch_db_instance_vpc {

struct request {
  std::string db_instance_id;
  std::optional<std::string> private_ip_address;
  std::optional<std::int64_t> resource_owner_id;
  std::string vpc_id;
  std::string v_switch_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::switch_db_instance_vpc

namespace rdscodec {

template <>
struct operation_traits<rds::switch_db_instance_vpc::request> {
  using request = rds::switch_db_instance_vpc::request;
  using response = rds::switch_db_instance_vpc::response;
  static constexpr std::string_view action = "SwitchDBInstanceVpc";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "SwitchDBInstanceVpcResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::required},
      field<&request::v_switch_id>{"VSwitchId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::switch_db_instance_vpc::request>());

}  // namespace rdscodec

#endif
