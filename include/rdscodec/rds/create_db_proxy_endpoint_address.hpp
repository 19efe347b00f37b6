// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateDBProxyEndpointAddress (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_CREATE_DB_PROXY_ENDPOINT_ADDRESS_HPP
#define RDSCODEC_RDS_CREATE_DB_PROXY_ENDPOINT_ADDRESS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_db_proxy_endpoint_address {

struct request {
  std::string connection_string_prefix;
  std::string db_instance_id;
  std::string db_proxy_connect_string_net_type;
  std::string db_proxy_endpoint_id;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::string> db_proxy_new_connect_string_port;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_db_proxy_endpoint_address

namespace rdscodec {

template <>
struct operation_traits<rds::create_db_proxy_endpoint_address::request> {
  using request = rds::create_db_proxy_endpoint_address::request;
  using response = rds::create_db_proxy_endpoint_address::response;
  static constexpr std::string_view action = "CreateDBProxyEndpointAddress";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateDBProxyEndpointAddressResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::connection_string_prefix>{"ConnectionStringPrefix", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_proxy_connect_string_net_type>{"DBProxyConnectStringNetType", presence::required},
      field<&request::db_proxy_endpoint_id>{"DBProxyEndpointId", presence::required},
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::db_proxy_new_connect_string_port>{"DBProxyNewConnectStringPort", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_db_proxy_endpoint_address::request>());

}  // namespace rdscodec

#endif
