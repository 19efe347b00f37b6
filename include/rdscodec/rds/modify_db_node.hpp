// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBNode (Rds API 2014-08-15, RPC, POST)
// Change instance specifications
#ifndef RDSCODEC_RDS_MODIFY_DB_NODE_HPP
#define RDSCODEC_RDS_MODIFY_DB_NODE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_node {

// ModifyDBNodeRequest.DBNode
struct db_node {
  std::optional<std::string> class_code;
  std::optional<std::string> node_id;
};

struct request {
  std::optional<bool> auto_pay;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::vector<::rdscodec::rds::modify_db_node::db_node>> db_node;
  std::optional<bool> dry_run;
  std::optional<std::string> effective_time;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<bool> produce_async;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::int64_t> order_id;
  std::optional<std::string> request_id;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::modify_db_node

namespace rdscodec {

template <>
struct object_traits<rds::modify_db_node::db_node> {
  static constexpr auto fields = field_list(
      field<&rds::modify_db_node::db_node::class_code>{"classCode", presence::optional},
      field<&rds::modify_db_node::db_node::node_id>{"nodeId", presence::optional});
};

template <>
struct operation_traits<rds::modify_db_node::request> {
  using request = rds::modify_db_node::request;
  using response = rds::modify_db_node::response;
  static constexpr std::string_view action = "ModifyDBNode";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBNodeResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::optional},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::db_node>{"DBNode", presence::optional}.with(wire_style::json),
      field<&request::dry_run>{"DryRun", presence::optional},
      field<&request::effective_time>{"EffectiveTime", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::produce_async>{"ProduceAsync", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::modify_db_node::request>());

}  // namespace rdscodec

#endif
