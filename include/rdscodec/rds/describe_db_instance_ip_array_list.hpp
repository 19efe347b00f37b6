// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceIPArrayList (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_IP_ARRAY_LIST_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_IP_ARRAY_LIST_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_ip_array_list {

// DescribeDBInstanceIPArrayListResponseBody.items.DBInstanceIPArray
struct db_instance_ip_array {
  std::optional<std::string> db_instance_ip_array_attribute;
  std::optional<std::string> db_instance_ip_array_name;
  std::optional<std::string> security_ip_list;
  std::optional<std::string> security_ip_type;
};

// DescribeDBInstanceIPArrayListResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_db_instance_ip_array_list::db_instance_ip_array> db_instance_ip_array;
};

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> whitelist_network_type;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instance_ip_array_list::items> items;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_instance_ip_array_list

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_ip_array_list::db_instance_ip_array> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_ip_array_list::db_instance_ip_array::db_instance_ip_array_attribute>{"DBInstanceIPArrayAttribute", presence::optional},
      field<&rds::describe_db_instance_ip_array_list::db_instance_ip_array::db_instance_ip_array_name>{"DBInstanceIPArrayName", presence::optional},
      field<&rds::describe_db_instance_ip_array_list::db_instance_ip_array::security_ip_list>{"SecurityIPList", presence::optional},
      field<&rds::describe_db_instance_ip_array_list::db_instance_ip_array::security_ip_type>{"SecurityIPType", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_ip_array_list::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_ip_array_list::items::db_instance_ip_array>{"DBInstanceIPArray", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_ip_array_list::request> {
  using request = rds::describe_db_instance_ip_array_list::request;
  using response = rds::describe_db_instance_ip_array_list::response;
  static constexpr std::string_view action = "DescribeDBInstanceIPArrayList";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceIPArrayListResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::whitelist_network_type>{"WhitelistNetworkType", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_ip_array_list::request>());

}  // namespace rdscodec

#endif
