// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDbProxyInstanceSsl (Rds API 2014-08-15, RPC, POST)
// RDS MySQL
#ifndef RDSCODEC_RDS_MODIFY_DB_PROXY_INSTANCE_SSL_HPP
#define RDSCODEC_RDS_MODIFY_DB_PROXY_INSTANCE_SSL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_proxy_instance_ssl {

struct request {
  std::optional<std::string> db_proxy_engine_type;
  std::string db_instance_id;
  std::string db_proxy_connect_string;
  std::string db_proxy_endpoint_id;
  std::string db_proxy_ssl_enabled;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_proxy_instance_ssl

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_proxy_instance_ssl::request> {
  using request = rds::modify_db_proxy_instance_ssl::request;
  using response = rds::modify_db_proxy_instance_ssl::response;
  static constexpr std::string_view action = "ModifyDbProxyInstanceSsl";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDbProxyInstanceSslResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::db_instance_id>{"DbInstanceId", presence::required},
      field<&request::db_proxy_connect_string>{"DbProxyConnectString", presence::required},
      field<&request::db_proxy_endpoint_id>{"DbProxyEndpointId", presence::required},
      field<&request::db_proxy_ssl_enabled>{"DbProxySslEnabled", presence::required},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_proxy_instance_ssl::request>());

}  // namespace rdscodec

#endif
