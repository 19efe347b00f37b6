// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// SyncRCKeyPair (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_SYNC_RC_KEY_PAIR_HPP
#define RDSCODEC_RDS_SYNC_RC_KEY_PAIR_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::sync_rc_key_pair {

// SyncRCKeyPairResponseBody.data
struct data {
  std::optional<bool> is_sync_info;
};

struct request {
  std::optional<std::string> key_pair_name;
  std::optional<std::string> region_id;
  std::optional<bool> sync_mode;
};

struct response {
  std::optional<::rdscodec::rds::sync_rc_key_pair::data> data;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::sync_rc_key_pair

namespace rdscodec {

template <>
struct object_traits<rds::sync_rc_key_pair::data> {
  static constexpr auto fields = field_list(
      field<&rds::sync_rc_key_pair::data::is_sync_info>{"IsSyncInfo", presence::optional});
};

template <>
struct operation_traits<rds::sync_rc_key_pair::request> {
  using request = rds::sync_rc_key_pair::request;
  using response = rds::sync_rc_key_pair::response;
  static constexpr std::string_view action = "SyncRCKeyPair";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "SyncRCKeyPairResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::key_pair_name>{"KeyPairName", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::sync_mode>{"SyncMode", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::sync_rc_key_pair::request>());

}  // namespace rdscodec

#endif
