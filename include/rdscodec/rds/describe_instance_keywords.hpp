// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeInstanceKeywords (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_INSTANCE_KEYWORDS_HPP
#define RDSCODEC_RDS_DESCRIBE_INSTANCE_KEYWORDS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_instance_keywords {

// DescribeInstanceKeywordsResponseBody.words
struct words {
  std::vector<std::string> word;
};

struct request {
  std::optional<std::string> key;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> key;
  std::optional<std::string> request_id;
  std::optional<::rdscodec::rds::describe_instance_keywords::words> words;
};

}  // namespace rdscodec::rds::describe_instance_keywords

namespace rdscodec {

template <>
struct object_traits<rds::describe_instance_keywords::words> {
  static constexpr auto fields = field_list(
      field<&rds::describe_instance_keywords::words::word>{"word", presence::optional});
};

template <>
struct operation_traits<rds::describe_instance_keywords::request> {
  using request = rds::describe_instance_keywords::request;
  using response = rds::describe_instance_keywords::response;
  static constexpr std::string_view action = "DescribeInstanceKeywords";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeInstanceKeywordsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::key>{"Key", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::key>{"Key", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::words>{"Words", presence::optional});
};

static_assert(check_operation<rds::describe_instance_keywords::request>());

}  // namespace rdscodec

#endif
