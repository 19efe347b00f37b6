// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribePGHbaConfig (Rds API 2014-08-15, RPC, POST)
// RDS PostgreSQL
#ifndef RDSCODEC_RDS_DESCRIBE_PG_HBA_CONFIG_HPP
#define RDSCODEC_RDS_DESCRIBE_PG_HBA_CONFIG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_pg_hba_config {

// DescribePGHbaConfigResponseBody.defaultHbaItems.hbaItem
struct hba_item {
  std::optional<std::string> address;
  std::optional<std::string> database;
  std::optional<std::string> mask;
  std::optional<std::string> method;
  std::optional<std::string> option;
  std::optional<std::int32_t> priority_id;
  std::optional<std::string> type;
  std::optional<std::string> user;
};

// DescribePGHbaConfigResponseBody.defaultHbaItems
struct default_hba_items {
  std::vector<::rdscodec::rds::describe_pg_hba_config::hba_item> hba_item;
};

// DescribePGHbaConfigResponseBody.runningHbaItems.hbaItem
struct hba_item_2 {
  std::optional<std::string> address;
  std::optional<std::string> database;
  std::optional<std::string> mask;
  std::optional<std::string> method;
  std::optional<std::string> option;
  std::optional<std::int32_t> priority_id;
  std::optional<std::string> type;
  std::optional<std::string> user;
};

// DescribePGHbaConfigResponseBody.runningHbaItems
struct running_hba_items {
  std::vector<hba_item_2> hba_item;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<::rdscodec::rds::describe_pg_hba_config::default_hba_items> default_hba_items;
  std::optional<std::string> hba_modify_time;
  std::optional<std::string> last_modify_status;
  std::optional<std::string> modify_status_reason;
  std::optional<std::string> request_id;
  std::optional<::rdscodec::rds::describe_pg_hba_config::running_hba_items> running_hba_items;
};

}  // namespace rdscodec::rds::describe_pg_hba_config

namespace rdscodec {

template <>
struct object_traits<rds::describe_pg_hba_config::hba_item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_pg_hba_config::hba_item::address>{"Address", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item::database>{"Database", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item::mask>{"Mask", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item::method>{"Method", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item::option>{"Option", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item::priority_id>{"PriorityId", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item::type>{"Type", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item::user>{"User", presence::optional});
};

template <>
struct object_traits<rds::describe_pg_hba_config::default_hba_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_pg_hba_config::default_hba_items::hba_item>{"HbaItem", presence::optional});
};

template <>
struct object_traits<rds::describe_pg_hba_config::hba_item_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_pg_hba_config::hba_item_2::address>{"Address", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item_2::database>{"Database", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item_2::mask>{"Mask", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item_2::method>{"Method", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item_2::option>{"Option", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item_2::priority_id>{"PriorityId", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item_2::type>{"Type", presence::optional},
      field<&rds::describe_pg_hba_config::hba_item_2::user>{"User", presence::optional});
};

template <>
struct object_traits<rds::describe_pg_hba_config::running_hba_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_pg_hba_config::running_hba_items::hba_item>{"HbaItem", presence::optional});
};

template <>
struct operation_traits<rds::describe_pg_hba_config::request> {
  using request = rds::describe_pg_hba_config::request;
  using response = rds::describe_pg_hba_config::response;
  static constexpr std::string_view action = "DescribePGHbaConfig";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribePGHbaConfigResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::default_hba_items>{"DefaultHbaItems", presence::optional},
      field<&response::hba_modify_time>{"HbaModifyTime", presence::optional},
      field<&response::last_modify_status>{"LastModifyStatus", presence::optional},
      field<&response::modify_status_reason>{"ModifyStatusReason", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::running_hba_items>{"RunningHbaItems", presence::optional});
};

static_assert(check_operation<rds::describe_pg_hba_config::request>());

}  // namespace rdscodec

#endif
