// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeSupportOnlineResizeDisk (Rds API 2014-08-15, RPC, POST)
// SQL Server
#ifndef RDSCODEC_RDS_DESCRIBE_SUPPORT_ONLINE_RESIZE_DISK_HPP
#define RDSCODEC_RDS_DESCRIBE_SUPPORT_ONLINE_RESIZE_DISK_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_support_online_resize_disk {

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
};

struct response {
  std::optional<std::string> code;
  std::optional<std::string> data;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::describe_support_online_resize_disk

namespace rdscodec {

template <>
struct operation_traits<rds::describe_support_online_resize_disk::request> {
  using request = rds::describe_support_online_resize_disk::request;
  using response = rds::describe_support_online_resize_disk::response;
  static constexpr std::string_view action = "DescribeSupportOnlineResizeDisk";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeSupportOnlineResizeDiskResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::data>{"Data", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::describe_support_online_resize_disk::request>());

}  // namespace rdscodec

#endif
