// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeInstanceLinkedWhitelistTemplate (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_INSTANCE_LINKED_WHITELIST_TEMPLATE_HPP
#define RDSCODEC_RDS_DESCRIBE_INSTANCE_LINKED_WHITELIST_TEMPLATE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_instance_linked_whitelist_template {

// DescribeInstanceLinkedWhitelistTemplateResponseBody.data.templates
struct templates {
  std::optional<std::int32_t> id;
  std::optional<std::string> ips;
  std::optional<std::int32_t> template_id;
  std::optional<std::string> template_name;
  std::optional<std::int32_t> user_id;
};

// DescribeInstanceLinkedWhitelistTemplateResponseBody.data
struct data {
  std::optional<std::string> ins_name;
  std::vector<::rdscodec::rds::describe_instance_linked_whitelist_template::templates> templates;
};

struct request {
  std::string ins_name;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> code;
  std::optional<::rdscodec::rds::describe_instance_linked_whitelist_template::data> data;
  std::optional<std::int32_t> http_status_code;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::describe_instance_linked_whitelist_template

namespace rdscodec {

template <>
struct object_traits<rds::describe_instance_linked_whitelist_template::templates> {
  static constexpr auto fields = field_list(
      field<&rds::describe_instance_linked_whitelist_template::templates::id>{"Id", presence::optional},
      field<&rds::describe_instance_linked_whitelist_template::templates::ips>{"Ips", presence::optional},
      field<&rds::describe_instance_linked_whitelist_template::templates::template_id>{"TemplateId", presence::optional},
      field<&rds::describe_instance_linked_whitelist_template::templates::template_name>{"TemplateName", presence::optional},
      field<&rds::describe_instance_linked_whitelist_template::templates::user_id>{"UserId", presence::optional});
};

template <>
struct object_traits<rds::describe_instance_linked_whitelist_template::data> {
  static constexpr auto fields = field_list(
      field<&rds::describe_instance_linked_whitelist_template::data::ins_name>{"InsName", presence::optional},
      field<&rds::describe_instance_linked_whitelist_template::data::templates>{"Templates", presence::optional});
};

template <>
struct operation_traits<rds::describe_instance_linked_whitelist_template::request> {
  using request = rds::describe_instance_linked_whitelist_template::request;
  using response = rds::describe_instance_linked_whitelist_template::response;
  static constexpr std::string_view action = "DescribeInstanceLinkedWhitelistTemplate";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeInstanceLinkedWhitelistTemplateResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::ins_name>{"InsName", presence::required},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::data>{"Data", presence::optional},
      field<&response::http_status_code>{"HttpStatusCode", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::describe_instance_linked_whitelist_template::request>());

}  // namespace rdscodec

#endif
