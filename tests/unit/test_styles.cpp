// The request field model beyond plain scalars: repeatList flattening, shrink
// json and simple, float text, Host and Body positions, nested validation.
//
// Expected values come from Alibaba's own tests of the encoding rules
// (aliyun/darabonba-openapi-util: ts/test/client.spec.ts and
// python/tests/test_client.py, cited per case), from ECMAScript's
// Number::toString and JSON.stringify (the TypeScript SDK's serialisers;
// the values are what Node.js prints for them, written down here), and for
// the signed requests from an independent Python signer
// (tests/data/derived/v2_styles.py). None is taken from rdscodec output.
#include <rdscodec/request/query.hpp>
#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/request/sign_v3.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using rdscodec::errc;
using rdscodec::field;
using rdscodec::presence;
using rdscodec::wire_position;
using rdscodec::wire_style;

// ---- test operations --------------------------------------------------------

namespace probe {

// SubGrant of "query should ok" (ts/test/client.spec.ts).
struct sub_grant {
  std::optional<std::string> grant;
  std::optional<std::string> other;
  std::optional<std::int64_t> age;
};

// MyModel of "arrayToStringWithSpecifiedStyle should ok" (ts), the same
// model as TestConvertSubModel in python test_array_to_string_with_specified_style.
struct my_model {
  std::optional<std::string> request_id;
  std::optional<std::int32_t> id;
};

struct item {
  std::string key;                  // required inside the item
  std::optional<std::string> value;
};

struct request {
  std::optional<std::vector<std::string>> csv;             // simple
  std::optional<std::vector<sub_grant>> grants;            // repeat_list of objects
  std::optional<std::vector<std::int64_t>> ids;            // repeat_list of integers, 1..100 each
  std::optional<std::vector<item>> items;                  // repeat_list, required member inside
  std::optional<std::vector<std::vector<std::string>>> lists;  // a list of lists
  std::optional<my_model> model;                           // json object
  std::optional<std::map<std::string, my_model>> model_map;   // json map of objects
  std::optional<std::vector<my_model>> models;             // json list of objects
  std::optional<std::map<std::string, std::map<std::string, std::string>>> nested;  // repeat_list map of maps
  std::optional<std::map<std::string, rdscodec::raw_json>> raw;  // json map<string, any>
  std::optional<double> ratio;                             // plain double
  std::optional<std::vector<std::string>> strs;            // repeat_list of strings
  std::optional<std::map<std::string, std::string>> tag;   // repeat_list map
  std::optional<std::vector<std::string>> names;           // repeat_list, strings of length 1..4
};

}  // namespace probe

template <>
struct rdscodec::object_traits<probe::sub_grant> {
  static constexpr auto fields = std::make_tuple(
      field<&probe::sub_grant::grant>{"Grant", presence::optional},
      field<&probe::sub_grant::other>{"Other", presence::optional},
      field<&probe::sub_grant::age>{"Age", presence::optional});
};
template <>
struct rdscodec::object_traits<probe::my_model> {
  static constexpr auto fields = std::make_tuple(
      field<&probe::my_model::request_id>{"requestId", presence::optional},
      field<&probe::my_model::id>{"id", presence::optional});
};
template <>
struct rdscodec::object_traits<probe::item> {
  static constexpr auto fields = std::make_tuple(
      field<&probe::item::key>{"Key", presence::required},
      field<&probe::item::value>{"Value", presence::optional});
};
template <>
struct rdscodec::operation_traits<probe::request> {
  static constexpr std::string_view action = "StyleProbe";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr auto fields = std::make_tuple(
      field<&probe::request::csv>{"Csv", presence::optional}.with(wire_style::simple),
      field<&probe::request::grants>{"Grants", presence::optional},
      field<&probe::request::ids>{"Ids", presence::optional, 1, 100},
      field<&probe::request::items>{"Items", presence::optional},
      field<&probe::request::lists>{"Lists", presence::optional},
      field<&probe::request::model>{"Model", presence::optional}.with(wire_style::json),
      field<&probe::request::model_map>{"ModelMap", presence::optional}.with(wire_style::json),
      field<&probe::request::models>{"Models", presence::optional}.with(wire_style::json),
      field<&probe::request::names>{"Names", presence::optional}.length(1, 4),
      field<&probe::request::nested>{"Nested", presence::optional},
      field<&probe::request::ratio>{"Ratio", presence::optional},
      field<&probe::request::raw>{"Raw", presence::optional}.with(wire_style::json),
      field<&probe::request::strs>{"Strs", presence::optional},
      field<&probe::request::tag>{"Tag", presence::optional});
};
static_assert(rdscodec::check_operation<probe::request>());
static_assert(!rdscodec::detail::is_flat_operation_v<probe::request>);

