// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceSSL (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_SSL_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_SSL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_ssl {

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> acl;
  std::optional<std::string> ca_type;
  std::optional<std::string> client_ca_cert;
  std::optional<std::string> client_ca_cert_expire_time;
  std::optional<std::string> client_cert_revocation_list;
  std::optional<std::string> connection_string;
  std::optional<std::string> force_encryption;
  std::optional<std::string> last_modify_status;
  std::optional<std::string> modify_status_reason;
  std::optional<std::string> replication_acl;
  std::optional<std::string> request_id;
  std::optional<std::string> require_update;
  std::optional<std::string> require_update_item;
  std::optional<std::string> require_update_reason;
  std::optional<std::string> ssl_create_time;
  std::optional<std::string> ssl_enabled;
  std::optional<std::string> ssl_expire_time;
  std::optional<std::string> server_ca_url;
  std::optional<std::string> server_cert;
  std::optional<std::string> server_key;
  std::optional<std::string> tls_version;
};

}  // namespace rdscodec::rds::describe_db_instance_ssl

namespace rdscodec {

template <>
struct operation_traits<rds::describe_db_instance_ssl::request> {
  using request = rds::describe_db_instance_ssl::request;
  using response = rds::describe_db_instance_ssl::response;
  static constexpr std::string_view action = "DescribeDBInstanceSSL";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceSSLResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::acl>{"ACL", presence::optional},
      field<&response::ca_type>{"CAType", presence::optional},
      field<&response::client_ca_cert>{"ClientCACert", presence::optional},
      field<&response::client_ca_cert_expire_time>{"ClientCACertExpireTime", presence::optional},
      field<&response::client_cert_revocation_list>{"ClientCertRevocationList", presence::optional},
      field<&response::connection_string>{"ConnectionString", presence::optional},
      field<&response::force_encryption>{"ForceEncryption", presence::optional},
      field<&response::last_modify_status>{"LastModifyStatus", presence::optional},
      field<&response::modify_status_reason>{"ModifyStatusReason", presence::optional},
      field<&response::replication_acl>{"ReplicationACL", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::require_update>{"RequireUpdate", presence::optional},
      field<&response::require_update_item>{"RequireUpdateItem", presence::optional},
      field<&response::require_update_reason>{"RequireUpdateReason", presence::optional},
      field<&response::ssl_create_time>{"SSLCreateTime", presence::optional},
      field<&response::ssl_enabled>{"SSLEnabled", presence::optional},
      field<&response::ssl_expire_time>{"SSLExpireTime", presence::optional},
      field<&response::server_ca_url>{"ServerCAUrl", presence::optional},
      field<&response::server_cert>{"ServerCert", presence::optional},
      field<&response::server_key>{"ServerKey", presence::optional},
      field<&response::tls_version>{"TlsVersion", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_ssl::request>());

}  // namespace rdscodec

#endif
