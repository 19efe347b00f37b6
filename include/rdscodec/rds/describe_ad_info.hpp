// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeADInfo (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_AD_INFO_HPP
#define RDSCODEC_RDS_DESCRIBE_AD_INFO_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_ad_info {

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> addns;
  std::optional<std::string> ad_server_ip_address;
  std::optional<std::string> ad_status;
  std::optional<std::string> abnormal_reason;
  std::optional<std::string> request_id;
  std::optional<std::string> user_name;
};

}  // namespace rdscodec::rds::describe_ad_info

namespace rdscodec {

template <>
struct operation_traits<rds::describe_ad_info::request> {
  using request = rds::describe_ad_info::request;
  using response = rds::describe_ad_info::response;
  static constexpr std::string_view action = "DescribeADInfo";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeADInfoResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::addns>{"ADDNS", presence::optional},
      field<&response::ad_server_ip_address>{"ADServerIpAddress", presence::optional},
      field<&response::ad_status>{"ADStatus", presence::optional},
      field<&response::abnormal_reason>{"AbnormalReason", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::user_name>{"UserName", presence::optional});
};

static_assert(check_operation<rds::describe_ad_info::request>());

}  // namespace rdscodec

#endif