// Shaped like AddTagsToResource in the spec: Tag is a repeatList of objects
// whose wire names are lower case (`key`, `value`), and `proxyId` sorts after
// every upper-case name.
namespace add_tags {
struct tag {
  std::optional<std::string> key;
  std::optional<std::string> value;
};
struct request {
  std::optional<std::string> client_token;
  std::string db_instance_id;
  std::optional<std::string> owner_account;
  std::optional<std::int64_t> owner_id;
  std::string region_id;
  std::optional<std::string> resource_owner_account;
  std::optional<std::int64_t> resource_owner_id;
  std::optional<std::vector<tag>> tag_list;
  std::optional<std::string> tags;
  std::optional<std::string> proxy_id;
};
}  // namespace add_tags

template <>
struct rdscodec::object_traits<add_tags::tag> {
  static constexpr auto fields = std::make_tuple(field<&add_tags::tag::key>{"key", presence::optional},
                                                 field<&add_tags::tag::value>{"value", presence::optional});
};
template <>
struct rdscodec::operation_traits<add_tags::request> {
  static constexpr std::string_view action = "AddTagsToResource";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr auto fields = std::make_tuple(
      field<&add_tags::request::client_token>{"ClientToken", presence::optional},
      field<&add_tags::request::db_instance_id>{"DBInstanceId", presence::required},
      field<&add_tags::request::owner_account>{"OwnerAccount", presence::optional},
      field<&add_tags::request::owner_id>{"OwnerId", presence::optional},
      field<&add_tags::request::region_id>{"RegionId", presence::required},
      field<&add_tags::request::resource_owner_account>{"ResourceOwnerAccount", presence::optional},
      field<&add_tags::request::resource_owner_id>{"ResourceOwnerId", presence::optional},
      field<&add_tags::request::tag_list>{"Tag", presence::optional},
      field<&add_tags::request::tags>{"Tags", presence::optional},
      field<&add_tags::request::proxy_id>{"proxyId", presence::optional});
};

// A shrink-json map (ModifyDBInstance.Parameters), a shrink-json object with
// doubles (CreateDBInstance.ServerlessConfig) and a simple list
// (DeleteRCClusterNodes.InstanceIds) in one request.
namespace shrink {
struct serverless {
  std::optional<bool> auto_pause;
  std::optional<double> max_capacity;
  std::optional<double> min_capacity;
  std::optional<bool> switch_force;
};
struct request {
  std::string db_instance_id;
  std::optional<std::vector<std::string>> instance_ids;
  std::optional<std::map<std::string, std::string>> parameters;
  std::string region_id;
  std::optional<serverless> serverless_config;
};
}  // namespace shrink

template <>
struct rdscodec::object_traits<shrink::serverless> {
  static constexpr auto fields = std::make_tuple(
      field<&shrink::serverless::auto_pause>{"AutoPause", presence::optional},
      field<&shrink::serverless::max_capacity>{"MaxCapacity", presence::optional},
      field<&shrink::serverless::min_capacity>{"MinCapacity", presence::optional},
      field<&shrink::serverless::switch_force>{"SwitchForce", presence::optional});
};
template <>
struct rdscodec::operation_traits<shrink::request> {
  static constexpr std::string_view action = "ShrinkProbe";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr auto fields = std::make_tuple(
      field<&shrink::request::db_instance_id>{"DBInstanceId", presence::required},
      field<&shrink::request::instance_ids>{"InstanceIds", presence::optional}.with(wire_style::simple),
      field<&shrink::request::parameters>{"Parameters", presence::optional}.with(wire_style::json),
      field<&shrink::request::region_id>{"RegionId", presence::required},
      field<&shrink::request::serverless_config>{"ServerlessConfig", presence::optional}.with(wire_style::json));
};

// Shaped like ConfirmNotify: both fields in the form body, one shrunk.
namespace confirm {
struct request {
  std::int64_t confirmor = 0;
  std::vector<std::int64_t> notify_id_list;
};
}  // namespace confirm
template <>
struct rdscodec::operation_traits<confirm::request> {
  static constexpr std::string_view action = "ConfirmNotify";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr auto fields = std::make_tuple(
      field<&confirm::request::confirmor>{"Confirmor", presence::required}.with(wire_position::body),
      field<&confirm::request::notify_id_list>{"NotifyIdList", presence::required}
          .with(wire_style::json)
          .with(wire_position::body));
};

// Shaped like DescribeSQLCollectorRetention: RegionId is a Host field, all
// plain scalars (so the compile-time merge still applies).
namespace retention {
struct request {
  std::string db_instance_id;
  std::optional<std::string> region_id;
};
}  // namespace retention
template <>
struct rdscodec::operation_traits<retention::request> {
  static constexpr std::string_view action = "DescribeSQLCollectorRetention";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr auto fields = std::make_tuple(
      field<&retention::request::db_instance_id>{"DBInstanceId", presence::required},
      field<&retention::request::region_id>{"RegionId", presence::optional}.with(wire_position::host));
};
static_assert(rdscodec::detail::is_flat_operation_v<retention::request>);

