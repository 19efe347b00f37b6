// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeDBMiniEngineVersions (Rds API 2014-08-15, RPC, POST)
// Before you purchase or upgrade an instance that runs MySQL or PostgreSQL, you can call the
// DescribeDBMiniEngineVersions operation to query the minor engine versions that are available for the
// instance.
#ifndef RDSCODEC_RDS_DESCRIBE_DB_MINI_ENGINE_VERSIONS_HPP
#define RDSCODEC_RDS_DESCRIBE_DB_MINI_ENGINE_VERSIONS_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_db_mini_engine_versions {

// DescribeDBMiniEngineVersionsResponseBody.minorVersionItems
struct minor_version_items {
  std::optional<std::string> community_minor_version;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> expire_date;
  std::optional<std::string> expire_status;
  std::optional<bool> is_hotfix_version;
  std::optional<std::string> minor_version;
  std::optional<std::string> node_type;
  std::optional<std::string> release_note;
  std::optional<std::string> release_type;
  std::optional<std::string> status_desc;
  std::optional<std::string> tag;
};

struct request {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> dedicated_host_group_id;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> minor_version_tag;
  std::optional<std::string> node_type;
  std::string region_id;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::string> storage_type;
};

struct response {
  std::optional<std::string> db_instance_id;
  std::optional<std::int32_t> max_records_per_page;
  std::vector<::rdscodec::rds::describe_db_mini_engine_versions::minor_version_items> minor_version_items;
  std::optional<std::int32_t> page_numbers;
  std::optional<std::string> request_id;
  std::optional<std::int32_t> total_count;
};

}  // namespace rdscodec::rds::describe_db_mini_engine_versions

namespace rdscodec {

template <>
struct object_traits<rds::describe_db_mini_engine_versions::minor_version_items> {
  static constexpr auto fields = field_list(
      field<&rds::describe_db_mini_engine_versions::minor_version_items::community_minor_version>{"CommunityMinorVersion", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::engine>{"Engine", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::engine_version>{"EngineVersion", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::expire_date>{"ExpireDate", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::expire_status>{"ExpireStatus", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::is_hotfix_version>{"IsHotfixVersion", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::minor_version>{"MinorVersion", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::node_type>{"NodeType", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::release_note>{"ReleaseNote", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::release_type>{"ReleaseType", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::status_desc>{"StatusDesc", presence::optional},
      field<&rds::describe_db_mini_engine_versions::minor_version_items::tag>{"Tag", presence::optional});
};

template <>
struct operation_traits<rds::describe_db_mini_engine_versions::request> {
  using request = rds::describe_db_mini_engine_versions::request;
  using response = rds::describe_db_mini_engine_versions::response;
  static constexpr std::string_view action = "DescribeDBMiniEngineVersions";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeDBMiniEngineVersionsResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::db_instance_id>{"DBInstanceId", presence::optional},
      field<&request::dedicated_host_group_id>{"DedicatedHostGroupId", presence::optional},
      field<&request::engine>{"Engine", presence::optional},
      field<&request::engine_version>{"EngineVersion", presence::optional},
      field<&request::minor_version_tag>{"MinorVersionTag", presence::optional},
      field<&request::node_type>{"NodeType", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&request::storage_type>{"StorageType", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::db_instance_id>{"DBInstanceId", presence::optional},
      field<&response::max_records_per_page>{"MaxRecordsPerPage", presence::optional},
      field<&response::minor_version_items>{"MinorVersionItems", presence::optional},
      field<&response::page_numbers>{"PageNumbers", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::total_count>{"TotalCount", presence::optional});
};

static_assert(check_operation<rds::describe_db_mini_engine_versions::request>());

}  // namespace rdscodec

#endif
