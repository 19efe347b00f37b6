// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeWhitelistTemplateLinkedInstance (Rds API 2014-08-15, RPC, POST)
// Sent in the form body: TemplateId.
#ifndef RDSCODEC_RDS_DESCRIBE_WHITELIST_TEMPLATE_LINKED_INSTANCE_HPP
#define RDSCODEC_RDS_DESCRIBE_WHITELIST_TEMPLATE_LINKED_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_whitelist_template_linked_instance {

// DescribeWhitelistTemplateLinkedInstanceResponseBody.data
struct data {
  std::vector<std::string> ins_name;
  std::optional<std::int32_t> template_id;
};

struct request {
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::int32_t template_id;
};

struct response {
  std::optional<std::string> code;
  std::optional<::rdscodec::rds::describe_whitelist_template_linked_instance::data> data;
  std::optional<std::int32_t> http_status_code;
  std::optional<std::string> message;
  std::optional<std::string> request_id;
  std::optional<bool> success;
};

}  // namespace rdscodec::rds::describe_whitelist_template_linked_instance

namespace rdscodec {

template <>
struct object_traits<rds::describe_whitelist_template_linked_instance::data> {
  static constexpr auto fields = field_list(
      field<&rds::describe_whitelist_template_linked_instance::data::ins_name>{"InsName", presence::optional},
      field<&rds::describe_whitelist_template_linked_instance::data::template_id>{"TemplateId", presence::optional});
};

template <>
struct operation_traits<rds::describe_whitelist_template_linked_instance::request> {
  using request = rds::describe_whitelist_template_linked_instance::request;
  using response = rds::describe_whitelist_template_linked_instance::response;
  static constexpr std::string_view action = "DescribeWhitelistTemplateLinkedInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeWhitelistTemplateLinkedInstanceResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::template_id>{"TemplateId", presence::required}.with(wire_position::body));
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::code>{"Code", presence::optional},
      field<&response::data>{"Data", presence::optional},
      field<&response::http_status_code>{"HttpStatusCode", presence::optional},
      field<&response::message>{"Message", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::success>{"Success", presence::optional});
};

static_assert(check_operation<rds::describe_whitelist_template_linked_instance::request>());

}  // namespace rdscodec

#endif
