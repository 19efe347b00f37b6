// Server-side decode_request() for every field kind the encoder writes:
// repeatList flattening, shrink json and simple, maps, nested objects,
// floats, raw_json, Body and Host positions; and every malformed input
// refused with the error the gateway gives, naming the wire parameter.
//
// The wire forms decoded here are the ones Alibaba's own tests assert for
// the encoding rules (aliyun/darabonba-openapi-util: ts/test/client.spec.ts
// "query should ok", "toForm", "arrayToStringWithSpecifiedStyle should ok";
// python/tests/test_client.py, cited per case; test_styles.cpp checks the
// encoder against the same ones). The round trips compare with a walk over
// the field declarations written here, not with rdscodec's own decoder.
#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/request/sign_v3.hpp>
#include <rdscodec/server/server_request.hpp>

#include <rdscodec/rds/add_tags_to_resource.hpp>
#include <rdscodec/rds/attach_rc_instances.hpp>
#include <rdscodec/rds/confirm_notify.hpp>
#include <rdscodec/rds/create_db_nodes.hpp>
#include <rdscodec/rds/describe_rc_available_resource.hpp>
#include <rdscodec/rds/describe_rc_disks.hpp>
#include <rdscodec/rds/modify_db_instance.hpp>
#include <rdscodec/rds/modify_sql_collector_retention.hpp>
#include <rdscodec/rds/run_rc_command.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

using rdscodec::field;
using rdscodec::parameter;
using rdscodec::presence;
using rdscodec::wire_style;

namespace dprobe {

// SubGrant of ts "query should ok".
struct sub_grant {
  std::optional<std::string> grant;
  std::optional<std::string> other;
  std::optional<std::int64_t> age;
};
// MyModel of ts "arrayToStringWithSpecifiedStyle should ok".
struct my_model {
  std::optional<std::string> request_id;
  std::optional<std::int32_t> id;
};
struct request {
  std::optional<std::vector<std::string>> csv;
  std::optional<std::vector<sub_grant>> grants;
  std::optional<std::vector<std::vector<std::string>>> lists;
  std::optional<my_model> model;
  std::optional<std::map<std::string, my_model>> model_map;
  std::optional<std::vector<my_model>> models;
  std::optional<std::map<std::string, std::map<std::string, std::string>>> nested;
  std::optional<std::map<std::string, rdscodec::raw_json>> raw;
  std::optional<std::vector<std::string>> strs;
  std::optional<std::map<std::string, std::string>> tag;
};

}  // namespace dprobe

template <>
struct rdscodec::object_traits<dprobe::sub_grant> {
  static constexpr auto fields = std::make_tuple(field<&dprobe::sub_grant::grant>{"Grant", presence::optional},
                                                 field<&dprobe::sub_grant::other>{"Other", presence::optional},
                                                 field<&dprobe::sub_grant::age>{"Age", presence::optional});
};
template <>
struct rdscodec::object_traits<dprobe::my_model> {
  static constexpr auto fields = std::make_tuple(field<&dprobe::my_model::request_id>{"requestId", presence::optional},
                                                 field<&dprobe::my_model::id>{"id", presence::optional});
};
template <>
struct rdscodec::operation_traits<dprobe::request> {
  static constexpr std::string_view action = "DecodeProbe";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr auto fields = std::make_tuple(
      field<&dprobe::request::csv>{"Csv", presence::optional}.with(wire_style::simple),
      field<&dprobe::request::grants>{"Grants", presence::optional},
      field<&dprobe::request::lists>{"Lists", presence::optional},
      field<&dprobe::request::model>{"Model", presence::optional}.with(wire_style::json),
      field<&dprobe::request::model_map>{"ModelMap", presence::optional}.with(wire_style::json),
      field<&dprobe::request::models>{"Models", presence::optional}.with(wire_style::json),
      field<&dprobe::request::nested>{"Nested", presence::optional},
      field<&dprobe::request::raw>{"Raw", presence::optional}.with(wire_style::json),
      field<&dprobe::request::strs>{"Strs", presence::optional},
      field<&dprobe::request::tag>{"Tag", presence::optional});
};

// An item whose members are all required numbers and booleans: it always writes
// parameters, so a gap before it comes from no encoder (a review finding: such a
// gap decoded to an item of 0 and false instead of being refused).
namespace rprobe {
struct item {
  std::int32_t priority = 0;
  bool flag = false;
};
struct request {
  std::vector<item> items;
};
}  // namespace rprobe

