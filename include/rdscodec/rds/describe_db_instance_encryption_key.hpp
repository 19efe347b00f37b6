// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceEncryptionKey (Rds API 2014-08-15, RPC, POST)
// Not in the typed request: SecurityToken (tools/codegen/overrides.json: omit_request_fields).
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_ENCRYPTION_KEY_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_ENCRYPTION_KEY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_encryption_key {

// DescribeDBInstanceEncryptionKeyResponseBody.encryptionKeyList
struct encryption_key_list {
  std::optional<std::string> alias_name;
  std::optional<std::string> creator;
  std::optional<std::string> delete_date;
  std::optional<std::string> description;
  std::optional<std::string> encryption_key;
  std::optional<std::string> encryption_key_status;
  std::optional<std::string> key_type;
  std::optional<std::string> key_usage;
  std::optional<std::string> material_expire_time;
  std::optional<std::string> origin;
  std::optional<std::string> used_by;
};

struct request {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> encryption_key;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> target_region_id;
};

struct response {
  std::optional<std::string> creator;
  std::optional<std::string> delete_date;
  std::optional<std::string> description;
  std::optional<std::string> encryption_key;
  std::vector<::rdscodec::rds::describe_db_instance_encryption_key::encryption_key_list> encryption_key_list;
  std::optional<std::string> encryption_key_status;
  std::optional<std::string> key_usage;
  std::optional<std::string> material_expire_time;
  std::optional<std::string> origin;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_instance_encryption_key

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_encryption_key::encryption_key_list> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::alias_name>{"AliasName", presence::optional},
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::creator>{"Creator", presence::optional},
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::delete_date>{"DeleteDate", presence::optional},
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::description>{"Description", presence::optional},
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::encryption_key>{"EncryptionKey", presence::optional},
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::encryption_key_status>{"EncryptionKeyStatus", presence::optional},
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::key_type>{"KeyType", presence::optional},
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::key_usage>{"KeyUsage", presence::optional},
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::material_expire_time>{"MaterialExpireTime", presence::optional},
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::origin>{"Origin", presence::optional},
      field<&rds::describe_db_instance_encryption_key::encryption_key_list::used_by>{"UsedBy", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_encryption_key::request> {
  using request = rds::describe_db_instance_encryption_key::request;
  using response = rds::describe_db_instance_encryption_key::response;
  static constexpr std::string_view action = "DescribeDBInstanceEncryptionKey";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceEncryptionKeyResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::encryption_key>{"EncryptionKey", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::target_region_id>{"TargetRegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::creator>{"Creator", presence::optional},
      field<&response::delete_date>{"DeleteDate", presence::optional},
      field<&response::description>{"Description", presence::optional},
      field<&response::encryption_key>{"EncryptionKey", presence::optional},
      field<&response::encryption_key_list>{"EncryptionKeyList", presence::optional},
      field<&response::encryption_key_status>{"EncryptionKeyStatus", presence::optional},
      field<&response::key_usage>{"KeyUsage", presence::optional},
      field<&response::material_expire_time>{"MaterialExpireTime", presence::optional},
      field<&response::origin>{"Origin", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_encryption_key::request>());

}  // namespace rdscodec

#endif
