// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// GetDbProxyInstanceSsl (Rds API 2014-08-15, RPC, POST)
// RDS MySQL
#ifndef RDSCODEC_RDS_GET_DB_PROXY_INSTANCE_SSL_HPP
#define RDSCODEC_RDS_GET_DB_PROXY_INSTANCE_SSL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::get_db_proxy_instance_ssl {

// GetDbProxyInstanceSslResponseBody.dbProxyCertListItems.dbProxyCertListItems
struct db_proxy_cert_list_items_2 {
  std::optional<std::string> cert_common_name;
  std::optional<std::string> db_instance_name;
  std::optional<std::string> endpoint_name;
  std::optional<std::string> endpoint_type;
  std::optional<std::string> ssl_expired_time;
};

// GetDbProxyInstanceSslResponseBody.dbProxyCertListItems
struct db_proxy_cert_list_items {
  std::vector<db_proxy_cert_list_items_2> db_proxy_cert_list_items;
};

struct request {
  std::optional<std::string> db_proxy_engine_type;
  std::string db_instance_id;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<::rdscodec::rds::get_db_proxy_instance_ssl::db_proxy_cert_list_items> db_proxy_cert_list_items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::get_db_proxy_instance_ssl

namespace rdscodec {

template <>
struct object_traits<rds::get_db_proxy_instance_ssl::db_proxy_cert_list_items_2> {
  static constexpr auto fields = field_list(
      field<&rds::get_db_proxy_instance_ssl::db_proxy_cert_list_items_2::cert_common_name>{"CertCommonName", presence::optional},
      field<&rds::get_db_proxy_instance_ssl::db_proxy_cert_list_items_2::db_instance_name>{"DbInstanceName", presence::optional},
      field<&rds::get_db_proxy_instance_ssl::db_proxy_cert_list_items_2::endpoint_name>{"EndpointName", presence::optional},
      field<&rds::get_db_proxy_instance_ssl::db_proxy_cert_list_items_2::endpoint_type>{"EndpointType", presence::optional},
      field<&rds::get_db_proxy_instance_ssl::db_proxy_cert_list_items_2::ssl_expired_time>{"SslExpiredTime", presence::optional});
};

template <>
struct object_traits<rds::get_db_proxy_instance_ssl::db_proxy_cert_list_items> {
  static constexpr auto fields = field_list(
      field<&rds::get_db_proxy_instance_ssl::db_proxy_cert_list_items::db_proxy_cert_list_items>{"DbProxyCertListItems", presence::optional});
};

template <>
struct operation_traits<rds::get_db_proxy_instance_ssl::request> {
  using request = rds::get_db_proxy_instance_ssl::request;
  using response = rds::get_db_proxy_instance_ssl::response;
  static constexpr std::string_view action = "GetDbProxyInstanceSsl";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "GetDbProxyInstanceSslResponse";
  /// Only reads (the action begins with Get; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_proxy_engine_type>{"DBProxyEngineType", presence::optional},
      field<&request::db_instance_id>{"DbInstanceId", presence::required},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_proxy_cert_list_items>{"DbProxyCertListItems", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::get_db_proxy_instance_ssl::request>());

}  // namespace rdscodec

#endif
