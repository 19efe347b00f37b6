// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyRCInstanceKeyPair (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_RC_INSTANCE_KEY_PAIR_HPP
#define RDSCODEC_RDS_MODIFY_RC_INSTANCE_KEY_PAIR_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_rc_instance_key_pair {

struct request {
  std::optional<std::string> instance_id;
  std::optional<std::string> key_pair_name;
  std::optional<bool> reboot;
  std::optional<std::string> region_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_rc_instance_key_pair

namespace rdscodec {

template <>
struct operation_traits<rds::modify_rc_instance_key_pair::request> {
  using request = rds::modify_rc_instance_key_pair::request;
  using response = rds::modify_rc_instance_key_pair::response;
  static constexpr std::string_view action = "ModifyRCInstanceKeyPair";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyRCInstanceKeyPairResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::instance_id>{"InstanceId", presence::optional},
      field<&request::key_pair_name>{"KeyPairName", presence::optional},
      field<&request::reboot>{"Reboot", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_rc_instance_key_pair::request>());

}  // namespace rdscodec

#endif
