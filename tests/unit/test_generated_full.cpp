// Generated operations with EVERY request field set sign, in V2 and in V3, to the
// bytes an independent signer computes: tests/data/derived/generated_full.py reads
// each operation's fields from the spec, refuses a case that leaves one out, flattens
// and encodes the values by its own reading of the SDK style rules (repeatList,
// shrink json / simple, Body fields in a form body, JavaScript number text) and
// signs them; generated_full.json holds what it wrote. The requests below set the
// same values, member by member, as generated_full.py's CASES (by wire name there).
// Nothing expected here is rdscodec output.
//
// The sample: CreateDBInstance (62 fields: a json object with doubles, a repeatList),
// ModifySecurityIps, DescribeDBInstances (a long above 2^53), CreateDBNodes (shrink
// json list of objects), AddTagsToResource (repeatList with lower-case key/value),
// DescribeRCInstanceTypes (shrink simple), ModifyDBInstance (a json map), 
// DescribeRCAvailableResource (the spec's float, a double), QueryNotify and ConfirmNotify (Body fields),
// DescribeRCDisks (GET), RunRCCommand (a map of any).
#include "../derived_requests.hpp"
#include "../vectors.hpp"

#include <rdscodec/rds/add_tags_to_resource.hpp>
#include <rdscodec/rds/confirm_notify.hpp>
#include <rdscodec/rds/create_db_instance.hpp>
#include <rdscodec/rds/create_db_nodes.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/rds/describe_rc_available_resource.hpp>
#include <rdscodec/rds/describe_rc_disks.hpp>
#include <rdscodec/rds/describe_rc_instance_types.hpp>
#include <rdscodec/rds/modify_db_instance.hpp>
#include <rdscodec/rds/modify_security_ips.hpp>
#include <rdscodec/rds/query_notify.hpp>
#include <rdscodec/rds/run_rc_command.hpp>
#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/request/sign_v3.hpp>

#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace rds = rdscodec::rds;
namespace v2 = rdscodec::v2;
namespace v3 = rdscodec::v3;

