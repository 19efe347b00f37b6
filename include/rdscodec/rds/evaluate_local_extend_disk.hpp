// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// EvaluateLocalExtendDisk (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_EVALUATE_LOCAL_EXTEND_DISK_HPP
#define RDSCODEC_RDS_EVALUATE_LOCAL_EXTEND_DISK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::evaluate_local_extend_disk {

struct request {
  std::string db_instance_name;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int32_t> storage;
};

struct response {
  std::optional<std::string> available;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_instance_trans_type;
  std::optional<std::int64_t> local_upgrade_disk_limit;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::evaluate_local_extend_disk

namespace rdscodec {

template <>
struct operation_traits<rds::evaluate_local_extend_disk::request> {
  using request = rds::evaluate_local_extend_disk::request;
  using response = rds::evaluate_local_extend_disk::response;
  static constexpr std::string_view action = "EvaluateLocalExtendDisk";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "EvaluateLocalExtendDiskResponse";
  /// Only reads (the action begins with Evaluate; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::storage>{"Storage", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::available>{"Available", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::db_instance_trans_type>{"DBInstanceTransType", presence::optional},
      field<&response::local_upgrade_disk_limit>{"LocalUpgradeDiskLimit", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::evaluate_local_extend_disk::request>());

}  // namespace rdscodec

#endif
