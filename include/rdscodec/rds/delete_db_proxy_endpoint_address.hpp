// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteDBProxyEndpointAddress (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, carefully read the following documentation. Make sure that you fully
// understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_DELETE_DB_PROXY_ENDPOINT_ADDRESS_HPP
#define RDSCODEC_RDS_DELETE_DB_PROXY_ENDPOINT_ADDRESS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_db_proxy_endpoint_address {

struct request {
  std::string db_instance_id;
  std::string db_proxy_connect_string_net_type;
  std::string db_proxy_endpoint_id;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_db_proxy_endpoint_address

namespace rdscodec {

template <>
struct operation_traits<rds::delete_db_proxy_endpoint_address::request> {
  using request = rds::delete_db_proxy_endpoint_address::request;
  using response = rds::delete_db_proxy_endpoint_address::response;
  static constexpr std::string_view action = "DeleteDBProxyEndpointAddress";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteDBProxyEndpointAddressResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_proxy_connect_string_net_type>{"DBProxyConnectStringNetType", presence::required},
      field<&request::db_proxy_endpoint_id>{"DBProxyEndpointId", presence::required},
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_db_proxy_endpoint_address::request>());

}  // namespace rdscodec

#endif