namespace {

const rdscodec::credentials creds("testid", "testsecret");

template <class Options>
Options fixed(std::string_view method) {
  Options o;
  o.timestamp = "2023-03-13T08:34:30Z";
  o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  o.method = method == "GET" ? rdscodec::http_method::get : rdscodec::http_method::post;
  return o;
}

const std::string* header(const rdscodec::http_request& r, std::string_view name) { return r.find_header(name); }

// Signs `r` both ways and compares every stage with the derived case.
template <class Request>
void check_case(const Request& r, const rdscodec_test::vector_case& c) {
  const auto& e = c.expected;
  CHECK(rdscodec::operation_traits<Request>::method == e.at("method"));
  INFO(c.id);

  // V2: the canonical query holds every parameter (Body fields too), the body the Body fields.
  const auto o2 = fixed<v2::options>(e.at("method"));
  auto q2 = v2::canonical_query(r, creds, o2);
  REQUIRE(q2);
  CHECK(*q2 == e.at("v2_canonical_query"));
  auto sts2 = v2::string_to_sign(r, creds, o2);
  REQUIRE(sts2);
  CHECK(*sts2 == e.at("v2_string_to_sign"));
  CHECK(v2::signature(creds, *sts2)->view() == e.at("v2_signature"));
  auto s2 = v2::sign(r, creds, o2);
  REQUIRE(s2);
  CHECK(s2->body == e.at("v2_body"));
  // The query sent is the canonical query without the Body fields, then the signature;
  // with no Body field, exactly the canonical query.
  if (e.at("v2_body").empty()) {
    CHECK(s2->query.substr(0, s2->query.find("&Signature=")) == e.at("v2_canonical_query"));
  }

  // V3: the canonical query holds the Query fields only; the body is hashed.
  const auto o3 = fixed<v3::options>(e.at("method"));
  auto q3 = v3::canonical_query(r);
  REQUIRE(q3);
  CHECK(*q3 == e.at("v3_canonical_query"));
  auto cr = v3::canonical_request(r, creds, o3);
  REQUIRE(cr);
  CHECK(*cr == e.at("v3_canonical_request"));
  auto sts3 = v3::string_to_sign(o3.alg, *cr);
  REQUIRE(sts3);
  CHECK(*sts3 == e.at("v3_string_to_sign"));
  CHECK(v3::signature(creds, o3.alg, *sts3)->view() == e.at("v3_signature"));
  auto s3 = v3::sign(r, creds, o3);
  REQUIRE(s3);
  CHECK(s3->query == e.at("v3_canonical_query"));
  CHECK(s3->body == e.at("v3_body"));
  const std::string* auth = header(*s3, "Authorization");
  REQUIRE(auth != nullptr);
  CHECK(*auth == e.at("v3_authorization"));
}

rds::modify_security_ips::request modify_security_ips() {
  rds::modify_security_ips::request r;
  r.db_instance_ip_array_attribute = "hidden";
  r.db_instance_ip_array_name = "default";
  r.db_instance_id = "rm-uf6wjk5xxxxxxx";
  r.fresh_white_list_readins = "rr-1,rr-2";
  r.modify_mode = "Cover";
  r.resource_owner_id = 1;
  r.security_ip_type = "IPv4";
  r.security_ips = "192.168.1.0/24,10.0.0.1";
  r.whitelist_network_type = "MIX";
  return r;
}

rds::describe_db_instances::request describe_db_instances() {
  rds::describe_db_instances::request r;
  r.category = "Basic";
  r.client_token = "tok";
  r.connection_mode = "Safe";
  r.connection_string = "rm-1.mysql.rds.aliyuncs.com";
  r.db_instance_class = "rds.mys2.small";
  r.db_instance_id = "rm-1,rm-2";
  r.db_instance_status = "Running";
  r.db_instance_type = "Primary";
  r.dedicated_host_group_id = "dhg-1";
  r.dedicated_host_id = "dh-1";
  r.engine = "MySQL";
  r.engine_version = "5.7";
  r.expired = "False";
  r.filter = "f";
  r.instance_level = 1;
  r.instance_network_type = "VPC";
  r.max_results = 100;
  r.next_token = "o7PORW5o2TJg";
  r.owner_account = "owner@example";
  r.owner_id = 9007199254740993;  // 2^53 + 1: not a double, exact as a long
  r.page_number = 21474836;      // the spec's maximum
  r.page_size = 1;               // the spec's minimum
  r.pay_type = "Prepaid";
  r.query_auto_renewal = false;
  r.region_id = "cn-hangzhou";
  r.resource_group_id = "rg-1";
  r.resource_owner_account = "ro";
  r.resource_owner_id = -1;
  r.search_key = "rm-uf6";
  r.tags = R"({"key1":"value1"})";
  r.v_switch_id = "vsw-1";
  r.vpc_id = "vpc-1";
  r.zone_id = "cn-hangzhou-a";
  r.proxy_id = "p-1";
  return r;
}

rds::create_db_nodes::request create_db_nodes() {
  rds::create_db_nodes::request r;
  r.client_token = "tok";
  r.db_instance_id = "rm-uf6wjk5xxxxxxx";
  r.db_node = {{"mysql.n2.medium.c", "vsw-1", "cn-hangzhou-h"}, {"mysql.n2.medium.c", std::nullopt, "cn-hangzhou-\"i\""}};
  r.owner_account = "o";
  r.owner_id = 2;
  r.resource_group_id = "rg-2";
  r.resource_owner_account = "ra";
  r.resource_owner_id = 3;
  return r;
}

rds::add_tags_to_resource::request add_tags_to_resource() {
  rds::add_tags_to_resource::request r;
  r.tag = std::vector<rds::add_tags_to_resource::tag>{{"env", "prod"}, {"team", "db ops/中文"}};
  r.client_token = "tok";
  r.db_instance_id = "rm-uf6wjk5xxxxxxx";
  r.owner_account = "o";
  r.owner_id = 4;
  r.region_id = "cn-hangzhou";
  r.resource_group_id = "rg";
  r.resource_owner_account = "ra";
  r.resource_owner_id = 5;
  r.tags = R"({"k":"v"})";
  r.proxy_id = "p-1";
  return r;
}

rds::describe_rc_instance_types::request describe_rc_instance_types() {
  rds::describe_rc_instance_types::request r;
  r.commodity_code = "rds_rordspre_public_cn";
  r.engine = "mysql";
  r.instance_type = std::vector<std::string>{"mysql.x2.large.6cm", "mysql x4", "ü"};
  r.instance_type_family = "x86";
  r.region_id = "cn-beijing";
  return r;
}

rds::modify_db_instance::request modify_db_instance() {
  rds::modify_db_instance::request r;
  r.auto_use_coupon = true;
  r.bursting_enabled = false;
  r.category = "cluster";
  r.cold_data_enabled = true;
  r.db_instance_class = "mysql.n2.medium.xc";
  r.db_instance_id = "rm-1";
  r.db_instance_storage = 5;  // the spec's minimum
  r.db_instance_storage_type = "cloud_essd";
  r.db_nodes = std::vector<rds::modify_db_instance::db_nodes>{
      {"rn-1", "master", "vsw-1", "cn-hangzhou-h"}, {std::nullopt, "slave", std::nullopt, std::nullopt}};
  r.direction = "Up";
  r.effective_time = "Immediate";
  r.io_acceleration_enabled = "0";
  r.owner_account = "o";
  r.owner_id = 6;
  r.parameter_group_id = "rpg-1";
  r.parameters = std::map<std::string, std::string>{
      {"back_log", "3000"}, {"innodb_buffer_pool_size", "{DBInstanceClassMemory*3/4}"}, {"sql_mode", ""}};
  r.promotion_code = "pc";
  r.resource_group_id = "rg";
  r.resource_owner_account = "ra";
  r.resource_owner_id = 7;
  r.switch_time = "2024-01-01T00:00:00Z";
  r.target_minor_version = "rds_20240101";
  return r;
}

rds::describe_rc_available_resource::request describe_rc_available_resource() {
  rds::describe_rc_available_resource::request r;
  r.cores = 4;
  r.data_disk_category = "cloud_essd";
  r.dedicated_host_id = "dh-1";
  r.destination_resource = "Zone";
  r.instance_charge_type = "PostPaid";
  r.instance_type = "mysql.x2.large.6cm";
  r.io_optimized = "optimized";
  r.memory = 0.1;  // the generator maps the spec's float to double
  r.network_category = "vpc";
  r.region_id = "cn-beijing";
  r.resource_type = "instance";
  r.scope = "instance";
  r.spot_duration = 0;
  r.spot_strategy = "NoSpot";
  r.system_disk_category = "cloud_essd";
  r.zone_id = "cn-beijing-h";
  return r;
}

rds::query_notify::request query_notify() {
  rds::query_notify::request r;
  r.from = "2022-05-02T08:38:37Z";
  r.page_number = 1;
  r.page_size = 100;
  r.to = "2022-05-09T08:38:37Z";
  r.with_confirmed = false;
  return r;
}

rds::confirm_notify::request confirm_notify() {
  rds::confirm_notify::request r;
  r.confirmor = 123456;
  r.notify_id_list = {1, 9007199254740993};
  return r;
}

rds::describe_rc_disks::request describe_rc_disks() {
  rds::describe_rc_disks::request r;
  r.disk_ids = R"(["d-1","d-2"])";
  r.disk_type = "data";
  r.instance_id = "rc-1";
  r.page_number = 3;
  r.page_size = 100;
  r.region_id = "cn-beijing";
  r.status = "In_use";
  r.tag = std::vector<rds::describe_rc_disks::tag>{{"env", "prod"}, {"team", "db ops/中文"}};
  return r;
}

rds::run_rc_command::request run_rc_command() {
  rds::run_rc_command::request r;
  r.client_token = "tok";
  r.command_content = "echo {{name}}";
  r.container_id = "c-1";
  r.container_name = "cn";
  r.content_encoding = "PlainText";
  r.description = "d";
  r.enable_parameter = true;
  r.frequency = "rate(5m)";
  r.instance_ids = std::vector<std::string>{"rc-1", "rc-2"};
  r.keep_command = false;
  r.launcher = "l";
  r.name = "n";
  r.parameters = std::map<std::string, rdscodec::raw_json>{
      {"count", {"3"}}, {"list", {R"([1,"a",null])"}}, {"name", {R"({"x": true})"}}};
  r.region_id = "cn-hangzhou";
  r.repeat_mode = "Once";
  r.resource_group_id = "rg";
  r.resource_tags = std::vector<rds::run_rc_command::resource_tags>{{"a", "b"}};
  r.tags = std::vector<rds::run_rc_command::tags>{{"k", std::nullopt}};
  r.termination_mode = "ProcessTree";
  r.timeout = 60;
  r.type = "RunShellScript";
  r.username = "root";
  r.windows_password_name = "w";
  r.working_dir = "/home/";
  return r;
}

}  // namespace

