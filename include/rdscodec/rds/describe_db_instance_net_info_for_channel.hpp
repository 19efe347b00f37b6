// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceNetInfoForChannel (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_NET_INFO_FOR_CHANNEL_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_NET_INFO_FOR_CHANNEL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_net_info_for_channel {

// DescribeDBInstanceNetInfoForChannelResponseBody.DBInstanceNetInfos.DBInstanceNetInfo.DBInstanceWeights.DBInstanceWeight
struct db_instance_weight {
  std::optional<std::string> availability;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> db_instance_type;
  std::optional<std::string> weight;
};

// DescribeDBInstanceNetInfoForChannelResponseBody.DBInstanceNetInfos.DBInstanceNetInfo.DBInstanceWeights
struct db_instance_weights {
  std::vector<::rdscodec::rds::describe_db_instance_net_info_for_channel::db_instance_weight> db_instance_weight;
};

// DescribeDBInstanceNetInfoForChannelResponseBody.DBInstanceNetInfos.DBInstanceNetInfo.securityIPGroups.securityIPGroup
struct security_ip_group {
  std::optional<std::string> security_ip_group_name;
  std::optional<std::string> security_ips;
};

// DescribeDBInstanceNetInfoForChannelResponseBody.DBInstanceNetInfos.DBInstanceNetInfo.securityIPGroups
struct security_ip_groups {
  std::vector<::rdscodec::rds::describe_db_instance_net_info_for_channel::security_ip_group> security_ip_group;
};

// DescribeDBInstanceNetInfoForChannelResponseBody.DBInstanceNetInfos.DBInstanceNetInfo
struct db_instance_net_info {
  std::optional<std::string> availability;
  std::optional<std::string> connection_string;
  std::optional<std::string> connection_string_type;
  std::optional<::rdscodec::rds::describe_db_instance_net_info_for_channel::db_instance_weights> db_instance_weights;
  std::optional<std::string> distribution_type;
  std::optional<std::string> ip_address;
  std::optional<std::string> ip_type;
  std::optional<std::string> max_delay_time;
  std::optional<std::string> port;
  std::optional<::rdscodec::rds::describe_db_instance_net_info_for_channel::security_ip_groups> security_ip_groups;
  std::optional<std::string> upgradeable;
  std::optional<std::string> vpc_id;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> expired_time;
};

// DescribeDBInstanceNetInfoForChannelResponseBody.DBInstanceNetInfos
struct db_instance_net_infos {
  std::vector<::rdscodec::rds::describe_db_instance_net_info_for_channel::db_instance_net_info> db_instance_net_info;
};

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> db_instance_net_rw_split_type;
  std::optional<std::string> flag;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_db_instance_net_info_for_channel::db_instance_net_infos> db_instance_net_infos;
  std::optional<std::string> instance_network_type;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_instance_net_info_for_channel

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_instance_net_info_for_channel::db_instance_weight> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_weight::availability>{"Availability", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_weight::db_instance_id>{"DBInstanceId", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_weight::db_instance_type>{"DBInstanceType", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_weight::weight>{"Weight", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_net_info_for_channel::db_instance_weights> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_weights::db_instance_weight>{"DBInstanceWeight", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_net_info_for_channel::security_ip_group> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_net_info_for_channel::security_ip_group::security_ip_group_name>{"SecurityIPGroupName", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::security_ip_group::security_ips>{"SecurityIPs", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_net_info_for_channel::security_ip_groups> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_net_info_for_channel::security_ip_groups::security_ip_group>{"securityIPGroup", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_net_info_for_channel::db_instance_net_info> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::availability>{"Availability", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::connection_string>{"ConnectionString", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::connection_string_type>{"ConnectionStringType", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::db_instance_weights>{"DBInstanceWeights", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::distribution_type>{"DistributionType", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::ip_address>{"IPAddress", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::ip_type>{"IPType", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::max_delay_time>{"MaxDelayTime", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::port>{"Port", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::security_ip_groups>{"SecurityIPGroups", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::upgradeable>{"Upgradeable", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::vpc_id>{"VPCId", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::v_switch_id>{"VSwitchId", presence::optional},
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_info::expired_time>{"expiredTime", presence::optional});
};

template <>
struct object_traits<rds::describe_db_instance_net_info_for_channel::db_instance_net_infos> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_instance_net_info_for_channel::db_instance_net_infos::db_instance_net_info>{"DBInstanceNetInfo", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_instance_net_info_for_channel::request> {
  using request = rds::describe_db_instance_net_info_for_channel::request;
  using response = rds::describe_db_instance_net_info_for_channel::response;
  static constexpr std::string_view action = "DescribeDBInstanceNetInfoForChannel";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceNetInfoForChannelResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::db_instance_net_rw_split_type>{"DBInstanceNetRWSplitType", presence::optional},
      field<&request::flag>{"Flag", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_net_infos>{"DBInstanceNetInfos", presence::optional},
      field<&response::instance_network_type>{"InstanceNetworkType", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_net_info_for_channel::request>());

}  // namespace rdscodec

#endif
