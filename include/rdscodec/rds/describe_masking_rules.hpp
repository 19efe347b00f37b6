// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeMaskingRules (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_MASKING_RULES_HPP
#define RDSCODEC_RDS_DESCRIBE_MASKING_RULES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_masking_rules {

// DescribeMaskingRulesResponseBody.data.rules.ruleConfig
struct rule_config {
  std::vector<std::string> columns;
  std::vector<std::string> databases;
  std::vector<std::string> tables;
};

// DescribeMaskingRulesResponseBody.data.rules
struct rules {
  std::optional<std::string> default_algo;
  std::optional<std::string> enabled;
  std::optional<std::string> masking_algo;
  std::optional<::rdscodec::rds::describe_masking_rules::rule_config> rule_config;
  std::optional<std::string> rule_name;
};

// DescribeMaskingRulesResponseBody.data
struct data {
  std::vector<::rdscodec::rds::describe_masking_rules::rules> rules;
};

struct request {
  std::string db_instance_name;
  std::optional<std::string> db_name;
  std::optional<std::string> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> rule_name;
};

struct response {
  std::optional<::rdscodec::rds::describe_masking_rules::data> data;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_masking_rules

namespace rdscodec {

template <>
struct object_traits<rds::describe_masking_rules::rule_config> {
  static constexpr auto fields = field_list(
      field<&rds::describe_masking_rules::rule_config::columns>{"Columns", presence::optional},
      field<&rds::describe_masking_rules::rule_config::databases>{"Databases", presence::optional},
      field<&rds::describe_masking_rules::rule_config::tables>{"Tables", presence::optional});
};

template <>
struct object_traits<rds::describe_masking_rules::rules> {
  static constexpr auto fields = field_list(
      field<&rds::describe_masking_rules::rules::default_algo>{"DefaultAlgo", presence::optional},
      field<&rds::describe_masking_rules::rules::enabled>{"Enabled", presence::optional},
      field<&rds::describe_masking_rules::rules::masking_algo>{"MaskingAlgo", presence::optional},
      field<&rds::describe_masking_rules::rules::rule_config>{"RuleConfig", presence::optional},
      field<&rds::describe_masking_rules::rules::rule_name>{"RuleName", presence::optional});
};

template <>
struct object_traits<rds::describe_masking_rules::data> {
  static constexpr auto fields = field_list(
      field<&rds::describe_masking_rules::data::rules>{"Rules", presence::optional});
};

template <>
struct operation_traits<rds::describe_masking_rules::request> {
  using request = rds::describe_masking_rules::request;
  using response = rds::describe_masking_rules::response;
  static constexpr std::string_view action = "DescribeMaskingRules";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeMaskingRulesResponse";
  /// Only reads (the action begins with Describe; not in api-docs.json).
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_name>{"DBInstanceName", presence::required},
      field<&request::db_name>{"DBName", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::rule_name>{"RuleName", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_masking_rules::request>());

}  // namespace rdscodec

#endif
