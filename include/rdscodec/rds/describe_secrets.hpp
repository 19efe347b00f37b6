// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSecrets (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_SECRETS_HPP
#define RDSCODEC_RDS_DESCRIBE_SECRETS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_secrets {

// DescribeSecretsResponseBody.secrets
struct secrets {
  std::optional<std::string> account_id;
  std::optional<std::string> description;
  std::optional<std::string> region_id;
  std::optional<std::string> secret_arn;
  std::optional<std::string> secret_name;
  std::optional<std::string> username;
};

struct request {
  std::optional<std::string> accept_language;
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_id;
  std::string engine;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::int64_t page_number;
  std::int64_t page_size;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::int64_t> page_number;
  std::optional<std::int64_t> page_size;
  std::optional<std::string> request_id;
  std::vector<::rdscodec::rds::describe_secrets::secrets> secrets;
};

}  // namespace rdscodec::rds::describe_secrets

namespace rdscodec {

template <>
struct object_traits<rds::describe_secrets::secrets> {
  static constexpr auto fields = field_list(
      field<&rds::describe_secrets::secrets::account_id>{"AccountId", presence::optional},
      field<&rds::describe_secrets::secrets::description>{"Description", presence::optional},
      field<&rds::describe_secrets::secrets::region_id>{"RegionId", presence::optional},
      field<&rds::describe_secrets::secrets::secret_arn>{"SecretArn", presence::optional},
      field<&rds::describe_secrets::secrets::secret_name>{"SecretName", presence::optional},
      field<&rds::describe_secrets::secrets::username>{"Username", presence::optional});
};

template <>
struct operation_traits<rds::describe_secrets::request> {
  using request = rds::describe_secrets::request;
  using response = rds::describe_secrets::response;
  static constexpr std::string_view action = "DescribeSecrets";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSecretsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::accept_language>{"AcceptLanguage", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DbInstanceId", presence::optional},
      field<&request::engine>{"Engine", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::required},
      field<&request::page_size>{"PageSize", presence::required},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_size>{"PageSize", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::secrets>{"Secrets", presence::optional});
};

static_assert(check_operation<rds::describe_secrets::request>());

}  // namespace rdscodec

#endif
