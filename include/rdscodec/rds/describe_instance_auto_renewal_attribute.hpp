// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeInstanceAutoRenewalAttribute (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_INSTANCE_AUTO_RENEWAL_ATTRIBUTE_HPP
#define RDSCODEC_RDS_DESCRIBE_INSTANCE_AUTO_RENEWAL_ATTRIBUTE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_instance_auto_renewal_attribute {

// DescribeInstanceAutoRenewalAttributeResponseBody.items.item
struct item {
  std::optional<std::string> auto_renew;
  std::optional<std::string> db_instance_id;
  std::optional<std::int32_t> duration;
  std::optional<std::string> region_id;
  std::optional<std::string> status;
};

// DescribeInstanceAutoRenewalAttributeResponseBody.items
struct items {
  std::vector<::rdscodec::rds::describe_instance_auto_renewal_attribute::item> item;
};

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> proxy_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_instance_auto_renewal_attribute::items> items;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_record_count;
};

}  // namespace rdscodec::rds::describe_instance_auto_renewal_attribute

namespace rdscodec {

template <>
struct object_traits<rds::describe_instance_auto_renewal_attribute::item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_instance_auto_renewal_attribute::item::auto_renew>{"AutoRenew", presence::optional},
      field<&rds::describe_instance_auto_renewal_attribute::item::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_instance_auto_renewal_attribute::item::duration>{"Duration", presence::optional},
      field<&rds::describe_instance_auto_renewal_attribute::item::region_id>{"RegionId", presence::optional},
      field<&rds::describe_instance_auto_renewal_attribute::item::status>{"Status", presence::optional});
};

template <>
struct object_traits<rds::describe_instance_auto_renewal_attribute::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_instance_auto_renewal_attribute::items::item>{"Item", presence::optional});
};

template <>
struct operation_traits<rds::describe_instance_auto_renewal_attribute::request> {
  using request = rds::describe_instance_auto_renewal_attribute::request;
  using response = rds::describe_instance_auto_renewal_attribute::response;
  static constexpr std::string_view action = "DescribeInstanceAutoRenewalAttribute";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeInstanceAutoRenewalAttributeResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  /// Pages by PageNumber and PageSize; TotalRecordCount counts the items (client/paging.hpp).
  static constexpr std::string_view page_total = "TotalRecordCount";
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::page_number>{"PageNumber", presence::optional, 1, 50},
      field<&request::page_size>{"PageSize", presence::optional, 30, 100},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::proxy_id>{"proxyId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional});
};

static_assert(check_operation<rds::describe_instance_auto_renewal_attribute::request>());

}  // namespace rdscodec

#endif
