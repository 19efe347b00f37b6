// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DetachWhitelistTemplateToInstance (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DETACH_WHITELIST_TEMPLATE_TO_INSTANCE_HPP
#define RDSCODEC_RDS_DETACH_WHITELIST_TEMPLATE_TO_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::detach_whitelist_template_to_instance {

// DetachWhitelistTemplateToInstanceResponseBody.data
struct data {
  std::optional<std::string> status;
};

struct request {
  std::string ins_name;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::int32_t template_id;
};

struct response {
  std::optional<std::string> code;
  std::optional<::rdscodec::rds::detach_whitelist_template_to_instance::data> data;
  std::optional<std::int32_t> http_status_code;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::detach_whitelist_template_to_instance

namespace rdscodec {

template <>
struct object_traits<rds::detach_whitelist_template_to_instance::data> {
  static constexpr auto fields = field_list(
      field<&rds::detach_whitelist_template_to_instance::data::status>{"Status", presence::optional});
};

template <>
struct operation_traits<rds::detach_whitelist_template_to_instance::request> {
  using request = rds::detach_whitelist_template_to_instance::request;
  using response = rds::detach_whitelist_template_to_instance::response;
  static constexpr std::string_view action = "DetachWhitelistTemplateToInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DetachWhitelistTemplateToInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "delete").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::ins_name>{"InsName", presence::required},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::template_id>{"TemplateId", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::data>{"Data", presence::optional},
      field<&response::http_status_code>{"HttpStatusCode", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::detach_whitelist_template_to_instance::request>());

}  // namespace rdscodec

#endif
