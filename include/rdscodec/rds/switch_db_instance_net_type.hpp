// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// SwitchDBInstanceNetType (Rds API 2014-08-15, RPC, POST)
// After the endpoint that is used to connect to the instance is changed, you must update the endpoint
// information in the code of your application and restart the application.
#ifndef RDSCODEC_RDS_SWITCH_DB_INSTANCE_NET_TYPE_HPP
#define RDSCODEC_RDS_SWITCH_DB_INSTANCE_NET_TYPE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::switch_db_instance_net_type {

struct request {
  std::optional<std::string> client_token;
  std::string connection_string_prefix;
  std::optional<std::string> connection_string_type;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> port;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> new_connection_string;
  std::optional<std::string> old_connection_string;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::switch_db_instance_net_type

namespace rdscodec {

template <>
struct operation_traits<rds::switch_db_instance_net_type::request> {
  using request = rds::switch_db_instance_net_type::request;
  using response = rds::switch_db_instance_net_type::response;
  static constexpr std::string_view action = "SwitchDBInstanceNetType";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "SwitchDBInstanceNetTypeResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::connection_string_prefix>{"ConnectionStringPrefix", presence::required},
      field<&request::connection_string_type>{"ConnectionStringType", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::port>{"Port", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::new_connection_string>{"NewConnectionString", presence::optional},
      field<&response::old_connection_string>{"OldConnectionString", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::switch_db_instance_net_type::request>());

}  // namespace rdscodec

#endif
