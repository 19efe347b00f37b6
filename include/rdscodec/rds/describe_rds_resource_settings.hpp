// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeRdsResourceSettings (Rds API 2014-08-15, RPC, POST, deprecated)
// This operation can still be called but is no longer maintained.
#ifndef RDSCODEC_RDS_DESCRIBE_RDS_RESOURCE_SETTINGS_HPP
#define RDSCODEC_RDS_DESCRIBE_RDS_RESOURCE_SETTINGS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_rds_resource_settings {

// DescribeRdsResourceSettingsResponseBody.rdsInstanceResourceSettings.rdsInstanceResourceSetting
struct rds_instance_resource_setting {
  std::optional<std::string> end_date;
  std::optional<std::string> is_top;
  std::optional<std::string> notice_bar_content;
  std::optional<std::string> popped_up_button_text;
  std::optional<std::string> popped_up_button_type;
  std::optional<std::string> popped_up_button_url;
  std::optional<std::string> popped_up_content;
  std::optional<std::string> resource_niche;
  std::optional<std::string> start_date;
};

// DescribeRdsResourceSettingsResponseBody.rdsInstanceResourceSettings
struct rds_instance_resource_settings {
  std::vector<::rdscodec::rds::describe_rds_resource_settings::rds_instance_resource_setting> rds_instance_resource_setting;
};

struct request {
  std::optional<std::int64_t> owner_id;
  std::string resource_niche;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<::rdscodec::rds::describe_rds_resource_settings::rds_instance_resource_settings> rds_instance_resource_settings;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_rds_resource_settings

namespace rdscodec {

template <>
struct object_traits<rds::describe_rds_resource_settings::rds_instance_resource_setting> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rds_resource_settings::rds_instance_resource_setting::end_date>{"EndDate", presence::optional},
      field<&rds::describe_rds_resource_settings::rds_instance_resource_setting::is_top>{"IsTop", presence::optional},
      field<&rds::describe_rds_resource_settings::rds_instance_resource_setting::notice_bar_content>{"NoticeBarContent", presence::optional},
      field<&rds::describe_rds_resource_settings::rds_instance_resource_setting::popped_up_button_text>{"PoppedUpButtonText", presence::optional},
      field<&rds::describe_rds_resource_settings::rds_instance_resource_setting::popped_up_button_type>{"PoppedUpButtonType", presence::optional},
      field<&rds::describe_rds_resource_settings::rds_instance_resource_setting::popped_up_button_url>{"PoppedUpButtonUrl", presence::optional},
      field<&rds::describe_rds_resource_settings::rds_instance_resource_setting::popped_up_content>{"PoppedUpContent", presence::optional},
      field<&rds::describe_rds_resource_settings::rds_instance_resource_setting::resource_niche>{"ResourceNiche", presence::optional},
      field<&rds::describe_rds_resource_settings::rds_instance_resource_setting::start_date>{"StartDate", presence::optional});
};

template <>
struct object_traits<rds::describe_rds_resource_settings::rds_instance_resource_settings> {
  static constexpr auto fields = field_list(
      field<&rds::describe_rds_resource_settings::rds_instance_resource_settings::rds_instance_resource_setting>{"RdsInstanceResourceSetting", presence::optional});
};

template <>
struct operation_traits<rds::describe_rds_resource_settings::request> {
  using request = rds::describe_rds_resource_settings::request;
  using response = rds::describe_rds_resource_settings::response;
  static constexpr std::string_view action = "DescribeRdsResourceSettings";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeRdsResourceSettingsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::resource_niche>{"ResourceNiche", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::rds_instance_resource_settings>{"RdsInstanceResourceSettings", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_rds_resource_settings::request>());

}  // namespace rdscodec

#endif
