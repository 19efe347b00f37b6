// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyDBInstanceVectorSupportStatus (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_DB_INSTANCE_VECTOR_SUPPORT_STATUS_HPP
#define RDSCODEC_RDS_MODIFY_DB_INSTANCE_VECTOR_SUPPORT_STATUS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_db_instance_vector_support_status {

struct request {
  std::string db_instance_id;
  std::string status;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_db_instance_vector_support_status

namespace rdscodec {

template <>
struct operation_traits<rds::modify_db_instance_vector_support_status::request> {
  using request = rds::modify_db_instance_vector_support_status::request;
  using response = rds::modify_db_instance_vector_support_status::response;
  static constexpr std::string_view action = "ModifyDBInstanceVectorSupportStatus";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyDBInstanceVectorSupportStatusResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::status>{"Status", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_db_instance_vector_support_status::request>());

}  // namespace rdscodec

#endif
