// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CheckInstanceExist (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CHECK_INSTANCE_EXIST_HPP
#define RDSCODEC_RDS_CHECK_INSTANCE_EXIST_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::check_instance_exist {

struct request {
  std::string db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<bool> is_exist_instance;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::check_instance_exist

namespace rdscodec {

template <>
struct operation_traits<rds::check_instance_exist::request> {
  using request = rds::check_instance_exist::request;
  using response = rds::check_instance_exist::response;
  static constexpr std::string_view action = "CheckInstanceExist";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CheckInstanceExistResponse";
  /// Only reads (the action begins with Check; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::is_exist_instance>{"IsExistInstance", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::check_instance_exist::request>());

}  // namespace rdscodec

#endif
