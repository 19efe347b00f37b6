// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBInstanceDetail (Rds API 2014-08-15, RPC, POST)
// This operation is phased out.
#ifndef RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_DETAIL_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_INSTANCE_DETAIL_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_instance_detail {

struct request {
  std::optional<std::string> client_token;
  std::optional<std::string> db_instance_id;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> activation_state;
  std::optional<std::string> db_instance_id;
  std::optional<std::string> license_type;
  std::optional<std::string> region_id;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_db_instance_detail

namespace rdscodec {

template <>
struct operation_traits<rds::describe_db_instance_detail::request> {
  using request = rds::describe_db_instance_detail::request;
  using response = rds::describe_db_instance_detail::response;
  static constexpr std::string_view action = "DescribeDBInstanceDetail";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBInstanceDetailResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::activation_state>{"ActivationState", presence::optional},
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::license_type>{"LicenseType", presence::optional},
      field<&response::region_id>{"RegionId", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_db_instance_detail::request>());

}  // namespace rdscodec

#endif
