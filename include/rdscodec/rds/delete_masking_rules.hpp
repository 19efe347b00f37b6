// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DeleteMaskingRules (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DELETE_MASKING_RULES_HPP
#define RDSCODEC_RDS_DELETE_MASKING_RULES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::delete_masking_rules {

struct request {
  std::string db_instance_name;
  std::optional<std::string> db_name;
  std::optional<std::string> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::string rule_name;
};

struct response {
  std::optional<std::map<std::string, std::string>> data;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
  std::optional<std::string> success;
};

}  // namespace rdscodec::rds::delete_masking_rules

namespace rdscodec {

template <>
struct operation_traits<rds::delete_masking_rules::request> {
  using request = rds::delete_masking_rules::request;
  using response = rds::delete_masking_rules::response;
  static constexpr std::string_view action = "DeleteMaskingRules";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DeleteMaskingRulesResponse";
  /// May change something (the action does not begin with a reading verb; not in api-docs.json).
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::required},
      field<&request::db_name>{"DBName", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::rule_name>{"RuleName", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::delete_masking_rules::request>());

}  // namespace rdscodec

#endif
