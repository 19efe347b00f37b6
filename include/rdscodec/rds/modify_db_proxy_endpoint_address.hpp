// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBProxyEndpointAddress (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following topics and make sure that you fully understand
// the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_MODIFY_DB_PROXY_ENDPOINT_ADDRESS_HPP
#define RDSCODEC_RDS_MODIFY_DB_PROXY_ENDPOINT_ADDRESS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_proxy_endpoint_address {

struct request {
  std::string db_instance_id;
  std::optional<std::string> db_proxy_connect_string_net_type;
  std::string db_proxy_endpoint_id;
  std::optional<std::string> db_proxy_engine_type;
  std::optional<std::string> db_proxy_new_connect_string;
  std::optional<std::string> db_proxy_new_connect_string_port;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_proxy_endpoint_address

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_proxy_endpoint_address::request> {
  using request = rds::modify_db_proxy_endpoint_address::request;
  using response = rds::modify_db_proxy_endpoint_address::response;
  static constexpr std::string_view action = "ModifyDBProxyEndpointAddress";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBProxyEndpointAddressResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_proxy_connect_string_net_type>{"DBProxyConnectStringNetType", presence::optional},
      field<&request::db_proxy_endpoint_id>{"DBProxyEndpointId", presence::required},
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::db_proxy_new_connect_string>{"DBProxyNewConnectString", presence::optional},
      field<&request::db_proxy_new_connect_string_port>{"DBProxyNewConnectStringPort", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_proxy_endpoint_address::request>());

}  // namespace rdscodec

#endif
