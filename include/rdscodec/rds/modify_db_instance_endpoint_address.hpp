// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceEndpointAddress (Rds API 2014-08-15, RPC, POST)
// MySQL
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_ENDPOINT_ADDRESS_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_ENDPOINT_ADDRESS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_endpoint_address {

// ModifyDBInstanceEndpointAddressResponseBody.data
struct data {
  std::optional<std::string> db_instance_endpoint_id;
  std::optional<std::string> db_instance_name;
};

struct request {
  std::optional<std::string> client_token;
  std::string connection_string;
  std::optional<std::string> connection_string_prefix;
  std::string db_instance_endpoint_id;
  std::string db_instance_id;
  std::optional<std::string> port;
  std::optional<std::string> private_ip_address;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
};

struct response {
  std::optional<::rdscodec::rds::modify_db_instance_endpoint_address::data> data;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_endpoint_address

namespace rdscodec {

template <>
struct object_traits<rds::modify_db_instance_endpoint_address::data> {
  static constexpr auto fields = field_list(
      field<&rds::modify_db_instance_endpoint_address::data::db_instance_endpoint_id>{"DBInstanceEndpointId", presence::optional},
      field<&rds::modify_db_instance_endpoint_address::data::db_instance_name>{"DBInstanceName", presence::optional});
};

template <>
struct operation_traits<rds::modify_db_instance_endpoint_address::request> {
  using request = rds::modify_db_instance_endpoint_address::request;
  using response = rds::modify_db_instance_endpoint_address::response;
  static constexpr std::string_view action = "ModifyDBInstanceEndpointAddress";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceEndpointAddressResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::connection_string>{"ConnectionString", presence::required},
      field<&request::connection_string_prefix>{"ConnectionStringPrefix", presence::optional},
      field<&request::db_instance_endpoint_id>{"DBInstanceEndpointId", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::port>{"Port", presence::optional},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::vpc_id>{"VpcId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_endpoint_address::request>());

}  // namespace rdscodec

#endif
