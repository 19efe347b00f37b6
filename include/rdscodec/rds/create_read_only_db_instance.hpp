// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateReadOnlyDBInstance (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, read the following documentation and make sure that you fully
// understand the prerequisites and impacts of this operation.
#ifndef RDSCODEC_RDS_CREATE_READ_ONLY_DB_INSTANCE_HPP
#define RDSCODEC_RDS_CREATE_READ_ONLY_DB_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_read_only_db_instance {

struct request {
  std::optional<bool> auto_create_proxy;
  std::optional<bool> auto_pay;
  std::optional<std::string> auto_renew;
  std::optional<bool> auto_use_coupon;
  std::optional<std::string> bpe_enabled;
  std::optional<bool> bursting_enabled;
  std::optional<std::string> category;
  std::optional<std::string> client_token;
  std::optional<std::string> custom_extra_info;
  std::string db_instance_class;
  std::optional<std::string> db_instance_description;
  std::string db_instance_id;
  std::int32_t db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<bool> deletion_protection;
  std::string engine_version;
  std::optional<std::string> gdn_instance_name;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> instruction_set_arch;
  std::optional<std::string> io_acceleration_enabled;
  std::optional<bool> is_analytic_read_only_ins;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string pay_type;
  std::optional<std::string> period;
  std::optional<std::string> port;
  std::optional<std::string> private_ip_address;
  std::optional<std::string> promotion_code;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> target_dedicated_host_id_for_master;
  std::optional<std::string> tddl_biz_type;
  std::optional<std::string> tddl_region_config;
  std::optional<std::string> used_time;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
  std::string zone_id;
};

struct response {
  std::optional<std::string> connection_string;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> order_id;
  std::optional<std::string> port;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::create_read_only_db_instance

namespace rdscodec {

template <>
struct operation_traits<rds::create_read_only_db_instance::request> {
  using request = rds::create_read_only_db_instance::request;
  using response = rds::create_read_only_db_instance::response;
  static constexpr std::string_view action = "CreateReadOnlyDBInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateReadOnlyDBInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_create_proxy>{"AutoCreateProxy", presence::optional},
      field<&request::auto_pay>{"AutoPay", presence::optional},
      field<&request::auto_renew>{"AutoRenew", presence::optional},
      field<&request::auto_use_coupon>{"AutoUseCoupon", presence::optional},
      field<&request::bpe_enabled>{"BpeEnabled", presence::optional},
      field<&request::bursting_enabled>{"BurstingEnabled", presence::optional},
      field<&request::category>{"Category", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::custom_extra_info>{"CustomExtraInfo", presence::optional},
      field<&request::db_instance_class>{"DBInstanceClass", presence::required},
      field<&request::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_instance_storage>{"DBInstanceStorage", presence::required},
      field<&request::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&request::deletion_protection>{"DeletionProtection", presence::optional},
      field<&request::engine_version>{"EngineVersion", presence::required},
      field<&request::gdn_instance_name>{"GdnInstanceName", presence::optional},
      field<&request::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&request::instruction_set_arch>{"InstructionSetArch", presence::optional},
      field<&request::io_acceleration_enabled>{"IoAccelerationEnabled", presence::optional},
      field<&request::is_analytic_read_only_ins>{"IsAnalyticReadOnlyIns", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::pay_type>{"PayType", presence::required},
      field<&request::period>{"Period", presence::optional},
      field<&request::port>{"Port", presence::optional},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::promotion_code>{"PromotionCode", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::target_dedicated_host_id_for_master>{"TargetDedicatedHostIdForMaster", presence::optional},
      field<&request::tddl_biz_type>{"TddlBizType", presence::optional},
      field<&request::tddl_region_config>{"TddlRegionConfig", presence::optional},
      field<&request::used_time>{"UsedTime", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional},
      field<&request::zone_id>{"ZoneId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::connection_string>{"ConnectionString", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::order_id>{"OrderId", presence::optional},
      field<&response::port>{"Port", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::create_read_only_db_instance::request>());

}  // namespace rdscodec

#endif
