// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// AllocateInstancePublicConnection (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_ALLOCATE_INSTANCE_PUBLIC_CONNECTION_HPP
#define RDSCODEC_RDS_ALLOCATE_INSTANCE_PUBLIC_CONNECTION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::allocate_instance_public_connection {

struct request {
  std::optional<std::string> babelfish_port;
  std::string connection_string_prefix;
  std::string db_instance_id;
  std::optional<std::string> general_group_name;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> pg_bouncer_port;
  std::string port;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> connection_string;
  std::optional<std::string> db_instance_name;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::allocate_instance_public_connection

namespace rdscodec {

template <>
struct operation_traits<rds::allocate_instance_public_connection::request> {
  using request = rds::allocate_instance_public_connection::request;
  using response = rds::allocate_instance_public_connection::response;
  static constexpr std::string_view action = "AllocateInstancePublicConnection";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "AllocateInstancePublicConnectionResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::babelfish_port>{"BabelfishPort", presence::optional},
      field<&request::connection_string_prefix>{"ConnectionStringPrefix", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::general_group_name>{"GeneralGroupName", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pg_bouncer_port>{"PGBouncerPort", presence::optional},
      field<&request::port>{"Port", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::connection_string>{"ConnectionString", presence::optional},
      field<&response::db_instance_name>{"DbInstanceName", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::allocate_instance_public_connection::request>());

}  // namespace rdscodec

#endif