template <>
struct rdscodec::object_traits<rprobe::item> {
  static constexpr auto fields = std::make_tuple(field<&rprobe::item::flag>{"Flag", presence::required},
                                                 field<&rprobe::item::priority>{"Priority", presence::required});
};
template <>
struct rdscodec::operation_traits<rprobe::request> {
  static constexpr std::string_view action = "RequiredProbe";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr auto fields = std::make_tuple(field<&rprobe::request::items>{"Items", presence::required});
};

namespace {

// ---- an independent walk: fill every field, compare two values ----

/// A string for a field: three characters with a quote, a space and a
/// non-ASCII one (so JSON escaping and percent-encoding are exercised), cut
/// or padded to the declared length (no ',' so a simple list splits back).
template <class Fd>
std::string text_for(const Fd& fd, int seed) {
  std::string s = "q\"" + std::to_string(seed) + " \xC3\xA9";
  std::size_t len = 5;  // UTF-16 units of the above for a one-digit seed
  while (len < fd.min_length) {
    s += 'x';
    ++len;
  }
  if (fd.max_length < len) s.assign(std::max<std::size_t>(fd.max_length, fd.min_length), 'y');
  return s;
}

template <class Fd, class V>
void fill(const Fd& fd, V& v, int seed);

template <class Tuple, class Object>
void fill_fields(const Tuple& fields, Object& obj, int seed) {
  rdscodec::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& f) {
          using f_t = std::decay_t<decltype(f)>;
          auto& m = obj.*(f_t::member);
          if constexpr (f_t::is_optional_member)
            fill(f, m.emplace(), ++seed);
          else
            fill(f, m, ++seed);
        };
        (one(fd), ...);
      },
      fields);
}

template <class Fd, class V>
void fill(const Fd& fd, V& v, int seed) {
  using namespace rdscodec::detail;
  if constexpr (std::is_same_v<V, std::string>) {
    v = fd.position == rdscodec::wire_position::host ? std::string("cn-hangzhou") : text_for(fd, seed % 10);
  } else if constexpr (std::is_same_v<V, bool>) {
    v = seed % 2 == 0;
  } else if constexpr (value_kind_of_v<V> == value_kind::integer) {
    v = static_cast<V>(fd.has_range() ? (fd.min > 0 ? fd.min : (fd.max < 7 ? fd.max : 7)) : 1000 + seed);
  } else if constexpr (value_kind_of_v<V> == value_kind::floating) {
    v = static_cast<V>(fd.has_range() ? static_cast<double>(fd.min) : 0.1 + seed);  // 0.1 + n has no short binary form
  } else if constexpr (std::is_same_v<V, rdscodec::raw_json>) {
    v.text = "{\"a\":[1,2.5,\"x\"],\"b\":null}";
  } else if constexpr (value_kind_of_v<V> == value_kind::list) {
    v.resize(2);
    for (auto& e : v) fill(fd, e, ++seed);
  } else if constexpr (value_kind_of_v<V> == value_kind::map) {
    fill(fd, v["k1"], ++seed);
    fill(fd, v["k-2"], ++seed);
  } else {
    fill_fields(rdscodec::object_traits<V>::fields, v, seed);
  }
}

template <class V>
bool same(const V& a, const V& b);

template <class Tuple, class Object>
bool same_fields(const Tuple& fields, const Object& a, const Object& b, bool skip_host) {
  bool eq = true;
  rdscodec::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& f) {
          using f_t = std::decay_t<decltype(f)>;
          if (skip_host && f.position == rdscodec::wire_position::host) return;
          if (!same(a.*(f_t::member), b.*(f_t::member))) {
            UNSCOPED_INFO("differs: " << f.name);
            eq = false;
          }
        };
        (one(fd), ...);
      },
      fields);
  return eq;
}

template <class V>
bool same(const V& a, const V& b) {
  using namespace rdscodec::detail;
  if constexpr (optional_inner<V>::is_optional) {
    if (a.has_value() != b.has_value()) return false;
    return !a.has_value() || same(*a, *b);
  } else if constexpr (std::is_same_v<V, rdscodec::raw_json>) {
    return a.text == b.text;
  } else if constexpr (value_kind_of_v<V> == value_kind::list) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same(a[i], b[i])) return false;
    return true;
  } else if constexpr (value_kind_of_v<V> == value_kind::map) {
    if (a.size() != b.size()) return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
      if (i->first != j->first || !same(i->second, j->second)) return false;
    return true;
  } else if constexpr (value_kind_of_v<V> == value_kind::object) {
    return same_fields(rdscodec::object_traits<V>::fields, a, b, false);
  } else {
    return a == b;
  }
}

