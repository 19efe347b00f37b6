// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeHostWebShell (Rds API 2014-08-15, RPC, POST)
// The instance resides in a region other than the China (Zhangjiakou) region.
#ifndef RDSCODEC_RDS_DESCRIBE_HOST_WEB_SHELL_HPP
#define RDSCODEC_RDS_DESCRIBE_HOST_WEB_SHELL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_host_web_shell {

struct request {
  std::string account_name;
  std::string account_password;
  std::string db_instance_id;
  std::string host_name;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> login_url;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_host_web_shell

namespace rdscodec {

template <>
struct operation_traits<rds::describe_host_web_shell::request> {
  using request = rds::describe_host_web_shell::request;
  using response = rds::describe_host_web_shell::response;
  static constexpr std::string_view action = "DescribeHostWebShell";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeHostWebShellResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::account_name>{"AccountName", presence::required},
      field<&request::account_password>{"AccountPassword", presence::required},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::host_name>{"HostName", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionID", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::login_url>{"LoginUrl", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_host_web_shell::request>());

}  // namespace rdscodec

#endif
