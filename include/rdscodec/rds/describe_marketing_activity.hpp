// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeMarketingActivity (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_MARKETING_ACTIVITY_HPP
#define RDSCODEC_RDS_DESCRIBE_MARKETING_ACTIVITY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_marketing_activity {

// DescribeMarketingActivityResponseBody.items
struct items {
  std::optional<std::string> category;
  std::optional<std::string> charge_type;
  std::optional<std::string> class_code;
  std::optional<std::string> class_group;
  std::optional<std::string> cpu;
  std::optional<std::int32_t> disk_size;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> instance_id;
  std::optional<std::string> instance_name;
  std::optional<std::int32_t> max_connections;
  std::optional<std::int32_t> max_iombps;
  std::optional<std::int32_t> max_iops;
  std::optional<std::int64_t> memory;
  std::optional<std::string> storage_type;
  std::optional<std::string> upgrade_category;
  std::optional<std::string> upgrade_class_code;
  std::optional<std::string> upgrade_class_group;
  std::optional<std::string> upgrade_cpu;
  std::optional<std::string> upgrade_desc_content;
  std::optional<std::int32_t> upgrade_disk_size;
  std::optional<std::int32_t> upgrade_max_connections;
  std::optional<std::int32_t> upgrade_max_iombps;
  std::optional<std::int32_t> upgrade_max_iops;
  std::optional<std::int64_t> upgrade_memory;
  std::optional<std::string> upgrade_reference_price;
  std::optional<std::string> upgrade_storage_type;
};

struct request {
  std::int64_t ali_uid;
  std::optional<std::string> bid;
  std::optional<std::string> client_token;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string upgrade_code;
};

struct response {
  std::optional<std::int64_t> ali_uid;
  std::optional<std::string> bid;
  std::vector<::rdscodec::rds::describe_marketing_activity::items> items;
  std::optional<std::string> region_id;
  std::string request_id;
};

}  // namespace rdscodec::rds::describe_marketing_activity

namespace rdscodec {

template <>
struct object_traits<rds::describe_marketing_activity::items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_marketing_activity::items::category>{"Category", presence::optional},
      field<&rds::describe_marketing_activity::items::charge_type>{"ChargeType", presence::optional},
      field<&rds::describe_marketing_activity::items::class_code>{"ClassCode", presence::optional},
      field<&rds::describe_marketing_activity::items::class_group>{"ClassGroup", presence::optional},
      field<&rds::describe_marketing_activity::items::cpu>{"Cpu", presence::optional},
      field<&rds::describe_marketing_activity::items::disk_size>{"DiskSize", presence::optional},
      field<&rds::describe_marketing_activity::items::engine>{"Engine", presence::optional},
      field<&rds::describe_marketing_activity::items::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_marketing_activity::items::instance_id>{"InstanceId", presence::optional},
      field<&rds::describe_marketing_activity::items::instance_name>{"InstanceName", presence::optional},
      field<&rds::describe_marketing_activity::items::max_connections>{"MaxConnections", presence::optional},
      field<&rds::describe_marketing_activity::items::max_iombps>{"MaxIombps", presence::optional},
      field<&rds::describe_marketing_activity::items::max_iops>{"MaxIops", presence::optional},
      field<&rds::describe_marketing_activity::items::memory>{"Memory", presence::optional},
      field<&rds::describe_marketing_activity::items::storage_type>{"StorageType", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_category>{"UpgradeCategory", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_class_code>{"UpgradeClassCode", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_class_group>{"UpgradeClassGroup", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_cpu>{"UpgradeCpu", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_desc_content>{"UpgradeDescContent", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_disk_size>{"UpgradeDiskSize", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_max_connections>{"UpgradeMaxConnections", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_max_iombps>{"UpgradeMaxIombps", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_max_iops>{"UpgradeMaxIops", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_memory>{"UpgradeMemory", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_reference_price>{"UpgradeReferencePrice", presence::optional},
      field<&rds::describe_marketing_activity::items::upgrade_storage_type>{"UpgradeStorageType", presence::optional});
};

template <>
struct operation_traits<rds::describe_marketing_activity::request> {
  using request = rds::describe_marketing_activity::request;
  using response = rds::describe_marketing_activity::response;
  static constexpr std::string_view action = "DescribeMarketingActivity";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeMarketingActivityResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::ali_uid>{"AliUid", presence::required, 0, 9999999999999999},
      field<&request::bid>{"Bid", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::upgrade_code>{"UpgradeCode", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::ali_uid>{"AliUid", presence::optional},
      field<&response::bid>{"Bid", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::required});
};

static_assert(check_operation<rds::describe_marketing_activity::request>());

}  // namespace rdscodec

#endif
