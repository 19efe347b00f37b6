// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifySecurityIps (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_MODIFY_SECURITY_IPS_HPP
#define RDSCODEC_RDS_MODIFY_SECURITY_IPS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_security_ips {

struct request {
  std::optional<std::string> db_instance_ip_array_attribute;
  std::optional<std::string> db_instance_ip_array_name;
  std::string db_instance_id;
  std::optional<std::string> fresh_white_list_readins;
  std::optional<std::string> modify_mode;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> security_ip_type;
  std::string security_ips;
  std::optional<std::string> whitelist_network_type;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::modify_security_ips

namespace rdscodec {

template <>
struct operation_traits<rds::modify_security_ips::request> {
  using request = rds::modify_security_ips::request;
  using response = rds::modify_security_ips::response;
  static constexpr std::string_view action = "ModifySecurityIps";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifySecurityIpsResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_ip_array_attribute>{"DBInstanceIPArrayAttribute", presence::optional},
      field<&request::db_instance_ip_array_name>{"DBInstanceIPArrayName", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::fresh_white_list_readins>{"FreshWhiteListReadins", presence::optional},
      field<&request::modify_mode>{"ModifyMode", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::security_ip_type>{"SecurityIPType", presence::optional},
      field<&request::security_ips>{"SecurityIps", presence::required},
      field<&request::whitelist_network_type>{"WhitelistNetworkType", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::modify_security_ips::request>());

}  // namespace rdscodec

#endif