const rdscodec::credentials creds("testid", "testsecret");

/// Signs `req` (V2 or V3, fields in the query or a form body), receives it
/// as a server would and decodes it back.
template <class Request>
rdscodec::server_result<Request> through_the_wire(const Request& req, int way) {
  rdscodec::http_request http;
  rdscodec::result<void> signed_ok;
  if (way < 2) {
    rdscodec::v2::options o;
    o.timestamp = "2023-03-13T08:34:30Z";
    o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
    if (way == 1) o.fields = rdscodec::placement::form;
    signed_ok = rdscodec::v2::sign(req, creds, o, http);
  } else {
    rdscodec::v3::options o;
    o.timestamp = "2023-03-13T08:34:30Z";
    o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
    if (way == 3) o.fields = rdscodec::placement::form;
    signed_ok = rdscodec::v3::sign(req, creds, o, http);
  }
  REQUIRE(signed_ok);
  auto params = rdscodec::parse_parameters(rdscodec::view_of(http));
  REQUIRE(params);
  return rdscodec::decode_request<Request>(*params);
}

template <class Request>
void round_trip_every_field() {
  Request req{};
  fill_fields(rdscodec::operation_traits<Request>::fields, req, 0);
  REQUIRE(rdscodec::validate(req));
  for (int way = 0; way < 4; ++way) {
    INFO("way " << way << " (0: V2 query, 1: V2 form, 2: V3 query, 3: V3 form)");
    auto back = through_the_wire(req, way);
    if (!back) FAIL(back.error().code << ": " << back.error().message);
    CHECK(same_fields(rdscodec::operation_traits<Request>::fields, req, *back, true));
  }
}

rdscodec::server_result<dprobe::request> decode_probe(std::vector<parameter> p) {
  return rdscodec::decode_request<dprobe::request>(p);
}

template <class Request>
void expect_error(std::vector<parameter> p, const char* code, const std::string& quoted_name,
                  const rdscodec::decode_limits& limits = {}) {
  auto r = rdscodec::decode_request<Request>(p, limits);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == code);
  CHECK(r.error().http_status == 400);
  INFO(r.error().message);
  CHECK(r.error().message.find("\"" + quoted_name + "\"") != std::string::npos);
}

}  // namespace

// ---- Alibaba's wire forms, decoded ----------------------------------------------

TEST_CASE("decode_request: repeatList forms from darabonba-openapi-util decode", "[server][decode]") {
  // ts "query should ok": 'val8.1.Grant': 'test1', 'val8.1.Other': 'test2', 'val8.1.Age': '123'
  // is [SubGrant{grant:'test1', other:'test2', age:123}].
  auto g = decode_probe({{"Grants.1.Grant", "test1"}, {"Grants.1.Other", "test2"}, {"Grants.1.Age", "123"}});
  REQUIRE(g);
  REQUIRE(g->grants);
  REQUIRE(g->grants->size() == 1);
  CHECK((*g->grants)[0].grant == std::optional<std::string>("test1"));
  CHECK((*g->grants)[0].other == std::optional<std::string>("test2"));
  CHECK((*g->grants)[0].age == std::optional<std::int64_t>(123));

  // python test_to_form: 'strs.1=str1&strs.2=str2&tag.key=value' is
  // {'strs': ['str1', 'str2'], 'tag': {'key': 'value'}}; the order of
  // arrival does not matter.
  auto s = decode_probe({{"Tag.key", "value"}, {"Strs.2", "str2"}, {"Strs.1", "str1"}});
  REQUIRE(s);
  CHECK(s->strs == std::optional<std::vector<std::string>>(std::vector<std::string>{"str1", "str2"}));
  CHECK(s->tag == std::optional<std::map<std::string, std::string>>(std::map<std::string, std::string>{{"key", "value"}}));

  // ts "query should ok": a list inside a list numbers both levels
  // ('val7.7.1': 'substring'), a list inside a map is 'val6.subval5.1'.
  auto l = decode_probe({{"Lists.1.1", "a"}, {"Lists.2.1", "substring"}, {"Lists.2.2", "x"},
                         {"Nested.subval.val1", "string"}});
  REQUIRE(l);
  CHECK(l->lists == std::optional<std::vector<std::vector<std::string>>>(std::vector<std::vector<std::string>>{{"a"}, {"substring", "x"}}));
  REQUIRE(l->nested);
  CHECK(l->nested->at("subval").at("val1") == "string");

  // A map of scalars takes the whole rest as its key, dots included (the
  // encoder writes `Tag.x.y-z_~` for the key "x.y-z_~", test_styles.cpp).
  auto k = decode_probe({{"Tag.x.y-z_~", "w"}});
  REQUIRE(k);
  CHECK(k->tag == std::optional<std::map<std::string, std::string>>(std::map<std::string, std::string>{{"x.y-z_~", "w"}}));

  // Items past 9 sort before 2 on the wire ("Tag.10" < "Tag.2"); they are
  // numbered, not ordered.
  std::vector<parameter> ten;
  for (int i = 1; i <= 10; ++i) ten.push_back({"Strs." + std::to_string(i), "s" + std::to_string(i)});
  std::sort(ten.begin(), ten.end(), [](const parameter& a, const parameter& b) { return a.name < b.name; });
  auto t = decode_probe(ten);
  REQUIRE(t);
  REQUIRE(t->strs->size() == 10);
  CHECK((*t->strs)[1] == "s2");
  CHECK((*t->strs)[9] == "s10");
}

