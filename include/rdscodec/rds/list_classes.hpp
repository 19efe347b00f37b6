// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ListClasses (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_LIST_CLASSES_HPP
#define RDSCODEC_RDS_LIST_CLASSES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::list_classes {

// ListClassesResponseBody.items
struct items {
  std::optional<std::string> class_code;
  std::optional<std::string> class_group;
  std::optional<std::string> cpu;
  std::optional<std::string> encrypted_memory;
  std::optional<std::string> instruction_set_arch;
  std::optional<std::string> max_connections;
  std::optional<std::string> max_iombps;
  std::optional<std::string> max_iops;
  std::optional<std::string> memory_class;
  std::optional<std::string> reference_price;
  std::optional<std::string> category;
  std::optional<std::string> storage_type;
};

struct request {
  std::optional<std::string> client_token;
  std::string commodity_code;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> engine;
  std::string order_type;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::vector<::rdscodec::rds::list_classes::items> items;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::list_classes

namespace rdscodec {

template <>
struct object_traits<rds::list_classes::items> {
  static constexpr auto fields = field_list(
      field<&rds::list_classes::items::class_code>{"ClassCode", presence::optional},
      field<&rds::list_classes::items::class_group>{"ClassGroup", presence::optional},
      field<&rds::list_classes::items::cpu>{"Cpu", presence::optional},
      field<&rds::list_classes::items::encrypted_memory>{"EncryptedMemory", presence::optional},
      field<&rds::list_classes::items::instruction_set_arch>{"InstructionSetArch", presence::optional},
      field<&rds::list_classes::items::max_connections>{"MaxConnections", presence::optional},
      field<&rds::list_classes::items::max_iombps>{"MaxIOMBPS", presence::optional},
      field<&rds::list_classes::items::max_iops>{"MaxIOPS", presence::optional},
      field<&rds::list_classes::items::memory_class>{"MemoryClass", presence::optional},
      field<&rds::list_classes::items::reference_price>{"ReferencePrice", presence::optional},
      field<&rds::list_classes::items::category>{"category", presence::optional},
      field<&rds::list_classes::items::storage_type>{"storageType", presence::optional});
};

template <>
struct operation_traits<rds::list_classes::request> {
  using request = rds::list_classes::request;
  using response = rds::list_classes::response;
  static constexpr std::string_view action = "ListClasses";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ListClassesResponse";
  /// Only reads (the action begins with List; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::commodity_code>{"CommodityCode", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::engine>{"Engine", presence::optional},
      field<&request::order_type>{"OrderType", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::items>{"Items", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::list_classes::request>());

}  // namespace rdscodec

#endif
