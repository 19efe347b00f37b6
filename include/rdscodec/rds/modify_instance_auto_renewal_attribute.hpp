// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// ModifyInstanceAutoRenewalAttribute (Rds API 2014-08-15, RPC, POST)
// Notice: Fees are generated if the call is successful. Before you call this operation, carefully read
// the following topics:
#ifndef RDSCODEC_RDS_MODIFY_INSTANCE_AUTO_RENEWAL_ATTRIBUTE_HPP
#define RDSCODEC_RDS_MODIFY_INSTANCE_AUTO_RENEWAL_ATTRIBUTE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::modify_instance_auto_renewal_attribute {

struct request {
  std::optional<std::string> auto_renew;
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> duration;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
};

struct response {
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::modify_instance_auto_renewal_attribute

namespace rdscodec {

template <>
struct operation_traits<rds::modify_instance_auto_renewal_attribute::request> {
  using request = rds::modify_instance_auto_renewal_attribute::request;
  using response = rds::modify_instance_auto_renewal_attribute::response;
  static constexpr std::string_view action = "ModifyInstanceAutoRenewalAttribute";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "ModifyInstanceAutoRenewalAttributeResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "update").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::auto_renew>{"AutoRenew", presence::optional},
      field<&request::client_token>{"ClientToken", presence::optional},
      field<&request::db_instance_id>{"DBInstanceId", presence::required},
      field<&request::duration>{"Duration", presence::optional},
      field<&request::owner_account>{"OwnerAccount", presence::optional},
      field<&request::owner_id>{"OwnerId", presence::optional},
      field<&request::region_id>{"RegionId", presence::required},
      field<&request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&request::resource_owner_id>{"ResourceOwnerId", presence::optional});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::modify_instance_auto_renewal_attribute::request>());

}  // namespace rdscodec

#endif
