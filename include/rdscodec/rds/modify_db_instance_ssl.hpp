// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceSSL (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_SSL_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_SSL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_ssl {

struct request {
  std::optional<std::string> acl;
  std::optional<std::string> ca_type;
  std::optional<std::string> certificate;
  std::optional<std::string> client_ca_cert;
  std::optional<std::int32_t> client_ca_enabled;
  std::optional<std::string> client_cert_revocation_list;
  std::optional<std::int32_t> client_crl_enabled;
  std::string connection_string;
  std::string db_instance_id;
  std::optional<std::string> force_encryption;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> pass_word;
  std::optional<std::string> replication_acl;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int32_t> ssl_enabled;
  std::optional<std::string> server_cert;
  std::optional<std::string> server_key;
  std::optional<std::string> tls_version;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_ssl

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_ssl::request> {
  using request = rds::modify_db_instance_ssl::request;
  using response = rds::modify_db_instance_ssl::response;
  static constexpr std::string_view action = "ModifyDBInstanceSSL";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceSSLResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::acl>{"ACL", presence::optional},
      field<&request::ca_type>{"CAType", presence::optional},
      field<&request::certificate>{"Certificate", presence::optional},
      field<&request::client_ca_cert>{"ClientCACert", presence::optional},
      field<&request::client_ca_enabled>{"ClientCAEnabled", presence::optional},
      field<&request::client_cert_revocation_list>{"ClientCertRevocationList", presence::optional},
      field<&request::client_crl_enabled>{"ClientCrlEnabled", presence::optional},
      field<&request::connection_string>{"ConnectionString", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::force_encryption>{"ForceEncryption", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pass_word>{"PassWord", presence::optional},
      field<&request::replication_acl>{"ReplicationACL", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::ssl_enabled>{"SSLEnabled", presence::optional},
      field<&request::server_cert>{"ServerCert", presence::optional},
      field<&request::server_key>{"ServerKey", presence::optional},
      field<&request::tls_version>{"TlsVersion", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_ssl::request>());

}  // namespace rdscodec

#endif
