// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstancesByExpireTime (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCES_BY_EXPIRE_TIME_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCES_BY_EXPIRE_TIME_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instances_by_expire_time {

// DescribeDBInstancesByExpireTimeResponseBody.items.DBInstanceExpireTime
struct db_instance_expire_time {
  std::optional<std::string> db_instance_description;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_instance_status;
  std::optional<std::string> expire_time;
  std::optional<std::string> lock_mode;
  std::optional<std::string> pay_type;
};

// DescribeDBInstancesByExpireTimeResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_db_instances_by_expire_time::db_instance_expire_time> db_instance_expire_time;
};

struct request {
  std::optional<std::int32_t> expire_period;
  std::optional<bool> expired;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> tags;
  std::optional<std::string> proxy_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instances_by_expire_time::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_db_instances_by_expire_time

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instances_by_expire_time::db_instance_expire_time> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_by_expire_time::db_instance_expire_time::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&rds::describe_db_instances_by_expire_time::db_instance_expire_time::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_db_instances_by_expire_time::db_instance_expire_time::db_instance_status>{"DBInstanceStatus", presence::optional},
      field<&rds::describe_db_instances_by_expire_time::db_instance_expire_time::expire_time>{"ExpireTime", presence::optional},
      field<&rds::describe_db_instances_by_expire_time::db_instance_expire_time::lock_mode>{"LockMode", presence::optional},
      field<&rds::describe_db_instances_by_expire_time::db_instance_expire_time::pay_type>{"PayType", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instances_by_expire_time::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instances_by_expire_time::items::db_instance_expire_time>{"DBInstanceExpireTime", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instances_by_expire_time::request> {
  using request = rds::describe_db_instances_by_expire_time::request;
  using response = rds::describe_db_instances_by_expire_time::response;
  static constexpr std::string_view action = "DescribeDBInstancesByExpireTime";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstancesByExpireTimeResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::expire_period>{"ExpirePeriod", presence::optional, -15, 180},
      field<&request::expired>{"Expired", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1},
      field<&request::page_size>{"PageSize", presence::optional, std::numeric_limits<std::int64_t>::min(), 100},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::tags>{"Tags", presence::optional},
      field<&request::proxy_id>{"proxyId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_db_instances_by_expire_time::request>());

}  // namespace rdscodec

#endif
