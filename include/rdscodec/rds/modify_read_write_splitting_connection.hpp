// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyReadWriteSplittingConnection (Rds API 2014-08-15, RPC, POST)
// Before you call this operation, make sure that the following requirements are met:
#ifndef RDSCODEC_RDS_MODIFY_READ_WRITE_SPLITTING_CONNECTION_HPP
#define RDSCODEC_RDS_MODIFY_READ_WRITE_SPLITTING_CONNECTION_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_read_write_splitting_connection {

struct request {
  std::optional<std::string> connection_string_prefix;
  std::string db_instance_id;
  std::optional<std::string> distribution_type;
  std::optional<std::string> max_delay_time;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> port;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> weight;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_read_write_splitting_connection

namespace rdscodec {

template <>
struct operation_traits<rds::modify_read_write_splitting_connection::request> {
  using request = rds::modify_read_write_splitting_connection::request;
  using response = rds::modify_read_write_splitting_connection::response;
  static constexpr std::string_view action = "ModifyReadWriteSplittingConnection";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyReadWriteSplittingConnectionResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::connection_string_prefix>{"ConnectionStringPrefix", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::distribution_type>{"DistributionType", presence::optional},
      field<&request::max_delay_time>{"MaxDelayTime", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::port>{"Port", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::weight>{"Weight", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_read_write_splitting_connection::request>());

}  // namespace rdscodec

#endif
