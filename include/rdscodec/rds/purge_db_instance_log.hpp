// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// PurgeDBInstanceLog (Rds API 2014-08-15, RPC, POST)
// The system automatically uploads log backup files to Object Storage Service (OSS) buckets. If the
// remaining storage of an instance is insufficient, you can call this operation to upload the log
// backup files of the instance to OSS buckets. After the upload is complete, the system deletes these
// files from the instance to release storage. This operation is called to upload log backup files from
// an instance to OSS buckets and then delete these files from the instance. If the instance runs SQL
// Server, transaction log backup files are compressed before they are uploaded.
#ifndef RDSCODEC_RDS_PURGE_DB_INSTANCE_LOG_HPP
#define RDSCODEC_RDS_PURGE_DB_INSTANCE_LOG_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::purge_db_instance_log {

struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::purge_db_instance_log

namespace rdscodec {

template <>
struct operation_traits<rds::purge_db_instance_log::request> {
  using request = rds::purge_db_instance_log::request;
  using response = rds::purge_db_instance_log::response;
  static constexpr std::string_view action = "PurgeDBInstanceLog";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "PurgeDBInstanceLogResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::purge_db_instance_log::request>());

}  // namespace rdscodec

#endif
