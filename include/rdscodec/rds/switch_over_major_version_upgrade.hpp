// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// SwitchOverMajorVersionUpgrade (Rds API 2014-08-15, RPC, POST)
// Supported database engine
#ifndef RDSCODEC_RDS_SWITCH_OVER_MAJOR_VERSION_UPGRADE_HPP
#define RDSCODEC_RDS_SWITCH_OVER_MAJOR_VERSION_UPGRADE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::switch_over_major_version_upgrade {

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_name;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int32_t> switchover_timeout;
  std::optional<std::string> type;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::switch_over_major_version_upgrade

namespace rdscodec {

template <>
struct operation_traits<rds::switch_over_major_version_upgrade::request> {
  using request = rds::switch_over_major_version_upgrade::request;
  using response = rds::switch_over_major_version_upgrade::response;
  static constexpr std::string_view action = "SwitchOverMajorVersionUpgrade";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "SwitchOverMajorVersionUpgradeResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_name>{"DBInstanceName", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::switchover_timeout>{"SwitchoverTimeout", presence::optional, 10, 3600},
      field<&request::type>{"Type", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::switch_over_major_version_upgrade::request>());

}  // namespace rdscodec

#endif
