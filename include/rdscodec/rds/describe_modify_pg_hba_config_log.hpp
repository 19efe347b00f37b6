// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeModifyPGHbaConfigLog (Rds API 2014-08-15, RPC, POST)
// RDS PostgreSQL
#ifndef RDSCODEC_RDS_DESCRIBE_MODIFY_PG_HBA_CONFIG_LOG_HPP
#define RDSCODEC_RDS_DESCRIBE_MODIFY_PG_HBA_CONFIG_LOG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_modify_pg_hba_config_log {

// DescribeModifyPGHbaConfigLogResponseBody.hbaLogItems.hbaLogItem.afterHbaItems.hbaItem
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

// DescribeModifyPGHbaConfigLogResponseBody.hbaLogItems.hbaLogItem.afterHbaItems
struct after_hba_items {
  std::vector<::rdscodec::rds::describe_modify_pg_hba_config_log::hba_item> hba_item;
};

// DescribeModifyPGHbaConfigLogResponseBody.hbaLogItems.hbaLogItem.beforeHbaItems.hbaItem
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

// DescribeModifyPGHbaConfigLogResponseBody.hbaLogItems.hbaLogItem.beforeHbaItems
struct before_hba_items {
  std::vector<hba_item_2> hba_item;
};

// DescribeModifyPGHbaConfigLogResponseBody.hbaLogItems.hbaLogItem
struct hba_log_item {
  std::optional<::rdscodec::rds::describe_modify_pg_hba_config_log::after_hba_items> after_hba_items;
  std::optional<::rdscodec::rds::describe_modify_pg_hba_config_log::before_hba_items> before_hba_items;
  std::optional<std::string> modify_status;
  std::optional<std::string> modify_time;
  std::optional<std::string> status_reason;
};

// DescribeModifyPGHbaConfigLogResponseBody.hbaLogItems
struct hba_log_items {
  std::vector<::rdscodec::rds::describe_modify_pg_hba_config_log::hba_log_item> hba_log_item;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> end_time;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> start_time;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<::rdscodec::rds::describe_modify_pg_hba_config_log::hba_log_items> hba_log_items;
  std::optional<std::int32_t> log_item_count;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_modify_pg_hba_config_log

namespace rdscodec {

template <>
struct object_traits<rds::describe_modify_pg_hba_config_log::hba_item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_modify_pg_hba_config_log::hba_item::address>{"Address", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item::database>{"Database", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item::mask>{"Mask", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item::method>{"Method", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item::option>{"Option", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item::priority_id>{"PriorityId", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item::type>{"Type", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item::user>{"User", presence::optional});
};

template <>
struct object_traits<rds::describe_modify_pg_hba_config_log::after_hba_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_modify_pg_hba_config_log::after_hba_items::hba_item>{"HbaItem", presence::optional});
};

template <>
struct object_traits<rds::describe_modify_pg_hba_config_log::hba_item_2> {
  static constexpr auto fields = field_list(
      field<&rds::describe_modify_pg_hba_config_log::hba_item_2::address>{"Address", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item_2::database>{"Database", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item_2::mask>{"Mask", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item_2::method>{"Method", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item_2::option>{"Option", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item_2::priority_id>{"PriorityId", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item_2::type>{"Type", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_item_2::user>{"User", presence::optional});
};

template <>
struct object_traits<rds::describe_modify_pg_hba_config_log::before_hba_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_modify_pg_hba_config_log::before_hba_items::hba_item>{"HbaItem", presence::optional});
};

template <>
struct object_traits<rds::describe_modify_pg_hba_config_log::hba_log_item> {
  static constexpr auto fields = field_list(
      field<&rds::describe_modify_pg_hba_config_log::hba_log_item::after_hba_items>{"AfterHbaItems", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_log_item::before_hba_items>{"BeforeHbaItems", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_log_item::modify_status>{"ModifyStatus", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_log_item::modify_time>{"ModifyTime", presence::optional},
      field<&rds::describe_modify_pg_hba_config_log::hba_log_item::status_reason>{"StatusReason", presence::optional});
};

template <>
struct object_traits<rds::describe_modify_pg_hba_config_log::hba_log_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_modify_pg_hba_config_log::hba_log_items::hba_log_item>{"HbaLogItem", presence::optional});
};

template <>
struct operation_traits<rds::describe_modify_pg_hba_config_log::request> {
  using request = rds::describe_modify_pg_hba_config_log::request;
  using response = rds::describe_modify_pg_hba_config_log::response;
  static constexpr std::string_view action = "DescribeModifyPGHbaConfigLog";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeModifyPGHbaConfigLogResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::end_time>{"EndTime", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::start_time>{"StartTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::hba_log_items>{"HbaLogItems", presence::optional},
      field<&response::log_item_count>{"LogItemCount", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_modify_pg_hba_config_log::request>());

}  // namespace rdscodec

#endif
