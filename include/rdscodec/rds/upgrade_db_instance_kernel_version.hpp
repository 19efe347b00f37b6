// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// UpgradeDBInstanceKernelVersion (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_UPGRADE_DB_INSTANCE_KERNEL_VERSION_HPP
#define RDSCODEC_RDS_UPGRADE_DB_INSTANCE_KERNEL_VERSION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::upgrade_db_instance_kernel_version {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> switch_time;
  std::optional<std::string> target_minor_version;
  std::optional<std::string> upgrade_time;
};

struct response {
  std::optional<std::string> db_instance_name;
  std::optional<std::string> request_id;
  std::optional<std::string> target_minor_version;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::upgrade_db_instance_kernel_version

namespace rdscodec {

template <>
struct operation_traits<rds::upgrade_db_instance_kernel_version::request> {
  using request = rds::upgrade_db_instance_kernel_version::request;
  using response = rds::upgrade_db_instance_kernel_version::response;
  static constexpr std::string_view action = "UpgradeDBInstanceKernelVersion";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "UpgradeDBInstanceKernelVersionResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::switch_time>{"SwitchTime", presence::optional},
      field<&request::target_minor_version>{"TargetMinorVersion", presence::optional},
      field<&request::upgrade_time>{"UpgradeTime", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_name>{"DBInstanceName", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::target_minor_version>{"TargetMinorVersion", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::upgrade_db_instance_kernel_version::request>());

}  // namespace rdscodec

#endif
