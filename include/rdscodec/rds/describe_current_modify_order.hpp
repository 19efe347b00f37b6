// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeCurrentModifyOrder (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_CURRENT_MODIFY_ORDER_HPP
#define RDSCODEC_RDS_DESCRIBE_CURRENT_MODIFY_ORDER_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_current_modify_order {

// DescribeCurrentModifyOrderResponseBody.modifyOrder
struct modify_order {
  std::optional<std::string> class_group;
  std::optional<std::string> cpu;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> effective_time;
  std::optional<std::string> mark;
  std::optional<std::string> memory_class;
  std::optional<std::string> status;
  std::optional<std::string> storage;
  std::optional<std::string> target_db_instance_class;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_current_modify_order::modify_order> modify_order;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_current_modify_order

namespace rdscodec {

template <>
struct object_traits<rds::describe_current_modify_order::modify_order> {
  static constexpr auto fields = field_list(
      field<&rds::describe_current_modify_order::modify_order::class_group>{"ClassGroup", presence::optional},
      field<&rds::describe_current_modify_order::modify_order::cpu>{"Cpu", presence::optional},
      field<&rds::describe_current_modify_order::modify_order::db_instance_id>{"DbInstanceId", presence::optional},
      field<&rds::describe_current_modify_order::modify_order::effective_time>{"EffectiveTime", presence::optional},
      field<&rds::describe_current_modify_order::modify_order::mark>{"Mark", presence::optional},
      field<&rds::describe_current_modify_order::modify_order::memory_class>{"MemoryClass", presence::optional},
      field<&rds::describe_current_modify_order::modify_order::status>{"Status", presence::optional},
      field<&rds::describe_current_modify_order::modify_order::storage>{"Storage", presence::optional},
      field<&rds::describe_current_modify_order::modify_order::target_db_instance_class>{"TargetDBInstanceClass", presence::optional});
};

template <>
struct operation_traits<rds::describe_current_modify_order::request> {
  using request = rds::describe_current_modify_order::request;
  using response = rds::describe_current_modify_order::response;
  static constexpr std::string_view action = "DescribeCurrentModifyOrder";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeCurrentModifyOrderResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DbInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::modify_order>{"ModifyOrder", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_current_modify_order::request>());

}  // namespace rdscodec

#endif
