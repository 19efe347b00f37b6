// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeClassDetails (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_CLASS_DETAILS_HPP
#define RDSCODEC_RDS_DESCRIBE_CLASS_DETAILS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_class_details {

struct request {
  std::string class_code;
  std::optional<std::string> client_token;
  std::string commodity_code;
  std::string engine;
  std::string engine_version;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> category;
  std::optional<std::string> class_code;
  std::optional<std::string> class_group;
  std::optional<std::string> cpu;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> instruction_set_arch;
  std::optional<std::string> max_connections;
  std::optional<std::string> max_iombps;
  std::optional<std::string> max_iops;
  std::optional<std::string> memory_class;
  std::optional<std::string> reference_price;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_class_details

namespace rdscodec {

template <>
struct operation_traits<rds::describe_class_details::request> {
  using request = rds::describe_class_details::request;
  using response = rds::describe_class_details::response;
  static constexpr std::string_view action = "DescribeClassDetails";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeClassDetailsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::class_code>{"ClassCode", presence::required},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::commodity_code>{"CommodityCode", presence::required},
      field<&request::engine>{"Engine", presence::required},
      field<&request::engine_version>{"EngineVersion", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::category>{"Category", presence::optional},
      field<&response::class_code>{"ClassCode", presence::optional},
      field<&response::class_group>{"ClassGroup", presence::optional},
      field<&response::cpu>{"Cpu", presence::optional},
      field<&response::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&response::instruction_set_arch>{"InstructionSetArch", presence::optional},
      field<&response::max_connections>{"MaxConnections", presence::optional},
      field<&response::max_iombps>{"MaxIOMBPS", presence::optional},
      field<&response::max_iops>{"MaxIOPS", presence::optional},
      field<&response::memory_class>{"MemoryClass", presence::optional},
      field<&response::reference_price>{"ReferencePrice", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_class_details::request>());

}  // namespace rdscodec

#endif
