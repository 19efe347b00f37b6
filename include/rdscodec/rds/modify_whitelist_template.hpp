// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyWhitelistTemplate (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_WHITELIST_TEMPLATE_HPP
#define RDSCODEC_RDS_MODIFY_WHITELIST_TEMPLATE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_whitelist_template {

// ModifyWhitelistTemplateResponseBody.data
struct data {
  std::optional<std::string> status;
};

struct request {
  std::string ip_whitelist;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::int32_t> template_id;
  std::optional<std::string> template_name;
};

struct response {
  std::optional<std::string> code;
  std::optional<::rdscodec::rds::modify_whitelist_template::data> data;
  std::optional<std::int32_t> http_status_code;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::modify_whitelist_template

namespace rdscodec {

template <>
struct object_traits<rds::modify_whitelist_template::data> {
  static constexpr auto fields = field_list(
      field<&rds::modify_whitelist_template::data::status>{"Status", presence::optional});
};

template <>
struct operation_traits<rds::modify_whitelist_template::request> {
  using request = rds::modify_whitelist_template::request;
  using response = rds::modify_whitelist_template::response;
  static constexpr std::string_view action = "ModifyWhitelistTemplate";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyWhitelistTemplateResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::ip_whitelist>{"IpWhitelist", presence::required},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::template_id>{"TemplateId", presence::optional},
      field<&request::template_name>{"TemplateName", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::data>{"Data", presence::optional},
      field<&response::http_status_code>{"HttpStatusCode", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::modify_whitelist_template::request>());

}  // namespace rdscodec

#endif
