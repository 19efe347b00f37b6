// Generated operations (include/rdscodec/rds/, tools/codegen/generate.js) sign as
// the spec says they should.
//
// The canonical queries below are written by hand from the spec's wire names
// (spec/rds-20140815/main.dara: AddTagsToResourceRequest, DescribeDBInstancesRequest,
// CreateDBNodesRequest, DescribeRCDisksRequest, DescribeSQLCollectorRetentionRequest)
// and the encoding rules of README.md "Operations as data": names in byte order,
// repeatList flattened to Name.N.Member, shrink json as JSON.stringify text in
// the spec's member order, RFC 3986 percent-encoding. The signatures come from
// the independent Python signer tests/data/derived/v2_generated.py, which
// shares no code with rdscodec or the generator. Nothing here is rdscodec output.
#include <rdscodec/rds/add_tags_to_resource.hpp>
#include <rdscodec/rds/create_db_nodes.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/rds/describe_rc_disks.hpp>
#include <rdscodec/rds/describe_sql_collector_retention.hpp>
#include <rdscodec/request/sign_v2.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

using rdscodec::errc;
namespace rds = rdscodec::rds;

namespace {

const rdscodec::credentials creds("testid", "testsecret");

rdscodec::v2::options fixed_v2() {
  rdscodec::v2::options o;
  o.timestamp = "2023-03-13T08:34:30Z";
  o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  return o;
}

// The Signature parameter of a signed query, percent-decoded (Base64 has
// only '+', '/' and '=' to decode).
std::string sig_of(const rdscodec::http_request& r) {
  const auto at = r.query.find("&Signature=");
  REQUIRE(at != std::string::npos);
  std::string s = r.query.substr(at + 11);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

template <class Request>
void check_signed(const Request& r, const rdscodec::v2::options& o, const std::string& cq, const std::string& sig) {
  auto q = rdscodec::v2::canonical_query(r, creds, o);
  REQUIRE(q);
  CHECK(*q == cq);
  auto s = rdscodec::v2::sign(r, creds, o);
  REQUIRE(s);
  CHECK(s->query.substr(0, s->query.find("&Signature=")) == cq);
  CHECK(sig_of(*s) == sig);
}

template <class Request>
rdscodec::error error_of(const Request& r) {
  auto v = rdscodec::validate(r);
  REQUIRE_FALSE(v);
  return v.error();
}

}  // namespace

TEST_CASE("generated AddTagsToResource: Tag.N.key / Tag.N.value, signed V2 (derived)", "[generated][v2]") {
  rds::add_tags_to_resource::request r;
  r.client_token = "ETnLKlblzczshOTUbOCz";
  r.db_instance_id = "rm-uf6wjk5xxxxxxx";
  r.owner_id = 1234567890123;
  r.region_id = "cn-hangzhou";
  r.tag = std::vector<rds::add_tags_to_resource::tag>{{"env", "prod"}, {"team", "db ops/中文"}};
  r.proxy_id = "p-1";
  // The spec writes the item members `key`/`value` and `proxyId` in lower
  // case: lower case sorts after every upper-case name, so proxyId is last
  // and Tag.* comes before Timestamp ('a' < 'i'). ' ' %20, '/' %2F, 中 E4 B8 AD,
  // 文 E6 96 87, ':' %3A.
  check_signed(r, fixed_v2(),
               "AccessKeyId=testid&Action=AddTagsToResource&ClientToken=ETnLKlblzczshOTUbOCz"
               "&DBInstanceId=rm-uf6wjk5xxxxxxx&Format=JSON&OwnerId=1234567890123&RegionId=cn-hangzhou"
               "&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
               "&Tag.1.key=env&Tag.1.value=prod&Tag.2.key=team&Tag.2.value=db%20ops%2F%E4%B8%AD%E6%96%87"
               "&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15&proxyId=p-1",
               "554pKq3vTDpmNbID6czS1FFbZ2w=");  // derived

  // DBInstanceId and RegionId are required in the spec (no '?').
  rds::add_tags_to_resource::request missing;
  missing.region_id = "cn-hangzhou";
  CHECK(error_of(missing) == errc::missing_required_field);
  CHECK(error_of(missing).field() == "DBInstanceId");
}

TEST_CASE("generated DescribeDBInstances: scalars and the spec's ranges, signed V2 (derived)", "[generated][v2]") {
  rds::describe_db_instances::request r;
  r.region_id = "cn-hangzhou";
  r.db_instance_status = "Running";
  r.engine = "MySQL";
  r.page_number = 2;
  r.page_size = 30;
  r.query_auto_renewal = true;
  r.tags = R"({"env":"prod"})";  // a string in the spec, sent as is
  check_signed(r, fixed_v2(),
               "AccessKeyId=testid&Action=DescribeDBInstances&DBInstanceStatus=Running&Engine=MySQL&Format=JSON"
               "&PageNumber=2&PageSize=30&QueryAutoRenewal=true&RegionId=cn-hangzhou&SignatureMethod=HMAC-SHA1"
               "&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
               "&Tags=%7B%22env%22%3A%22prod%22%7D&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15",
               "6VMMQZwCN2r5Vel34GmPjre1+BE=");  // derived

  // main.dara: pageSize minimum=1, maximum=100; maxResults minimum=1, maximum=100.
  r.page_size = 101;
  CHECK(error_of(r) == errc::value_out_of_range);
  CHECK(error_of(r).field() == "PageSize");
  r.page_size = 100;
  CHECK(rdscodec::validate(r));
  r.max_results = 0;
  CHECK(error_of(r).field() == "MaxResults");
}

TEST_CASE("generated CreateDBNodes: shrink json list of objects, signed V2 (derived)", "[generated][v2][json]") {
  rds::create_db_nodes::request r;
  r.db_instance_id = "rm-uf6wjk5xxxxxxx";
  r.db_node = {{"mysql.n2.medium.c", "vsw-1", "cn-hangzhou-h"}, {"mysql.n2.medium.c", std::nullopt, "cn-hangzhou-i"}};
  // DBNode = [{"classCode":"mysql.n2.medium.c","vswitchId":"vsw-1","zoneId":"cn-hangzhou-h"},
  //           {"classCode":"mysql.n2.medium.c","zoneId":"cn-hangzhou-i"}]: members in the
  // spec's order, the unset one left out; '[' %5B, '{' %7B, '"' %22, ':' %3A, ',' %2C.
  check_signed(r, fixed_v2(),
               "AccessKeyId=testid&Action=CreateDBNodes&DBInstanceId=rm-uf6wjk5xxxxxxx"
               "&DBNode=%5B%7B%22classCode%22%3A%22mysql.n2.medium.c%22%2C%22vswitchId%22%3A%22vsw-1%22%2C"
               "%22zoneId%22%3A%22cn-hangzhou-h%22%7D%2C%7B%22classCode%22%3A%22mysql.n2.medium.c%22%2C"
               "%22zoneId%22%3A%22cn-hangzhou-i%22%7D%5D"
               "&Format=JSON&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb"
               "&SignatureVersion=1.0&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15",
               "TM3zbu7Hxd5mNEEUNoSCVhZNMXM=");  // derived

  // classCode and zoneId are required inside a DBNode item (no '?' in main.dara).
  r.db_node[1].zone_id.clear();
  CHECK(error_of(r) == errc::missing_required_field);
  CHECK(error_of(r).field() == "DBNode.2.zoneId");
}

TEST_CASE("generated DescribeRCDisks: a GET operation with a repeatList, signed V2 (derived)", "[generated][v2]") {
  STATIC_REQUIRE(rdscodec::operation_traits<rds::describe_rc_disks::request>::method == "GET");
  rds::describe_rc_disks::request r;
  r.region_id = "cn-beijing";
  r.page_size = 10;
  r.tag = std::vector<rds::describe_rc_disks::tag>{{"app", "web"}};
  auto o = fixed_v2();
  o.method = rdscodec::http_method::get;
  // The string-to-sign starts with "GET&%2F&"; this item's members are Key/Value.
  check_signed(r, o,
               "AccessKeyId=testid&Action=DescribeRCDisks&Format=JSON&PageSize=10&RegionId=cn-beijing"
               "&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
               "&Tag.1.Key=app&Tag.1.Value=web&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15",
               "NT4bj5lE3BI1P2EtkvsA6w/lQ4A=");  // derived
}

TEST_CASE("generated DescribeSQLCollectorRetention: RegionId is a Host field; no SecurityToken member",
          "[generated][v2]") {
  rds::describe_sql_collector_retention::request r;
  r.db_instance_id = "rm-uf6wjk5xxxxxxx";
  r.region_id = "cn-shanghai";
  check_signed(r, fixed_v2(),
               "AccessKeyId=testid&Action=DescribeSQLCollectorRetention&DBInstanceId=rm-uf6wjk5xxxxxxx"
               "&Format=JSON&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb"
               "&SignatureVersion=1.0&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15",
               "vbqSfK95i647u8wGb9qwtylLzwE=");  // derived
  // The spec's SecurityToken field is left out by tools/codegen/overrides.json:
  // the signer sends the STS token of the credentials under that name.
  constexpr auto names = rdscodec::detail::field_names(
      rdscodec::operation_traits<rds::describe_sql_collector_retention::request>::fields);
  STATIC_REQUIRE(names.size() == 7);
  for (auto n : names) CHECK(n != "SecurityToken");
}
