// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateSecret (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CREATE_SECRET_HPP
#define RDSCODEC_RDS_CREATE_SECRET_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_secret {

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> db_names;
  std::optional<std::string> description;
  std::string engine;
  std::optional<std::int64_t> owner_id;
  std::string password;
  std::string region_id;
  std::string resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> secret_name;
  std::string username;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::string> secret_arn;
  std::optional<std::string> secret_name;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::create_secret

namespace rdscodec {

template <>
struct operation_traits<rds::create_secret::request> {
  using request = rds::create_secret::request;
  using response = rds::create_secret::response;
  static constexpr std::string_view action = "CreateSecret";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateSecretResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DbInstanceId", presence::required},
      field<&request::db_names>{"DbNames", presence::optional},
      field<&request::description>{"Description", presence::optional},
      field<&request::engine>{"Engine", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::password>{"Password", presence::required},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::secret_name>{"SecretName", presence::optional},
      field<&request::username>{"Username", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::secret_arn>{"SecretArn", presence::optional},
      field<&response::secret_name>{"SecretName", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::create_secret::request>());

}  // namespace rdscodec

#endif
