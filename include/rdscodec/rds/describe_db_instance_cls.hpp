// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceCLS (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_CLS_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_CLS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_cls {

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> algorithm;
  std::optional<std::string> encryption_key;
  std::optional<std::string> encryption_key_mode;
  std::optional<std::string> request_id;
  std::optional<bool> white_list_mode;
};

}  // namespace rdscodec::rds::describe_db_instance_cls

namespace rdscodec {

template <>
struct operation_traits<rds::describe_db_instance_cls::request> {
  using request = rds::describe_db_instance_cls::request;
  using response = rds::describe_db_instance_cls::response;
  static constexpr std::string_view action = "DescribeDBInstanceCLS";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceCLSResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
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
      field<&response::algorithm>{"Algorithm", presence::optional},
      field<&response::encryption_key>{"EncryptionKey", presence::optional},
      field<&response::encryption_key_mode>{"EncryptionKeyMode", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::white_list_mode>{"WhiteListMode", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_cls::request>());

}  // namespace rdscodec

#endif