TEST_CASE("decode_request: shrink json and simple forms from darabonba-openapi-util decode", "[server][decode]") {
  // ts "arrayToStringWithSpecifiedStyle should ok" / python
  // test_array_to_string_with_specified_style, style json:
  //   '{"requestId":"subTest","id":2}', '[{...}]', '{"model":{...}}'.
  auto j = decode_probe({{"Model", R"({"requestId":"subTest","id":2})"},
                         {"Models", R"([{"requestId":"subTest","id":2}])"},
                         {"ModelMap", R"({"model":{"requestId":"subTest","id":2}})"}});
  REQUIRE(j);
  CHECK(j->model->request_id == std::optional<std::string>("subTest"));
  CHECK(j->model->id == std::optional<std::int32_t>(2));
  REQUIRE(j->models->size() == 1);
  CHECK((*j->models)[0].id == std::optional<std::int32_t>(2));
  CHECK(j->model_map->at("model").request_id == std::optional<std::string>("subTest"));

  // JSON.stringify escapes come back: "a\"b\\c/d\n\u0001" and a \u escape of é.
  auto e = decode_probe({{"Model", R"({"requestId":"a\"b\\c/d\n\u0001\u00e9"})"}});
  REQUIRE(e);
  CHECK(e->model->request_id == std::optional<std::string>("a\"b\\c/d\n\x01\xC3\xA9"));

  // Empty values: '[]', '{}'.
  auto z = decode_probe({{"Models", "[]"}, {"ModelMap", "{}"}, {"Model", "{}"}});
  REQUIRE(z);
  CHECK(z->models->empty());
  CHECK(z->model_map->empty());
  CHECK_FALSE(z->model->id);

  // map<string, any>: each value's JSON text as it was sent.
  auto r = decode_probe({{"Raw", R"({"n":[1,{"x":null}],"s":"v","t":true})"}});
  REQUIRE(r);
  CHECK(r->raw->at("n").text == R"([1,{"x":null}])");
  CHECK(r->raw->at("s").text == R"("v")");
  CHECK(r->raw->at("t").text == "true");

  // style simple: ['ok','test',2,3] -> 'ok,test,2,3'; [].join(',') is ''.
  auto c = decode_probe({{"Csv", "ok,test,2,3"}});
  REQUIRE(c);
  CHECK(c->csv == std::optional<std::vector<std::string>>(std::vector<std::string>{"ok", "test", "2", "3"}));
  auto c0 = decode_probe({{"Csv", ""}});
  REQUIRE(c0);
  CHECK(c0->csv == std::optional<std::vector<std::string>>(std::vector<std::string>{}));
}

// ---- generated operations, every field set, through the wire ------------------

TEST_CASE("decode_request: generated operations round-trip with every field set", "[server][decode]") {
  SECTION("AddTagsToResource: repeatList Tag.N.key / Tag.N.value (lower case)") {
    round_trip_every_field<rdscodec::rds::add_tags_to_resource::request>();
  }
  SECTION("CreateDBNodes: shrink json list of objects") {
    round_trip_every_field<rdscodec::rds::create_db_nodes::request>();
  }
  SECTION("DescribeRCDisks: repeatList of objects, a ranged PageSize") {
    round_trip_every_field<rdscodec::rds::describe_rc_disks::request>();
  }
  SECTION("ModifyDBInstance: shrink json map and json list of objects") {
    round_trip_every_field<rdscodec::rds::modify_db_instance::request>();
  }
  SECTION("RunRCCommand: json map of raw_json, repeatList, simple") {
    round_trip_every_field<rdscodec::rds::run_rc_command::request>();
  }
  SECTION("DescribeRCAvailableResource: a float") {
    round_trip_every_field<rdscodec::rds::describe_rc_available_resource::request>();
  }
  SECTION("AttachRCInstances: shrink simple") {
    round_trip_every_field<rdscodec::rds::attach_rc_instances::request>();
  }
  SECTION("ConfirmNotify: Body position, json list of integers") {
    round_trip_every_field<rdscodec::rds::confirm_notify::request>();
  }
  SECTION("ModifySQLCollectorRetention: a Host field is not a parameter") {
    round_trip_every_field<rdscodec::rds::modify_sql_collector_retention::request>();
  }
}

TEST_CASE("decode_request: a Host field stays unset and is never missing", "[server][decode]") {
  using op = rdscodec::rds::modify_sql_collector_retention::request;
  auto r = rdscodec::decode_request<op>({{"ConfigValue", "30"}, {"DBInstanceId", "rm-1"}});
  REQUIRE(r);
  CHECK_FALSE(r->region_id);
}

// ---- malformed inputs: each refused, naming the parameter ------------------------

TEST_CASE("decode_request: malformed repeatList names", "[server][decode]") {
  using op = rdscodec::rds::add_tags_to_resource::request;
  const std::vector<parameter> base = {{"DBInstanceId", "rm-1"}, {"RegionId", "cn-hangzhou"}};
  auto with = [&](std::vector<parameter> extra) {
    std::vector<parameter> p = base;
    p.insert(p.end(), extra.begin(), extra.end());
    return p;
  };
  auto ok = rdscodec::decode_request<op>(with({{"Tag.1.key", "k"}, {"Tag.1.value", "v"}, {"Tag.2.key", "k2"}}));
  REQUIRE(ok);
  REQUIRE(ok->tag->size() == 2);
  CHECK((*ok->tag)[1].key == std::optional<std::string>("k2"));
  CHECK_FALSE((*ok->tag)[1].value);

  // A gap: an item with no member set writes no parameter, and encoders
  // number items by position. The official TypeScript SDK 15.4.0 (its
  // flatMap) signs Tag=[{Key:a},{},{Key:c}] as Tag.1.Key=a&Tag.3.Key=c
  // (case CreateGADInstance/v3/0 of tests/protocol/cases-v3.json), and
  // rdscodec's encoder writes the same: the gap is an empty item.
  {
    op r;
    r.db_instance_id = "rm-1";
    r.region_id = "cn-hangzhou";
    r.tag.emplace(3);
    (*r.tag)[0].key = "a";
    (*r.tag)[2].key = "c";
    auto q = rdscodec::v3::canonical_query(r);
    REQUIRE(q);
    CHECK(*q == "DBInstanceId=rm-1&RegionId=cn-hangzhou&Tag.1.key=a&Tag.3.key=c");
  }
  auto gap = rdscodec::decode_request<op>(with({{"Tag.1.key", "a"}, {"Tag.3.key", "c"}}));
  REQUIRE(gap);
  REQUIRE(gap->tag->size() == 3);
  CHECK((*gap->tag)[0].key == std::optional<std::string>("a"));
  CHECK_FALSE((*gap->tag)[1].key);
  CHECK_FALSE((*gap->tag)[1].value);
  CHECK((*gap->tag)[2].key == std::optional<std::string>("c"));
  auto lead = rdscodec::decode_request<op>(with({{"Tag.2.key", "b"}}));
  REQUIRE(lead);
  REQUIRE(lead->tag->size() == 2);
  CHECK_FALSE((*lead->tag)[0].key);
  CHECK((*lead->tag)[1].key == std::optional<std::string>("b"));
  // An index is bounded by the list's limit, not by what was sent.
  expect_error<op>(with({{"Tag.1001.key", "a"}}), "InvalidParameter", "Tag.1001.key");
  {
    rdscodec::decode_limits three;
    three.max_list_items = 3;
    expect_error<op>(with({{"Tag.4.key", "a"}}), "InvalidParameter", "Tag.4.key", three);
    CHECK(rdscodec::decode_request<op>(with({{"Tag.3.key", "a"}}), three));
  }
  // Index 0, a leading zero, huge, signed, not a number, empty.
  expect_error<op>(with({{"Tag.0.key", "a"}}), "InvalidParameter", "Tag.0.key");
  expect_error<op>(with({{"Tag.01.key", "a"}}), "InvalidParameter", "Tag.01.key");
  expect_error<op>(with({{"Tag.99999999999.key", "a"}}), "InvalidParameter", "Tag.99999999999.key");
  expect_error<op>(with({{"Tag.99999999999999999999999.key", "a"}}), "InvalidParameter",
                   "Tag.99999999999999999999999.key");
  expect_error<op>(with({{"Tag.-1.key", "a"}}), "InvalidParameter", "Tag.-1.key");
  expect_error<op>(with({{"Tag.x.key", "a"}}), "InvalidParameter", "Tag.x.key");
  expect_error<op>(with({{"Tag..key", "a"}}), "InvalidParameter", "Tag..key");
  // The list itself, an item without a member, a name past a leaf.
  expect_error<op>(with({{"Tag.1", "a"}}), "InvalidParameter", "Tag.1");
  expect_error<op>(with({{"Tag.", "a"}}), "InvalidParameter", "Tag.");
  expect_error<op>(with({{"Tag.1.key.more", "a"}}), "UnsupportedParameter", "Tag.1.key.more");
  // Member names are exact: the spec's `key`, not `Key`.
  expect_error<op>(with({{"Tag.1.Key", "a"}}), "UnsupportedParameter", "Tag.1.Key");
  // The same parameter twice.
  expect_error<op>(with({{"Tag.1.key", "a"}, {"Tag.1.key", "b"}}), "InvalidParameter", "Tag.1.key");
  // Too many items (the limit is the list's, whatever the parameter count):
  // the first index past it is named.
  std::vector<parameter> many;
  for (int i = 1; i <= 4; ++i) many.push_back({"Tag." + std::to_string(i) + ".key", "k"});
  rdscodec::decode_limits three;
  three.max_list_items = 3;
  expect_error<op>(with(many), "InvalidParameter", "Tag.4.key", three);
  CHECK(rdscodec::decode_request<op>(with(many)));
}

TEST_CASE("decode_request: list gaps only where an item can write nothing, and few empty items", "[server][decode]") {
  using op = dprobe::request;
  // Strings always write a parameter: a gap in Strs comes from no encoder.
  expect_error<op>({{"Strs.1", "a"}, {"Strs.3", "c"}}, "InvalidParameter", "Strs.3");
  expect_error<op>({{"Strs.2", "b"}}, "InvalidParameter", "Strs.2");
  // Objects and lists may: Grants.3 and Lists.3 make two empty items each.
  auto ok = rdscodec::decode_request<op>({{"Grants.3.Grant", "g"}, {"Lists.3.1", "x"}});
  REQUIRE(ok);
  CHECK(ok->grants->size() == 3);
  CHECK(ok->lists->size() == 3);
  CHECK((*ok->lists)[0].empty());
  // The empty items of one request are at most max_list_items in all.
  rdscodec::decode_limits three;
  three.max_list_items = 3;
  CHECK(rdscodec::decode_request<op>({{"Grants.3.Grant", "g"}}, three));
  expect_error<op>({{"Grants.3.Grant", "g"}, {"Lists.3.1", "x"}}, "InvalidParameter", "Lists", three);
}

TEST_CASE("decode_request: no gap before an item with a required member", "[server][decode]") {
  using op = rprobe::request;
  auto ok = rdscodec::decode_request<op>({{"Items.1.Priority", "5"}, {"Items.1.Flag", "true"}});
  REQUIRE(ok);
  CHECK(ok->items.size() == 1);
  expect_error<op>({{"Items.1.Priority", "5"}, {"Items.1.Flag", "true"}, {"Items.3.Priority", "7"}, {"Items.3.Flag", "false"}},
                   "InvalidParameter", "Items.3.Flag");
  expect_error<op>({{"Items.2.Priority", "5"}, {"Items.2.Flag", "true"}}, "InvalidParameter", "Items.2.Flag");
  expect_error<op>({{"Items.1.Flag", "true"}}, "MissingParameter", "Items.1.Priority");
}

TEST_CASE("decode_request: a required member inside an item, ranges, numbers", "[server][decode]") {
  // CreateDBNodes' DBNode items require classCode and zoneId.
  using nodes = rdscodec::rds::create_db_nodes::request;
  const std::vector<parameter> id = {{"DBInstanceId", "rm-1"}};
  auto with = [&](std::string json) {
    std::vector<parameter> p = id;
    p.push_back({"DBNode", std::move(json)});
    return p;
  };
  auto ok = rdscodec::decode_request<nodes>(with(R"([{"classCode":"c","zoneId":"z"},{"zoneId":"y","classCode":"d","vswitchId":"v"}])"));
  REQUIRE(ok);
  REQUIRE(ok->db_node.size() == 2);
  CHECK(ok->db_node[1].class_code == "d");
  CHECK(ok->db_node[1].vswitch_id == std::optional<std::string>("v"));

  expect_error<nodes>(id, "MissingParameter", "DBNode");
  expect_error<nodes>(with(R"([{"classCode":"c"}])"), "InvalidParameter", "DBNode");            // zoneId missing
  expect_error<nodes>(with(R"([{"classCode":"c","zoneId":"z"},)"), "InvalidParameter", "DBNode");  // bad JSON
  expect_error<nodes>(with(R"({"classCode":"c","zoneId":"z"})"), "InvalidParameter", "DBNode");   // not a list
  expect_error<nodes>(with(R"([{"classCode":1,"zoneId":"z"}])"), "InvalidParameter", "DBNode");  // a number for a string
  expect_error<nodes>(with(R"([{"classCode":null,"zoneId":"z"}])"), "InvalidParameter", "DBNode");
  expect_error<nodes>(with(R"([{"classCode":"c","zoneId":"z","other":1}])"), "InvalidParameter", "DBNode");
  expect_error<nodes>(with(R"([{"classCode":"c","classCode":"d","zoneId":"z"}])"), "InvalidParameter", "DBNode");
  expect_error<nodes>(with(R"([{"classCode":"c","zoneId":"z"}] x)"), "InvalidParameter", "DBNode");
  expect_error<nodes>(with(std::string(40, '[') + std::string(40, ']')), "InvalidParameter", "DBNode");  // depth
  expect_error<nodes>(with(std::string(100000, '[')), "InvalidParameter", "DBNode");
  expect_error<nodes>(with(""), "InvalidParameter", "DBNode");
  expect_error<nodes>(with(R"([{"classCode":"","zoneId":"z"}])"), "MissingParameter", "DBNode.1.classCode");
  std::string big = "[";
  for (int i = 0; i < 1001; ++i) big += std::string(i ? "," : "") + R"({"classCode":"c","zoneId":"z"})";
  expect_error<nodes>(with(big + "]"), "InvalidParameter", "DBNode");

  // ConfirmNotify's NotifyIdList is a json list of int64.
  using notify = rdscodec::rds::confirm_notify::request;
  auto n = rdscodec::decode_request<notify>({{"Confirmor", "1"}, {"NotifyIdList", "[1, 9007199254740993]"}});
  REQUIRE(n);
  CHECK(n->notify_id_list == std::vector<std::int64_t>{1, 9007199254740993});  // beyond a double's 2^53, exact
  expect_error<notify>({{"Confirmor", "1"}, {"NotifyIdList", "[1.5]"}}, "InvalidParameter", "NotifyIdList");
  expect_error<notify>({{"Confirmor", "1"}, {"NotifyIdList", "[\"1\"]"}}, "InvalidParameter", "NotifyIdList");
  expect_error<notify>({{"Confirmor", "1"}, {"NotifyIdList", "[99999999999999999999]"}}, "InvalidParameter",
                       "NotifyIdList");

  // DescribeRCDisks.PageSize is 1..100 (the spec's maximum and minimum).
  using disks = rdscodec::rds::describe_rc_disks::request;
  expect_error<disks>({{"RegionId", "cn-hangzhou"}, {"PageSize", "101"}}, "InvalidParameter", "PageSize");
  expect_error<disks>({{"RegionId", "cn-hangzhou"}, {"PageSize", "0"}}, "InvalidParameter", "PageSize");
  CHECK(rdscodec::decode_request<disks>({{"RegionId", "cn-hangzhou"}, {"PageSize", "100"}}));

  // DescribeRCAvailableResource.Memory is the spec's float, a C++ double (as the SDK's JS number).
  using res = rdscodec::rds::describe_rc_available_resource::request;
  const std::vector<parameter> need = {{"DestinationResource", "InstanceType"}, {"RegionId", "cn-hangzhou"}};
  auto mem = [&](std::string v) {
    std::vector<parameter> p = need;
    p.push_back({"Memory", std::move(v)});
    return p;
  };
  auto m = rdscodec::decode_request<res>(mem("0.5"));
  REQUIRE(m);
  CHECK(m->memory == std::optional<double>(0.5));
  expect_error<res>(mem("abc"), "InvalidParameter", "Memory");
  expect_error<res>(mem("1e309"), "InvalidParameter", "Memory");  // beyond DBL_MAX (1.7976931348623157e308)
  expect_error<res>(mem("nan"), "InvalidParameter", "Memory");
  expect_error<res>(mem(" 1"), "InvalidParameter", "Memory");
}

TEST_CASE("decode_request: an empty list index is not a number, and is never read past", "[server][decode]") {
  // "Tag..Key": the index segment between the two dots is empty. It is no
  // decimal number from 1, so the message must say that (reading the first
  // byte of the empty segment was undefined behaviour, and said "beyond the
  // items sent").
  using tags = rdscodec::rds::add_tags_to_resource::request;
  auto r = rdscodec::decode_request<tags>({{"DBInstanceId", "rm-1"}, {"RegionId", "cn-hangzhou"}, {"Tag..key", "k"}});
  REQUIRE_FALSE(r);
  CHECK(r.error().code == "InvalidParameter");
  INFO(r.error().message);
  CHECK(r.error().message.find("not a decimal number") != std::string::npos);
  CHECK(r.error().message.find("\"Tag..key\"") != std::string::npos);
}

TEST_CASE("decode_request: maps and simple lists, malformed", "[server][decode]") {
  using mod = rdscodec::rds::modify_db_instance::request;
  const std::vector<parameter> id = {{"DBInstanceId", "rm-1"}};
  auto with = [&](std::string name, std::string v) {
    std::vector<parameter> p = id;
    p.push_back({std::move(name), std::move(v)});
    return p;
  };
  auto ok = rdscodec::decode_request<mod>(with("Parameters", R"({"max_connections":"100","a.b":"x"})"));
  REQUIRE(ok);
  CHECK(ok->parameters->at("a.b") == "x");
  expect_error<mod>(with("Parameters", R"({"a":"1","a":"2"})"), "InvalidParameter", "Parameters");
  expect_error<mod>(with("Parameters", R"({"a":1})"), "InvalidParameter", "Parameters");
  expect_error<mod>(with("Parameters", R"(["a"])"), "InvalidParameter", "Parameters");
  // A json-style field is one parameter: a flattened name is no field.
  expect_error<mod>(with("Parameters.a", "1"), "UnsupportedParameter", "Parameters.a");
  expect_error<mod>(with("DBNodes.1.role", "x"), "UnsupportedParameter", "DBNodes.1.role");

  using attach = rdscodec::rds::attach_rc_instances::request;
  auto a = rdscodec::decode_request<attach>({{"InstanceIds", "i-1,,i-3"}});
  REQUIRE(a);
  CHECK(a->instance_ids == std::vector<std::string>{"i-1", "", "i-3"});
  std::string many = "i";
  for (int i = 0; i < 1000; ++i) many += ",i";
  expect_error<attach>({{"InstanceIds", many}}, "InvalidParameter", "InstanceIds");
  expect_error<attach>({}, "MissingParameter", "InstanceIds");
}

TEST_CASE("decode_request: many parameters decode in n log n, not n^2", "[server][decode][linear]") {
  // 20,000 list items arriving in reverse: with a quadratic grouping this
  // would be 4e8 steps; the grouping sorts once per level.
  using op = rdscodec::rds::add_tags_to_resource::request;
  std::vector<parameter> p = {{"DBInstanceId", "rm-1"}, {"RegionId", "cn-hangzhou"}};
  constexpr int n = 20000;
  for (int i = n; i >= 1; --i) p.push_back({"Tag." + std::to_string(i) + ".key", "k"});
  rdscodec::decode_limits l;
  l.max_list_items = n;
  auto r = rdscodec::decode_request<op>(p, l);
  REQUIRE(r);
  CHECK(r->tag->size() == static_cast<std::size_t>(n));
}
