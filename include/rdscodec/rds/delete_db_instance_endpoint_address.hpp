// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteDBInstanceEndpointAddress (Rds API 2014-08-15, RPC, POST)
// MySQL
// Sent in the form body: ConnectionString, DBInstanceEndpointId.
#ifndef RDSCODEC_RDS_DELETE_DB_INSTANCE_ENDPOINT_ADDRESS_HPP
#define RDSCODEC_RDS_DELETE_DB_INSTANCE_ENDPOINT_ADDRESS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_db_instance_endpoint_address {

// DeleteDBInstanceEndpointAddressResponseBody.data
struct data {
  std::optional<std::string> db_instance_endpoint_id;
  std::optional<std::string> db_instance_name;
};

struct request {
  std::optional<std::string> client_token;
  std::string connection_string;
  std::string db_instance_endpoint_id;
  std::string db_instance_id;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::delete_db_instance_endpoint_address::data> data;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::delete_db_instance_endpoint_address

namespace rdscodec {

template <>
struct object_traits<rds::delete_db_instance_endpoint_address::data> {
  static constexpr auto fields = field_list(
      field<&rds::delete_db_instance_endpoint_address::data::db_instance_endpoint_id>{"DBInstanceEndpointId", presence::optional},
      field<&rds::delete_db_instance_endpoint_address::data::db_instance_name>{"DBInstanceName", presence::optional});
};

template <>
struct operation_traits<rds::delete_db_instance_endpoint_address::request> {
  using request = rds::delete_db_instance_endpoint_address::request;
  using response = rds::delete_db_instance_endpoint_address::response;
  static constexpr std::string_view action = "DeleteDBInstanceEndpointAddress";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteDBInstanceEndpointAddressResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::connection_string>{"ConnectionString", presence::required}.with(wire_position::body),
      field<&request::db_instance_endpoint_id>{"DBInstanceEndpointId", presence::required}.with(wire_position::body),
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::delete_db_instance_endpoint_address::request>());

}  // namespace rdscodec

#endif
