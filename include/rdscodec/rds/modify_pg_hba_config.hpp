// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyPGHbaConfig (Rds API 2014-08-15, RPC, POST)
// RDS PostgreSQL
#ifndef RDSCODEC_RDS_MODIFY_PG_HBA_CONFIG_HPP
#define RDSCODEC_RDS_MODIFY_PG_HBA_CONFIG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_pg_hba_config {

// ModifyPGHbaConfigRequest.hbaItem
struct hba_item {
  std::string address;
  std::string database;
  std::optional<std::string> mask;
  std::string method;
  std::optional<std::string> option;
  std::int32_t priority_id;
  std::string type;
  std::string user;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::vector<::rdscodec::rds::modify_pg_hba_config::hba_item> hba_item;
  std::string ops_type;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_pg_hba_config

namespace rdscodec {

template <>
struct object_traits<rds::modify_pg_hba_config::hba_item> {
  static constexpr auto fields = field_list(
      field<&rds::modify_pg_hba_config::hba_item::address>{"Address", presence::required},
      field<&rds::modify_pg_hba_config::hba_item::database>{"Database", presence::required},
      field<&rds::modify_pg_hba_config::hba_item::mask>{"Mask", presence::optional},
      field<&rds::modify_pg_hba_config::hba_item::method>{"Method", presence::required},
      field<&rds::modify_pg_hba_config::hba_item::option>{"Option", presence::optional},
      field<&rds::modify_pg_hba_config::hba_item::priority_id>{"PriorityId", presence::required},
      field<&rds::modify_pg_hba_config::hba_item::type>{"Type", presence::required},
      field<&rds::modify_pg_hba_config::hba_item::user>{"User", presence::required});
};

template <>
struct operation_traits<rds::modify_pg_hba_config::request> {
  using request = rds::modify_pg_hba_config::request;
  using response = rds::modify_pg_hba_config::response;
  static constexpr std::string_view action = "ModifyPGHbaConfig";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyPGHbaConfigResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::hba_item>{"HbaItem", presence::required},
      field<&request::ops_type>{"OpsType", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_pg_hba_config::request>());

}  // namespace rdscodec

#endif
