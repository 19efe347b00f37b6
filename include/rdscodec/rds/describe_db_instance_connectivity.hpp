// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceConnectivity (Rds API 2014-08-15, RPC, GET)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_CONNECTIVITY_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_CONNECTIVITY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_connectivity {

struct request {
  std::string db_instance_name;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string source_ip_address;
};

struct response {
  std::optional<std::string> conn_check_error_code;
  std::optional<std::string> conn_check_error_message;
  std::optional<std::string> conn_check_result;
  std::optional<std::string> db_instance_name;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_instance_connectivity

namespace rdscodec {

template <>
struct operation_traits<rds::describe_db_instance_connectivity::request> {
  using request = rds::describe_db_instance_connectivity::request;
  using response = rds::describe_db_instance_connectivity::response;
  static constexpr std::string_view action = "DescribeDBInstanceConnectivity";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "GET";
  static constexpr std::string_view response_root = "DescribeDBInstanceConnectivityResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DbInstanceName", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::source_ip_address>{"SourceIpAddress", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::conn_check_error_code>{"ConnCheckErrorCode", presence::optional},
      field<&response::conn_check_error_message>{"ConnCheckErrorMessage", presence::optional},
      field<&response::conn_check_result>{"ConnCheckResult", presence::optional},
      field<&response::db_instance_name>{"DbInstanceName", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_connectivity::request>());

}  // namespace rdscodec

#endif