// All plain scalars, one a double: the compile-time merge path.
namespace flat_number {
struct request {
  std::optional<double> capacity;
};
}  // namespace flat_number
template <>
struct rdscodec::operation_traits<flat_number::request> {
  static constexpr std::string_view action = "FlatNumber";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr auto fields =
      std::make_tuple(field<&flat_number::request::capacity>{"Capacity", presence::optional});
};
static_assert(rdscodec::detail::is_flat_operation_v<flat_number::request>);

// A map of maps whose keys contain '.': two entries can flatten to one name.
namespace clash {
struct request {
  std::map<std::string, std::map<std::string, std::string>> m;
};
}  // namespace clash
template <>
struct rdscodec::operation_traits<clash::request> {
  static constexpr std::string_view action = "Clash";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr auto fields = std::make_tuple(field<&clash::request::m>{"M", presence::required});
};

namespace {

using param_list = std::vector<std::pair<std::string, std::string>>;

// The operation parameters as checked_request emits them: raw (not
// percent-encoded) names and values, in canonical order.
template <class Request>
param_list params_of(const Request& r) {
  rdscodec::detail::checked_request<Request> checked(r);
  REQUIRE(checked.status());
  param_list out;
  auto emit = [&](std::string_view n, std::string_view v, rdscodec::detail::param_place, bool, bool) {
    out.emplace_back(std::string(n), std::string(v));
  };
  checked.emit_operation(emit);
  return out;
}

template <class Request>
rdscodec::error error_of(const Request& r) {
  auto v = rdscodec::validate(r);
  REQUIRE_FALSE(v);
  return v.error();
}

std::string number_text(double v) {
  rdscodec::detail::value_text_buffer buf;
  return std::string(rdscodec::detail::format_value(v, buf));
}

std::string sig_of(const rdscodec::http_request& r) {
  const auto at = r.query.find("&Signature=");
  REQUIRE(at != std::string::npos);
  std::string s = r.query.substr(at + 11);
  // Percent-decode the three characters Base64 can produce that get encoded.
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

const rdscodec::credentials creds("testid", "testsecret");

rdscodec::v2::options fixed_v2() {
  rdscodec::v2::options o;
  o.timestamp = "2023-03-13T08:34:30Z";
  o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  return o;
}

rdscodec::v3::options fixed_v3() {
  rdscodec::v3::options o;
  o.timestamp = "2023-03-13T08:34:30Z";
  o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  return o;
}

std::string signature_of_v3(const rdscodec::http_request& r) {
  const std::string* auth = r.find_header("Authorization");
  REQUIRE(auth != nullptr);
  const auto at = auth->find("Signature=");
  REQUIRE(at != std::string::npos);
  return auth->substr(at + 10);
}

}  // namespace

// ---- repeatList -------------------------------------------------------------

TEST_CASE("repeatList: a list of objects is Name.N.Member", "[styles][repeat_list]") {
  // ts "query should ok": val8: [SubGrant{grant:'test1', other:'test2', age:123}]
  // -> 'val8.1.Grant': 'test1', 'val8.1.Other': 'test2', 'val8.1.Age': '123'.
  probe::request r;
  r.grants = std::vector<probe::sub_grant>{{"test1", "test2", 123}};
  CHECK(params_of(r) == param_list{{"Grants.1.Age", "123"}, {"Grants.1.Grant", "test1"}, {"Grants.1.Other", "test2"}});
}

TEST_CASE("repeatList: lists of scalars, maps, lists of lists", "[styles][repeat_list]") {
  // python test_to_form: {'strs': ['str1', 'str2'], 'tag': {'key': 'value'}}
  // -> 'strs.1=str1&strs.2=str2&tag.key=value'.
  probe::request r;
  r.strs = std::vector<std::string>{"str1", "str2"};
  r.tag = std::map<std::string, std::string>{{"key", "value"}};
  CHECK(params_of(r) == param_list{{"Strs.1", "str1"}, {"Strs.2", "str2"}, {"Tag.key", "value"}});

  // ts "query should ok": val7's 7th item ['substring'] -> 'val7.7.1': 'substring'
  // (a list inside a list numbers both levels); val6.subval5 (a list inside
  // a map) -> 'val6.subval5.1' ...
  probe::request l;
  l.lists = std::vector<std::vector<std::string>>{{"a"}, {}, {"substring", "x"}};
  l.nested = std::map<std::string, std::map<std::string, std::string>>{{"subval", {{"val1", "string"}}}};
  CHECK(params_of(l) == param_list{{"Lists.1.1", "a"},
                                   {"Lists.3.1", "substring"},
                                   {"Lists.3.2", "x"},
                                   {"Nested.subval.val1", "string"}});

  // ts "arrayToStringWithSpecifiedStyle should ok": ['ok','test',2,3] with
  // repeatList -> 'instance.1=ok&&instance.2=test&&instance.3=2&&instance.4=3';
  // numbers are their text ("val4: 1" -> '1', "val5: true" -> 'true' in "query should ok").
  probe::request n;
  n.ids = std::vector<std::int64_t>{2, 3};
  CHECK(params_of(n) == param_list{{"Ids.1", "2"}, {"Ids.2", "3"}});
}

TEST_CASE("repeatList: empty lists and maps, unset members send nothing", "[styles][repeat_list]") {
  // ts "query should ok": val2: undefined, val3: null and subval4: null give no
  // key; an empty list has no item to give one.
  probe::request r;
  r.strs = std::vector<std::string>{};
  r.tag = std::map<std::string, std::string>{};
  r.grants = std::vector<probe::sub_grant>{{std::nullopt, "o", std::nullopt}};
  CHECK(params_of(r) == param_list{{"Grants.1.Other", "o"}});
  // An empty string is a value: sent with an empty value (ts toForm writes
  // every non-null value; String('') is '').
  probe::request e;
  e.strs = std::vector<std::string>{""};
  CHECK(params_of(e) == param_list{{"Strs.1", ""}});
}

TEST_CASE("repeatList: a map key that needs encoding is encoded in the name", "[styles][repeat_list]") {
  // RFC 3986: ' ' is %20, '/' is %2F, 'é' is %C3%A9; '.' '-' '_' '~' stay.
  probe::request r;
  r.tag = std::map<std::string, std::string>{{"a b/é", "v"}, {"x.y-z_~", "w"}};
  auto q = rdscodec::v3::canonical_query(r);
  REQUIRE(q);
  CHECK(*q == "Tag.a%20b%2F%C3%A9=v&Tag.x.y-z_~=w");
  auto s = rdscodec::v2::sign(r, creds, fixed_v2());
  REQUIRE(s);
  CHECK(s->query.find("&Tag.a%20b%2F%C3%A9=v&Tag.x.y-z_~=w&") != std::string::npos);
}

TEST_CASE("repeatList: names sort in byte order, so Tag.10 comes before Tag.2", "[styles][repeat_list]") {
  // The SDKs sort the flattened keys as strings (JavaScript sort(), Python
  // sorted()): "Tag.10.key" < "Tag.2.key" because '1' < '2'.
  add_tags::request r;
  r.db_instance_id = "rm-1";
  r.region_id = "cn-hangzhou";
  std::vector<add_tags::tag> tags;
  for (int i = 1; i <= 10; ++i) tags.push_back({"k" + std::to_string(i), std::nullopt});
  r.tag_list = tags;
  const auto p = params_of(r);
  REQUIRE(p.size() == 12);
  CHECK(p[0].first == "DBInstanceId");
  CHECK(p[1].first == "RegionId");
  CHECK(p[2].first == "Tag.1.key");
  CHECK(p[3].first == "Tag.10.key");
  CHECK(p[4].first == "Tag.2.key");
  CHECK(p[11].first == "Tag.9.key");
}

// ---- shrink json --------------------------------------------------------------

TEST_CASE("json: JSON.stringify text of objects, lists and maps", "[styles][json]") {
  // ts "arrayToStringWithSpecifiedStyle should ok" and python
  // test_array_to_string_with_specified_style:
  //   model           -> '{"requestId":"subTest","id":2}'
  //   [model]         -> '[{"requestId":"subTest","id":2}]'
  //   { model }       -> '{"model":{"requestId":"subTest","id":2}}'
  const probe::my_model m{"subTest", 2};
  probe::request r;
  r.model = m;
  r.models = std::vector<probe::my_model>{m};
  r.model_map = std::map<std::string, probe::my_model>{{"model", m}};
  CHECK(params_of(r) == param_list{{"Model", R"({"requestId":"subTest","id":2})"},
                                   {"ModelMap", R"({"model":{"requestId":"subTest","id":2}})"},
                                   {"Models", R"([{"requestId":"subTest","id":2}])"}});
}

TEST_CASE("json: empty values, unset members, string escapes, raw_json", "[styles][json]") {
  // JSON.stringify([]) is '[]', JSON.stringify({}) is '{}'; toMap() drops
  // undefined members (@darabonba/typescript Model.toMap).
  probe::request r;
  r.models = std::vector<probe::my_model>{};
  r.model_map = std::map<std::string, probe::my_model>{};
  r.model = probe::my_model{std::nullopt, std::nullopt};
  CHECK(params_of(r) == param_list{{"Model", "{}"}, {"ModelMap", "{}"}, {"Models", "[]"}});

  // JSON.stringify(["a\"b\\c/d", "\b\f\n\r\t\u0001\u001f\u007f", "中文 é"]) in Node.js:
  //   ["a\"b\\c/d","\b\f\n\r\t\u0001\u001f<DEL>","中文 é"]
  // (lower-case hex, '/' and DEL and non-ASCII verbatim).
  probe::request s;
  s.model = probe::my_model{std::string("a\"b\\c/d\b\f\n\r\t\x01\x1f\x7f中文 é"), std::nullopt};
  CHECK(params_of(s) == param_list{{"Model", "{\"requestId\":\"a\\\"b\\\\c/d\\b\\f\\n\\r\\t\\u0001\\u001f\x7f中文 é\"}"}});

  // map<string, any> (RunRCCommand.Parameters): raw_json is written as it is.
  probe::request a;
  a.raw = std::map<std::string, rdscodec::raw_json>{{"n", {"[1,{\"x\":null}]"}}, {"s", {"\"v\""}}};
  CHECK(params_of(a) == param_list{{"Raw", R"({"n":[1,{"x":null}],"s":"v"})"}});
}

// ---- shrink simple --------------------------------------------------------------

TEST_CASE("simple: items joined by ','", "[styles][simple]") {
  // ts / python: ['ok','test',2,3] with 'simple' -> 'ok,test,2,3'.
  probe::request r;
  r.csv = std::vector<std::string>{"ok", "test", "2", "3"};
  CHECK(params_of(r) == param_list{{"Csv", "ok,test,2,3"}});
  // [].join(',') is '': the parameter is sent with an empty value.
  probe::request e;
  e.csv = std::vector<std::string>{};
  CHECK(params_of(e) == param_list{{"Csv", ""}});
}

// ---- numbers ------------------------------------------------------------------

TEST_CASE("float and double: ECMAScript Number::toString", "[styles][number]") {
  // Node.js String(x) for each x (ECMA-262 Number::toString, radix 10).
  CHECK(number_text(0.1) == "0.1");
  CHECK(number_text(1.5) == "1.5");
  CHECK(number_text(100) == "100");
  CHECK(number_text(-2.5) == "-2.5");
  CHECK(number_text(0.1 + 0.2) == "0.30000000000000004");
  CHECK(number_text(1.0 / 3) == "0.3333333333333333");
  CHECK(number_text(9007199254740992.0) == "9007199254740992");
  CHECK(number_text(1e20) == "100000000000000000000");  // std::to_chars shortest: "1e+20"
  CHECK(number_text(123456789012345680000.0) == "123456789012345680000");
  CHECK(number_text(1e21) == "1e+21");
  CHECK(number_text(1e300) == "1e+300");
  CHECK(number_text(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(number_text(0.000001) == "0.000001");  // std::to_chars shortest: "1e-06"
  CHECK(number_text(1e-7) == "1e-7");          // std::to_chars shortest: "1e-07"
  CHECK(number_text(-1e-7) == "-1e-7");
  CHECK(number_text(1.2345e-7) == "1.2345e-7");
  CHECK(number_text(123e-20) == "1.23e-18");
  CHECK(number_text(5e-324) == "5e-324");
  CHECK(number_text(-0.0) == "0");
  CHECK(number_text(0.0) == "0");
  // A float keeps its own shortest digits (JavaScript would print the double
  // 0.10000000149011612; it has no float type).
  rdscodec::detail::value_text_buffer buf;
  CHECK(rdscodec::detail::format_value(0.1f, buf) == "0.1");
  CHECK(rdscodec::detail::format_value(3.4028235e38f, buf) == "3.4028235e+38");
}

TEST_CASE("float and double: the text reads back to the same value", "[styles][number]") {
  for (double v : {0.1, 2.0 / 3, 1e-310, 6.02214076e23, -123.456, 4.35, 1e22, 1e-6, 1e-7}) {
    const std::string t = number_text(v);
    CHECK(std::strtod(t.c_str(), nullptr) == v);  // strtod: stod throws on subnormals
  }
  probe::request r;
  r.ratio = 0.5;
  CHECK(params_of(r) == param_list{{"Ratio", "0.5"}});
  // The exponent's '+' is reserved (RFC 3986): it must be encoded on the
  // wire, as the SDKs' encode() (encodeURIComponent) does: "1e%2B21".
  r.ratio = 1e21;
  auto q = rdscodec::v3::canonical_query(r);
  REQUIRE(q);
  CHECK(*q == "Ratio=1e%2B21");
  auto s = rdscodec::v2::sign(r, creds, fixed_v2());
  REQUIRE(s);
  CHECK(s->query.find("&Ratio=1e%2B21&") != std::string::npos);
  flat_number::request f;
  f.capacity = 1e21;
  auto fs = rdscodec::v2::sign(f, creds, fixed_v2());
  REQUIRE(fs);
  CHECK(fs->query.rfind("AccessKeyId=testid&Action=FlatNumber&Capacity=1e%2B21&Format=JSON&", 0) == 0);
  auto fq = rdscodec::v3::canonical_query(f);
  REQUIRE(fq);
  CHECK(*fq == "Capacity=1e%2B21");
  r.ratio = std::nan("");
  CHECK(error_of(r) == errc::value_out_of_range);
  CHECK(error_of(r).field() == "Ratio");
  r.ratio = std::numeric_limits<double>::infinity();
  CHECK(error_of(r) == errc::value_out_of_range);
}

// ---- nested validation ---------------------------------------------------------

TEST_CASE("validation inside lists, maps and objects names the flattened wire name", "[styles][validation]") {
  probe::request r;
  r.items = std::vector<probe::item>{{"a", std::nullopt}, {"", std::string("v")}};
  CHECK(error_of(r) == errc::missing_required_field);
  CHECK(error_of(r).field() == "Items.2.Key");
  CHECK(error_of(r).message() == "Items.2.Key: required field is missing or empty");

  probe::request ids;
  ids.ids = std::vector<std::int64_t>{1, 100, 101};
  CHECK(error_of(ids) == errc::value_out_of_range);
  CHECK(error_of(ids).field() == "Ids.3");

  probe::request len;
  len.names = std::vector<std::string>{"abcd", "中文中文", ""};  // 1..4 UTF-16 units each
  CHECK(error_of(len) == errc::value_out_of_range);
  CHECK(error_of(len).field() == "Names.3");
  len.names = std::vector<std::string>{"\xF0\x9F\x98\x80\xF0\x9F\x98\x80", "abcde"};  // two astral = 4 units
  CHECK(error_of(len).field() == "Names.2");
  // Three astral characters are 12 UTF-8 bytes but 6 UTF-16 units (each a
  // surrogate pair), above the maximum of 4; counting code points would say 3.
  len.names = std::vector<std::string>{"\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"};
  CHECK(error_of(len) == errc::value_out_of_range);
  CHECK(error_of(len).field() == "Names.1");

  probe::request utf;
  utf.tag = std::map<std::string, std::string>{{"k", std::string("ok\xC3", 3)}};
  CHECK(error_of(utf) == errc::invalid_utf8);
  CHECK(error_of(utf).field() == "Tag.k");
  CHECK(error_of(utf).offset() == 2);
  utf.tag = std::map<std::string, std::string>{{std::string("\xFF", 1), "v"}};
  CHECK(error_of(utf) == errc::invalid_parameter_name);
  utf.tag = std::map<std::string, std::string>{{"", "v"}};
  CHECK(error_of(utf) == errc::invalid_parameter_name);
  CHECK(error_of(utf).field() == "Tag.");

  probe::request deep;
  deep.model_map = std::map<std::string, probe::my_model>{{"m", {std::string("\xC0\x80"), 1}}};
  CHECK(error_of(deep) == errc::invalid_utf8);
  CHECK(error_of(deep).field() == "ModelMap.m.requestId");

  probe::request raw;
  raw.raw = std::map<std::string, rdscodec::raw_json>{{"a", {"[1,]"}}};
  CHECK(error_of(raw) == errc::json_syntax);
  CHECK(error_of(raw).field() == "Raw.a");
}

namespace probe {
// Required repeat lists, as the spec has them (ModifyPGHbaConfig.HbaItem,
// CreateGADInstance.UnitNode): an empty one would write no parameter at all,
// which the service reads as a missing one.
struct required_lists {
  std::vector<item> items;
  std::map<std::string, std::string> labels;
  std::vector<std::string> csv;  // simple style: an empty list is still sent, as "Csv="
};
}  // namespace probe

template <>
struct rdscodec::operation_traits<probe::required_lists> {
  static constexpr std::string_view action = "RequiredProbe";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr auto fields = std::make_tuple(
      field<&probe::required_lists::csv>{"Csv", presence::required}.with(wire_style::simple),
      field<&probe::required_lists::items>{"Items", presence::required},
      field<&probe::required_lists::labels>{"Labels", presence::required});
};

TEST_CASE("a required repeat list that writes no parameter is missing", "[styles][validation]") {
  probe::required_lists r;
  r.labels = {{"a", "b"}};
  CHECK(error_of(r) == errc::missing_required_field);
  CHECK(error_of(r).field() == "Items");
  r.items = {probe::item{"k", std::nullopt}};
  CHECK(rdscodec::validate(r));  // Csv empty is fine: simple style sends "Csv="
  r.labels.clear();
  CHECK(error_of(r) == errc::missing_required_field);
  CHECK(error_of(r).field() == "Labels");
}

TEST_CASE("raw_json: the syntax check", "[styles][json]") {
  using rdscodec::detail::is_json_text;
  for (const char* ok : {"0", "-0.5e+3", "\"a\\u00e9\\n\"", "true", "null", "[]", "{}", " [1, {\"a\": [null, false]}] ",
                         "{\"a\":{\"b\":{}}}"})
    CHECK(is_json_text(ok));
  for (const char* bad : {"", "01", "1.", "[1,]", "{\"a\"}", "{\"a\":1,}", "[1 2]", "\"\x01\"", "'a'", "tru", "[", "]",
                          "{} {}", "\"\\x\"", "NaN"})
    CHECK_FALSE(is_json_text(bad));
  CHECK(is_json_text(std::string(64, '[') + std::string(64, ']')));
  CHECK_FALSE(is_json_text(std::string(65, '[') + std::string(65, ']')));
  CHECK_FALSE(is_json_text(std::string(100000, '[')));  // linear, no recursion
}

TEST_CASE("a flattened name that comes out twice is refused", "[styles][validation]") {
  clash::request r;
  r.m = {{"a", {{"b.c", "1"}}}, {"a.b", {{"c", "2"}}}};  // both M.a.b.c
  rdscodec::detail::checked_request<clash::request> checked(r);
  REQUIRE_FALSE(checked.status());
  CHECK(checked.status().error() == errc::duplicate_parameter);
  CHECK(checked.status().error().field() == "M.a.b.c");
  auto s = rdscodec::v2::sign(r, creds, fixed_v2());
  REQUIRE_FALSE(s);
  CHECK(s.error() == errc::duplicate_parameter);
}

// ---- signed requests (V2), expected values from tests/data/derived/v2_styles.py

TEST_CASE("AddTagsToResource shape: Tag.N.key / Tag.N.value, signed V2 (derived)", "[styles][v2]") {
  add_tags::request r;
  r.db_instance_id = "rm-uf6wjk5xxxxxxx";
  r.region_id = "cn-hangzhou";
  r.tag_list = std::vector<add_tags::tag>{{"env", "prod"}, {"team", "db ops/中文"}};
  r.proxy_id = "p-1";
  // By hand: every name in byte order (upper case before lower case, so
  // proxyId is last; "Tag.…" before "Timestamp" as 'a' < 'i'), values
  // RFC 3986-encoded (' ' %20, '/' %2F, 中 E4 B8 AD, 文 E6 96 87, ':' %3A).
  const std::string cq =
      "AccessKeyId=testid&Action=AddTagsToResource&DBInstanceId=rm-uf6wjk5xxxxxxx&Format=JSON"
      "&RegionId=cn-hangzhou&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb"
      "&SignatureVersion=1.0&Tag.1.key=env&Tag.1.value=prod&Tag.2.key=team"
      "&Tag.2.value=db%20ops%2F%E4%B8%AD%E6%96%87&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15"
      "&proxyId=p-1";
  auto q = rdscodec::v2::canonical_query(r, creds, fixed_v2());
  REQUIRE(q);
  CHECK(*q == cq);
  auto s = rdscodec::v2::sign(r, creds, fixed_v2());
  REQUIRE(s);
  CHECK(s->query.substr(0, s->query.find("&Signature=")) == cq);
  CHECK(sig_of(*s) == "+/CR7IlIlW9+cRg3g4b96zziNPI=");  // derived
  CHECK(s->body.empty());

  // The other stage entry points see the same parameters: the string-to-sign
  // straight from the request equals the raw stage applied to `cq` (that
  // stage is checked against the published vectors in test_sign_v2.cpp).
  auto sts = rdscodec::v2::string_to_sign(r, creds, fixed_v2());
  REQUIRE(sts);
  CHECK(*sts == rdscodec::v2::string_to_sign("POST", cq));
  auto t = rdscodec::v2::explain(r, creds, fixed_v2());
  REQUIRE(t);
  CHECK(t->canonical_query == cq);
  CHECK(t->signature == "+/CR7IlIlW9+cRg3g4b96zziNPI=");

  // V3: the same flattened fields are the canonical query (derived: v3_styles.py add_tags).
  auto s3 = rdscodec::v3::sign(r, creds, fixed_v3());
  REQUIRE(s3);
  CHECK(s3->query ==
        "DBInstanceId=rm-uf6wjk5xxxxxxx&RegionId=cn-hangzhou&Tag.1.key=env&Tag.1.value=prod&Tag.2.key=team"
        "&Tag.2.value=db%20ops%2F%E4%B8%AD%E6%96%87&proxyId=p-1");
  CHECK(signature_of_v3(*s3) == "c840646dc729ca7298a6dc1104280f247c7522e188e503d8b471a1fcfbdb170b");  // derived
}

TEST_CASE("shrink json map, json object with doubles, simple list, signed V2 (derived)", "[styles][v2]") {
  shrink::request r;
  r.db_instance_id = "rm-uf6wjk5xxxxxxx";
  r.region_id = "cn-hangzhou";
  r.instance_ids = std::vector<std::string>{"rc-1", "rc-2"};
  r.parameters = std::map<std::string, std::string>{{"max_connections", "100"}, {"sql_mode", "STRICT \"A\""}};
  r.serverless_config = shrink::serverless{true, 8.0, 0.5, std::nullopt};
  // By hand: InstanceIds = "rc-1,rc-2"; Parameters =
  // {"max_connections":"100","sql_mode":"STRICT \"A\""}; ServerlessConfig =
  // {"AutoPause":true,"MaxCapacity":8,"MinCapacity":0.5} (8.0 is "8" in
  // JavaScript, SwitchForce unset is left out); then encoded: { %7B, } %7D,
  // " %22, : %3A, , %2C, \ %5C, space %20.
  const std::string cq =
      "AccessKeyId=testid&Action=ShrinkProbe&DBInstanceId=rm-uf6wjk5xxxxxxx&Format=JSON"
      "&InstanceIds=rc-1%2Crc-2"
      "&Parameters=%7B%22max_connections%22%3A%22100%22%2C%22sql_mode%22%3A%22STRICT%20%5C%22A%5C%22%22%7D"
      "&RegionId=cn-hangzhou"
      "&ServerlessConfig=%7B%22AutoPause%22%3Atrue%2C%22MaxCapacity%22%3A8%2C%22MinCapacity%22%3A0.5%7D"
      "&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
      "&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15";
  auto q = rdscodec::v2::canonical_query(r, creds, fixed_v2());
  REQUIRE(q);
  CHECK(*q == cq);
  auto s = rdscodec::v2::sign(r, creds, fixed_v2());
  REQUIRE(s);
  CHECK(sig_of(*s) == "LfokkV+82jB7ZI/7c0QS/0hzl8U=");  // derived
}

// ---- positions -------------------------------------------------------------------

TEST_CASE("Body fields travel in the form body, V2 and V3 (ConfirmNotify shape)", "[styles][body]") {
  confirm::request r;
  r.confirmor = 123456;
  r.notify_id_list = {1, 2};
  // V2: the body holds the operation fields, the query the common ones; the
  // signature covers both (derived: v2_styles.py confirm_notify).
  auto s = rdscodec::v2::sign(r, creds, fixed_v2());
  REQUIRE(s);
  CHECK(s->body == "Confirmor=123456&NotifyIdList=%5B1%2C2%5D");
  CHECK(s->query.find("Confirmor") == std::string::npos);
  CHECK(sig_of(*s) == "VIcAqn0LMR6vv/udZihydrHVwKs=");  // derived
  const std::string* ct = s->find_header("Content-Type");
  REQUIRE(ct != nullptr);
  CHECK(*ct == "application/x-www-form-urlencoded");

  // V3: the same body, hashed, with content-type signed; no query
  // (derived: v3_styles.py confirm_notify).
  auto o3 = fixed_v3();
  auto s3 = rdscodec::v3::sign(r, creds, o3);
  REQUIRE(s3);
  CHECK(s3->body == "Confirmor=123456&NotifyIdList=%5B1%2C2%5D");
  CHECK(s3->query.empty());
  CHECK(signature_of_v3(*s3) == "3ff91c4e7acafcf6af21dbe394bc636d014fce6dd22a32e34e423bd5ca677561");  // derived
  const std::string* auth = s3->find_header("Authorization");
  REQUIRE(auth != nullptr);
  CHECK(auth->find("SignedHeaders=content-type;host;") != std::string::npos);
  auto cq3 = rdscodec::v3::canonical_query(r);
  REQUIRE(cq3);
  CHECK(cq3->empty());

  // A body cannot travel with GET, nor next to a raw body.
  auto get = fixed_v2();
  get.method = rdscodec::http_method::get;
  auto g = rdscodec::v2::sign(r, creds, get);
  REQUIRE_FALSE(g);
  CHECK(g.error() == errc::invalid_option);
  CHECK(g.error().field() == "method");
  o3.body = "{}";
  o3.content_type = "application/json";
  auto b = rdscodec::v3::sign(r, creds, o3);
  REQUIRE_FALSE(b);
  CHECK(b.error() == errc::invalid_option);
}

TEST_CASE("a Host field picks the endpoint and is not sent (DescribeSQLCollectorRetention shape)", "[styles][host]") {
  // The TypeScript SDK's DescribeSQLCollectorRetentionRequest has no RegionId
  // member at all, and the Java async SDK passes it with putHostParameter.
  retention::request r;
  r.db_instance_id = "rm-1";
  r.region_id = "eu-central-1";
  auto s = rdscodec::v2::sign(r, creds, fixed_v2());
  REQUIRE(s);
  CHECK(s->host == "rds.eu-central-1.aliyuncs.com");
  CHECK(s->query.find("RegionId") == std::string::npos);
  CHECK(s->query.rfind("AccessKeyId=testid&Action=DescribeSQLCollectorRetention&DBInstanceId=rm-1&Format=JSON&", 0) == 0);
  rdscodec::v3::options o3;
  auto s3 = rdscodec::v3::sign(r, creds, o3);
  REQUIRE(s3);
  CHECK(s3->host == "rds.eu-central-1.aliyuncs.com");
  CHECK(s3->query == "DBInstanceId=rm-1");

  // The same region in the options is fine; another one contradicts the request.
  auto same = fixed_v2();
  same.region = "eu-central-1";
  CHECK(rdscodec::v2::sign(r, creds, same));
  auto other = fixed_v2();
  other.region = "cn-beijing";
  auto bad = rdscodec::v2::sign(r, creds, other);
  REQUIRE_FALSE(bad);
  CHECK(bad.error() == errc::invalid_option);
  // An explicit endpoint wins, as it does over options::region.
  auto ep = fixed_v2();
  ep.endpoint = "127.0.0.1:8080";
  auto e = rdscodec::v2::sign(r, creds, ep);
  REQUIRE(e);
  CHECK(e->host == "127.0.0.1:8080");
  // Unset: the options decide.
  r.region_id.reset();
  auto u = rdscodec::v2::sign(r, creds, other);
  REQUIRE(u);
  CHECK(u->host == "rds.aliyuncs.com");  // cn-beijing is served by the central endpoint
  // Not a region.
  r.region_id = "EU central";
  CHECK(error_of(r) == errc::invalid_region);
  CHECK(error_of(r).field() == "RegionId");
}
