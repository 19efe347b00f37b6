// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// CreateGADInstance (Rds API 2014-08-15, RPC, POST)
#ifndef RDSCODEC_RDS_CREATE_GAD_INSTANCE_HPP
#define RDSCODEC_RDS_CREATE_GAD_INSTANCE_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::create_gad_instance {

// CreateGADInstanceRequest.tag
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

// CreateGADInstanceRequest.unitNode
struct unit_node {
  std::optional<std::string> db_instance_description;
  std::optional<std::int64_t> db_instance_storage;
  std::optional<std::string> db_instance_storage_type;
  std::optional<std::string> db_instance_class;
  std::string dts_conflict;
  std::string dts_instance_class;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> pay_type;
  std::string region_id;
  std::optional<std::string> security_ip_list;
  std::optional<std::string> v_switch_id;
  std::optional<std::string> vpc_id;
  std::optional<std::string> zone_id;
  std::optional<std::string> zone_id_slave1;
  std::optional<std::string> zone_id_slave2;
};

// CreateGADInstanceResponseBody.result
struct result {
  std::optional<std::string> create_member_count;
  std::optional<std::string> gad_instance_name;
  std::optional<std::string> task_id;
};

struct request {
  std::string central_db_instance_id;
  std::string central_rds_dts_admin_account;
  std::string central_rds_dts_admin_password;
  std::string central_region_id;
  std::string db_list;
  std::optional<std::string> description;
  std::optional<std::string> resource_group_id;
  std::optional<std::vector<::rdscodec::rds::create_gad_instance::tag>> tag;
  std::vector<::rdscodec::rds::create_gad_instance::unit_node> unit_node;
};

struct response {
  std::optional<std::string> request_id;
  std::optional<::rdscodec::rds::create_gad_instance::result> result;
};

}  // namespace rdscodec::rds::create_gad_instance

namespace rdscodec {

template <>
struct object_traits<rds::create_gad_instance::tag> {
  static constexpr auto fields = field_list(
      field<&rds::create_gad_instance::tag::key>{"Key", presence::optional},
      field<&rds::create_gad_instance::tag::value>{"Value", presence::optional});
};

template <>
struct object_traits<rds::create_gad_instance::unit_node> {
  static constexpr auto fields = field_list(
      field<&rds::create_gad_instance::unit_node::db_instance_description>{"DBInstanceDescription", presence::optional},
      field<&rds::create_gad_instance::unit_node::db_instance_storage>{"DBInstanceStorage", presence::optional},
      field<&rds::create_gad_instance::unit_node::db_instance_storage_type>{"DBInstanceStorageType", presence::optional},
      field<&rds::create_gad_instance::unit_node::db_instance_class>{"DbInstanceClass", presence::optional},
      field<&rds::create_gad_instance::unit_node::dts_conflict>{"DtsConflict", presence::required},
      field<&rds::create_gad_instance::unit_node::dts_instance_class>{"DtsInstanceClass", presence::required},
      field<&rds::create_gad_instance::unit_node::engine>{"Engine", presence::optional},
      field<&rds::create_gad_instance::unit_node::engine_version>{"EngineVersion", presence::optional},
      field<&rds::create_gad_instance::unit_node::pay_type>{"PayType", presence::optional},
      field<&rds::create_gad_instance::unit_node::region_id>{"RegionID", presence::required},
      field<&rds::create_gad_instance::unit_node::security_ip_list>{"SecurityIPList", presence::optional},
      field<&rds::create_gad_instance::unit_node::v_switch_id>{"VSwitchID", presence::optional},
      field<&rds::create_gad_instance::unit_node::vpc_id>{"VpcID", presence::optional},
      field<&rds::create_gad_instance::unit_node::zone_id>{"ZoneID", presence::optional},
      field<&rds::create_gad_instance::unit_node::zone_id_slave1>{"ZoneIDSlave1", presence::optional},
      field<&rds::create_gad_instance::unit_node::zone_id_slave2>{"ZoneIDSlave2", presence::optional});
};

template <>
struct object_traits<rds::create_gad_instance::result> {
  static constexpr auto fields = field_list(
      field<&rds::create_gad_instance::result::create_member_count>{"CreateMemberCount", presence::optional},
      field<&rds::create_gad_instance::result::gad_instance_name>{"GadInstanceName", presence::optional},
      field<&rds::create_gad_instance::result::task_id>{"TaskID", presence::optional});
};

template <>
struct operation_traits<rds::create_gad_instance::request> {
  using request = rds::create_gad_instance::request;
  using response = rds::create_gad_instance::response;
  static constexpr std::string_view action = "CreateGADInstance";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "CreateGADInstanceResponse";
  /// May change something (the action does not begin with a reading verb; api-docs.json systemTags.operationType "create").
  static constexpr bool read_only = false;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::central_db_instance_id>{"CentralDBInstanceId", presence::required},
      field<&request::central_rds_dts_admin_account>{"CentralRdsDtsAdminAccount", presence::required},
      field<&request::central_rds_dts_admin_password>{"CentralRdsDtsAdminPassword", presence::required},
      field<&request::central_region_id>{"CentralRegionId", presence::required},
      field<&request::db_list>{"DBList", presence::required},
      field<&request::description>{"Description", presence::optional},
      field<&request::resource_group_id>{"ResourceGroupId", presence::optional},
      field<&request::tag>{"Tag", presence::optional},
      field<&request::unit_node>{"UnitNode", presence::required});
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::result>{"Result", presence::optional});
};

static_assert(check_operation<rds::create_gad_instance::request>());

}  // namespace rdscodec

#endif
