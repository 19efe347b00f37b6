// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceNetworkType (Rds API 2014-08-15, RPC, POST)
// : Before you call this operation, carefully read the following documentation. Make sure that you
// fully understand the prerequisites and impacts for calling this operation.
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_NETWORK_TYPE_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_NETWORK_TYPE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_network_type {

struct request {
  std::optional<std::string> classic_expired_days;
  std::string db_instance_id;
  std::string instance_network_type;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> private_ip_address;
  std::optional<std::int32_t> read_write_splitting_classic_expired_days;
  std::optional<std::string> read_write_splitting_private_ip_address;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> retain_classic;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
};

struct response {
  std::optional<std::string> connection_string;
  std::optional<std::string> request_id;
  std::optional<std::string> task_id;
};

}  // namespace rdscodec::rds::modify_db_instance_network_type

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_network_type::request> {
  using request = rds::modify_db_instance_network_type::request;
  using response = rds::modify_db_instance_network_type::response;
  static constexpr std::string_view action = "ModifyDBInstanceNetworkType";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceNetworkTypeResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::classic_expired_days>{"ClassicExpiredDays", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::instance_network_type>{"InstanceNetworkType", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::private_ip_address>{"PrivateIpAddress", presence::optional},
      field<&request::read_write_splitting_classic_expired_days>{"ReadWriteSplittingClassicExpiredDays", presence::optional},
      field<&request::read_write_splitting_private_ip_address>{"ReadWriteSplittingPrivateIpAddress", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::retain_classic>{"RetainClassic", presence::optional},
      field<&request::vpc_id>{"VPCId", presence::optional},
      field<&request::v_switch_id>{"VSwitchId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::connection_string>{"ConnectionString", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_network_type::request>());

}  // namespace rdscodec

#endif
