// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// DescribeKmsAssociateResources (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_DESCRIBE_KMS_ASSOCIATE_RESOURCES_HPP
#define RDSCODEC_RDS_DESCRIBE_KMS_ASSOCIATE_RESOURCES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::describe_kms_associate_resources {

// DescribeKmsAssociateResourcesResponseBody.associateDBInstances
struct associate_db_instances {
  std::optional<std::string> db_instance_name;
  std::optional<std::string> engine;
  std::optional<std::string> key_used_by;
  std::optional<std::string> status;
};

struct request {
  std::optional<std::string> client_token;
  std::string kms_resource_id;
  std::optional<std::string> kms_resource_region_id;
  std::string kms_resource_type;
  std::string kms_resource_user;
  std::optional<std::string> owner_account;
  std::optional<std::string> owner_id;
  std::optional<std::string> region_id;
  std::optional<std::string> resource_group_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::vector<::rdscodec::rds::describe_kms_associate_resources::associate_db_instances> associate_db_instances;
  std::optional<bool> associate_status;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::describe_kms_associate_resources

namespace rdscodec {

template <>
struct object_traits<rds::describe_kms_associate_resources::associate_db_instances> {
  static constexpr auto fields = field_list(
      field<&rds::describe_kms_associate_resources::associate_db_instances::db_instance_name>{"DBInstanceName", presence::optional},
      field<&rds::describe_kms_associate_resources::associate_db_instances::engine>{"Engine", presence::optional},
      field<&rds::describe_kms_associate_resources::associate_db_instances::key_used_by>{"KeyUsedBy", presence::optional},
      field<&rds::describe_kms_associate_resources::associate_db_instances::status>{"Status", presence::optional});
};

template <>
struct operation_traits<rds::describe_kms_associate_resources::request> {
  using request = rds::describe_kms_associate_resources::request;
  using response = rds::describe_kms_associate_resources::response;
  static constexpr std::string_view action = "DescribeKmsAssociateResources";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "DescribeKmsAssociateResourcesResponse";
  /// Only reads (the action begins with Describe; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::kms_resource_id>{"KmsResourceId", presence::required},
      field<&request::kms_resource_region_id>{"KmsResourceRegionId", presence::optional},
      field<&request::kms_resource_type>{"KmsResourceType", presence::required},
      field<&request::kms_resource_user>{"KmsResourceUser", presence::required},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::associate_db_instances>{"AssociateDBInstances", presence::optional},
      field<&response::associate_status>{"AssociateStatus", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::describe_kms_associate_resources::request>());

}  // namespace rdscodec

#endif
