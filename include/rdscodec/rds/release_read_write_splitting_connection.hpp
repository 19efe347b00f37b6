// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ReleaseReadWriteSplittingConnection (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, make sure that the following requirements are met:
#ifndef RDSCODEC_RDS_RELEASE_READ_WRITE_SPLITTING_CONNECTION_HPP
#define RDSCODEC_RDS_RELEASE_READ_WRITE_SPLITTING_CONNECTION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::release_read_write_splitting_connection {

struct request {
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> rw_address_type;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::release_read_write_splitting_connection

namespace rdscodec {

template <>
struct operation_traits<rds::release_read_write_splitting_connection::request> {
  using request = rds::release_read_write_splitting_connection::request;
  using response = rds::release_read_write_splitting_connection::response;
  static constexpr std::string_view action = "ReleaseReadWriteSplittingConnection";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ReleaseReadWriteSplittingConnectionResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::rw_address_type>{"RWAddressType", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::release_read_write_splitting_connection::request>());

}  // namespace rdscodec

#endif
