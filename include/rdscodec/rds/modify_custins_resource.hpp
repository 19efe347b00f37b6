// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyCustinsResource (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_MODIFY_CUSTINS_RESOURCE_HPP
#define RDSCODEC_RDS_MODIFY_CUSTINS_RESOURCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_custins_resource {

struct request {
  std::optional<std::string> adjust_deadline;
  std::string db_instance_id;
  std::optional<std::string> increase_ratio;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> resource_type;
  std::optional<std::string> restore_original_specification;
  std::optional<std::int32_t> target_value;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<std::int32_t> task_id;
};

}  // namespace rdscodec::rds::modify_custins_resource

namespace rdscodec {

template <>
struct operation_traits<rds::modify_custins_resource::request> {
  using request = rds::modify_custins_resource::request;
  using response = rds::modify_custins_resource::response;
  static constexpr std::string_view action = "ModifyCustinsResource";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyCustinsResourceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::adjust_deadline>{"AdjustDeadline", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::increase_ratio>{"IncreaseRatio", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::resource_type>{"ResourceType", presence::optional},
      field<&request::restore_original_specification>{"RestoreOriginalSpecification", presence::optional},
      field<&request::target_value>{"TargetValue", presence::optional, 0, 999999});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::task_id>{"TaskId", presence::optional});
};

static_assert(check_operation<rds::modify_custins_resource::request>());

}  // namespace rdscodec

#endif
