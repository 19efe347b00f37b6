// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeCharacterSetName (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_CHARACTER_SET_NAME_HPP
#define RDSCODEC_RDS_DESCRIBE_CHARACTER_SET_NAME_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_character_set_name {

// DescribeCharacterSetNameResponseBody.characterSetNameItems
struct character_set_name_items {
  std::vector<std::string> character_set_name;
};

struct request {
  std::string engine;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_character_set_name::character_set_name_items> character_set_name_items;
  std::optional<std::string> engine;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_character_set_name

namespace rdscodec {

template <>
struct object_traits<rds::describe_character_set_name::character_set_name_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_character_set_name::character_set_name_items::character_set_name>{"CharacterSetName", presence::optional});
};

template <>
struct operation_traits<rds::describe_character_set_name::request> {
  using request = rds::describe_character_set_name::request;
  using response = rds::describe_character_set_name::response;
  static constexpr std::string_view action = "DescribeCharacterSetName";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeCharacterSetNameResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::engine>{"Engine", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::character_set_name_items>{"CharacterSetNameItems", presence::optional},
      field<&response::engine>{"Engine", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_character_set_name::request>());

}  // namespace rdscodec

#endif