TEST_CASE("generated operations, every field set, sign V2 and V3 to the derived bytes", "[generated][v2][v3]") {
  using check_fn = std::function<void(const rdscodec_test::vector_case&)>;
  const std::map<std::string, check_fn> builders = {
      {"create_db_instance", [](const auto& c) { check_case(rdscodec_test::create_db_instance_every_field(), c); }},
      {"modify_security_ips", [](const auto& c) { check_case(modify_security_ips(), c); }},
      {"describe_db_instances", [](const auto& c) { check_case(describe_db_instances(), c); }},
      {"create_db_nodes", [](const auto& c) { check_case(create_db_nodes(), c); }},
      {"add_tags_to_resource", [](const auto& c) { check_case(add_tags_to_resource(), c); }},
      {"describe_rc_instance_types", [](const auto& c) { check_case(describe_rc_instance_types(), c); }},
      {"modify_db_instance", [](const auto& c) { check_case(modify_db_instance(), c); }},
      {"describe_rc_available_resource", [](const auto& c) { check_case(describe_rc_available_resource(), c); }},
      {"query_notify", [](const auto& c) { check_case(query_notify(), c); }},
      {"confirm_notify", [](const auto& c) { check_case(confirm_notify(), c); }},
      {"describe_rc_disks", [](const auto& c) { check_case(describe_rc_disks(), c); }},
      {"run_rc_command", [](const auto& c) { check_case(run_rc_command(), c); }},
  };
  const auto cases = rdscodec_test::load_cases("derived/generated_full.json");
  REQUIRE(cases.size() == builders.size());
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.id) {
      REQUIRE(builders.count(c.id) == 1);
      builders.at(c.id)(c);
    }
  }
}
