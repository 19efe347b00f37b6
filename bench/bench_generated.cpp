// Generated operations at the same ratios: a large request signed and a
// 30-item page decoded, each against a floor on the same bytes.
//
// Signing: CreateDBInstance with all 62 fields set (a JSON-valued object with
// doubles, a repeat list, Unicode and reserved characters; the request of
// tests/derived_requests.hpp), V2 and V3 with fixed inputs. Floors: the bare
// hashing of the exact bytes an independent signer wrote for that request
// (tests/data/derived/generated_full.json, id create_db_instance: the V2
// string-to-sign; the V3 canonical request and string-to-sign), with the
// pre-keyed OpenSSL contexts of the CancelImport floors. Each measure checks
// its signature against that file.
//
// Parsing: a DescribeDBInstances page of 30 items, about 50 members each
// (tests/data/responses/describe_db_instances_30.json / .xml, written from the
// published example by tests/data/derived/describe_db_instances_page.py),
// decoded into a kept response. Floors extract every value of the same
// document with bare simdjson on-demand (every string unescaped and copied
// into a kept std::string, every number and boolean read) and bare pugixml
// (parsed in place, every element's text copied likewise): the work of
// getting the same fields out, without mapping them onto a struct.
#include "bench_support.hpp"
#include "../tests/derived_requests.hpp"

#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/request/sign_v3.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/response/response.hpp>

#include <pugixml.hpp>
#include <simdjson.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec_bench {
namespace {

constexpr const char* floor_v2 = "floor/sign_v2/create_db_instance/hmac_sha1_prekeyed";
constexpr const char* floor_v3 = "floor/sign_v3/create_db_instance/sha256_hmac_sha256_prekeyed";
constexpr const char* floor_json = "floor/parse_json/describe_db_instances_30/simdjson_every_value";
constexpr const char* floor_xml = "floor/parse_xml/describe_db_instances_30/pugixml_every_value";
constexpr const char* json_file = "responses/describe_db_instances_30.json";
constexpr const char* xml_file = "responses/describe_db_instances_30.xml";

/// What generated_full.py wrote for CreateDBInstance.
struct derived_case {
  std::string method, v2_string_to_sign, v2_signature, v3_canonical_request, v3_string_to_sign, v3_authorization;
  bool loaded = false;
};

const derived_case& create_db_instance_case() {
  static const derived_case c = [] {
    derived_case out;
    const std::string text = read_data_file("derived/generated_full.json");
    simdjson::dom::parser parser;
    simdjson::dom::array cases;
    if (text.empty() || parser.parse(text).get_array().get(cases) != simdjson::SUCCESS) return out;
    for (simdjson::dom::element e : cases) {
      std::string_view id;
      if (e["id"].get_string().get(id) != simdjson::SUCCESS || id != "create_db_instance") continue;
      auto take = [&](const char* key, std::string& into) {
        std::string_view v;
        if (e["expected"][key].get_string().get(v) != simdjson::SUCCESS) return false;
        into = std::string(v);
        return true;
      };
      out.loaded = take("method", out.method) && take("v2_string_to_sign", out.v2_string_to_sign) &&
                   take("v2_signature", out.v2_signature) &&
                   take("v3_canonical_request", out.v3_canonical_request) &&
                   take("v3_string_to_sign", out.v3_string_to_sign) && take("v3_authorization", out.v3_authorization);
    }
    if (!out.loaded) std::fprintf(stderr, "rdscodec_bench: no create_db_instance case in derived/generated_full.json\n");
    return out;
  }();
  return c;
}

const rdscodec::credentials& creds() {
  static const rdscodec::credentials c("testid", "testsecret");  // generated_full.py's key pair
  return c;
}

template <class Options>
Options fixed_inputs() {
  Options o;
  o.timestamp = "2023-03-13T08:34:30Z";
  o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  o.method = create_db_instance_case().method == "GET" ? rdscodec::http_method::get : rdscodec::http_method::post;
  return o;
}

std::string query_value(std::string_view query, std::string_view name) {
  const std::string key = "&" + std::string(name) + "=";
  const std::string q = "&" + std::string(query);
  const std::size_t at = q.find(key);
  if (at == std::string::npos) return {};
  const std::size_t start = at + key.size();
  return q.substr(start, q.find('&', start) - start);
}

void sign_v2(benchmark::State& state) {
  describe(state, floor_v2, true);
  const derived_case& c = create_db_instance_case();
  if (!expect_true(state, "derived/generated_full.json loaded", c.loaded)) return;
  static const auto req = rdscodec_test::create_db_instance_every_field();
  const auto opts = fixed_inputs<rdscodec::v2::options>();
  rdscodec::http_request out;
  auto check = [&] {
    return expect_equal(state, "V2 CreateDBInstance Signature",
                        reference_percent_decode(query_value(out.query, "Signature")), c.v2_signature);
  };
  if (!expect_true(state, "V2 sign() succeeds", bool(rdscodec::v2::sign(req, creds(), opts, out))) || !check()) return;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    ok &= bool(rdscodec::v2::sign(req, creds(), opts, out));
    benchmark::DoNotOptimize(out.query.data());
    benchmark::ClobberMemory();
  }
  meter.report(state);
  if (!ok) fail(state, "V2 sign() in the timed loop", "an error", "success");
  check();
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.v2_string_to_sign.size()));
  state.SetItemsProcessed(state.iterations());
}

void sign_v3(benchmark::State& state) {
  describe(state, floor_v3, true);
  const derived_case& c = create_db_instance_case();
  if (!expect_true(state, "derived/generated_full.json loaded", c.loaded)) return;
  static const auto req = rdscodec_test::create_db_instance_every_field();
  const auto opts = fixed_inputs<rdscodec::v3::options>();
  rdscodec::http_request out;
  auto check = [&] {
    const std::string* auth = out.find_header("Authorization");
    return expect_equal(state, "V3 CreateDBInstance Authorization", auth != nullptr ? *auth : "", c.v3_authorization);
  };
  if (!expect_true(state, "V3 sign() succeeds", bool(rdscodec::v3::sign(req, creds(), opts, out))) || !check()) return;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    ok &= bool(rdscodec::v3::sign(req, creds(), opts, out));
    benchmark::DoNotOptimize(out.headers.data());
    benchmark::ClobberMemory();
  }
  meter.report(state);
  if (!ok) fail(state, "V3 sign() in the timed loop", "an error", "success");
  check();
  state.SetBytesProcessed(static_cast<std::int64_t>(
      state.iterations() * (c.v3_canonical_request.size() + c.v3_string_to_sign.size())));
  state.SetItemsProcessed(state.iterations());
}

void floor_sign_v2(benchmark::State& state) {
  describe(state, {}, false);
  const derived_case& c = create_db_instance_case();
  if (!expect_true(state, "derived/generated_full.json loaded", c.loaded)) return;
  prekeyed_hmac h("SHA1", "testsecret&");
  unsigned char mac[EVP_MAX_MD_SIZE];
  std::size_t n = 0;
  if (!expect_true(state, "OpenSSL HMAC-SHA1 prepared", h.ok && h.compute(c.v2_string_to_sign, mac, &n))) return;
  if (!expect_equal(state, "floor V2 CreateDBInstance signature", base64(mac, n), c.v2_signature)) return;
  const std::string_view sts = c.v2_string_to_sign;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    ok &= h.compute(sts, mac, &n);
    benchmark::DoNotOptimize(mac);
  }
  meter.report(state);
  if (!ok) fail(state, "floor V2 HMAC in the timed loop", "an OpenSSL call failed", "success");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * sts.size()));
  state.SetItemsProcessed(state.iterations());
}

void floor_sign_v3(benchmark::State& state) {
  describe(state, {}, false);
  const derived_case& c = create_db_instance_case();
  if (!expect_true(state, "derived/generated_full.json loaded", c.loaded)) return;
  kept_digest sha("SHA256");
  prekeyed_hmac h("SHA256", "testsecret");
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int dn = 0;
  unsigned char mac[EVP_MAX_MD_SIZE];
  std::size_t mn = 0;
  if (!expect_true(state, "OpenSSL SHA-256 and HMAC-SHA256 prepared",
                   sha.ok && h.ok && sha.compute(c.v3_canonical_request, digest, &dn) &&
                       h.compute(c.v3_string_to_sign, mac, &mn)))
    return;
  if (!expect_equal(state, "floor V3 CreateDBInstance string-to-sign", "ACS3-HMAC-SHA256\n" + hex(digest, dn),
                    c.v3_string_to_sign))
    return;
  const std::string_view cr = c.v3_canonical_request;
  const std::string_view sts = c.v3_string_to_sign;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    ok &= sha.compute(cr, digest, &dn);
    benchmark::DoNotOptimize(digest);
    ok &= h.compute(sts, mac, &mn);
    benchmark::DoNotOptimize(mac);
  }
  meter.report(state);
  if (!ok) fail(state, "floor V3 in the timed loop", "an OpenSSL call failed", "success");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * (cr.size() + sts.size())));
  state.SetItemsProcessed(state.iterations());
}

// ---- parsing ----

using page_op = rdscodec::rds::describe_db_instances::request;

/// The facts describe_db_instances_page.py states: 30 items, the last one
/// rm-bench29 with DBInstanceMemory 4096 + 29.
bool page_decoded(const rdscodec::rds::describe_db_instances::response& r) {
  if (!r.items || r.items->db_instance.size() != 30) return false;
  const auto& last = r.items->db_instance.back();
  return last.db_instance_id == std::optional<std::string>("rm-bench29") &&
         last.db_instance_memory == std::optional<std::int32_t>(4125) &&
         r.page_record_count == std::optional<std::int32_t>(30);
}

void parse_page(benchmark::State& state, const char* file, rdscodec::response_format format, const char* floor) {
  describe(state, floor, true);
  const std::string body = read_data_file(file);
  if (!expect_true(state, std::string(file) + " readable", !body.empty())) return;
  rdscodec::response_parser parser;                        // kept: reuses its buffers
  rdscodec::rds::describe_db_instances::response response;  // kept: reuses its strings and items
  auto step = [&] {
    const auto r = parser.parse_into<page_op>(200, body, response, format);
    benchmark::DoNotOptimize(response.items);
    return bool(r) && page_decoded(response);
  };
  if (!expect_true(state, std::string(file) + ": 30 items, the last rm-bench29 / 4125", step())) return;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) ok &= step();
  meter.report(state);
  if (!ok) fail(state, std::string(file) + " in the timed loop", "a different outcome", "the checked one");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body.size()));
  state.SetItemsProcessed(state.iterations());
}

/// Kept string slots the floors copy values into (capacity reused).
struct slots {
  std::vector<std::string> s;
  std::size_t used = 0;
  void put(std::string_view v) {
    if (used == s.size()) s.emplace_back();
    s[used++].assign(v.data(), v.size());
  }
};

simdjson::error_code walk_json(simdjson::ondemand::value v, slots& out, std::int64_t& numbers) {
  simdjson::ondemand::json_type t;
  if (auto e = v.type().get(t)) return e;
  switch (t) {
    case simdjson::ondemand::json_type::object: {
      simdjson::ondemand::object o;
      if (auto e = v.get_object().get(o)) return e;
      for (auto field : o) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key)) return e;
        simdjson::ondemand::value child;
        if (auto e = field.value().get(child)) return e;
        if (auto e = walk_json(child, out, numbers)) return e;
      }
      return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::array: {
      simdjson::ondemand::array a;
      if (auto e = v.get_array().get(a)) return e;
      for (auto item : a) {
        simdjson::ondemand::value child;
        if (auto e = item.get(child)) return e;
        if (auto e = walk_json(child, out, numbers)) return e;
      }
      return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::string: {
      std::string_view s;
      if (auto e = v.get_string().get(s)) return e;
      out.put(s);
      return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::number: {
      std::int64_t i = 0;
      if (auto e = v.get_int64().get(i)) return e;
      numbers += i;
      return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::boolean: {
      bool b = false;
      if (auto e = v.get_bool().get(b)) return e;
      numbers += b ? 1 : 0;
      return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::null:
      return simdjson::SUCCESS;
  }
  return simdjson::INCORRECT_TYPE;
}

void floor_parse_json(benchmark::State& state) {
  describe(state, {}, false);
  const std::string body = read_data_file(json_file);
  if (!expect_true(state, std::string(json_file) + " readable", !body.empty())) return;
  const simdjson::padded_string doc(body);
  simdjson::ondemand::parser parser;
  slots out;
  std::int64_t numbers = 0;
  auto step = [&] {
    out.used = 0;
    numbers = 0;
    simdjson::ondemand::document d;
    if (parser.iterate(doc).get(d) != simdjson::SUCCESS) return false;
    simdjson::ondemand::value root;
    return d.get_value().get(root) == simdjson::SUCCESS && walk_json(root, out, numbers) == simdjson::SUCCESS;
  };
  if (!expect_true(state, "simdjson walk succeeds", step())) return;
  // 30 items' DBInstanceId among the strings: rm-bench29 is the last item's.
  bool seen = false;
  for (std::size_t i = 0; i < out.used; ++i) seen |= out.s[i] == "rm-bench29";
  if (!expect_true(state, "simdjson walk saw rm-bench29", seen)) return;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    ok &= step();
    benchmark::DoNotOptimize(numbers);
  }
  meter.report(state);
  if (!ok) fail(state, "simdjson walk in the timed loop", "an error", "success");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body.size()));
  state.SetItemsProcessed(state.iterations());
}

void walk_xml(const pugi::xml_node& n, slots& out) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out.put(c.value());
    } else if (c.type() == pugi::node_element) {
      walk_xml(c, out);
    }
  }
}

void floor_parse_xml(benchmark::State& state) {
  describe(state, {}, false);
  const std::string body = read_data_file(xml_file);
  if (!expect_true(state, std::string(xml_file) + " readable", !body.empty())) return;
  pugi::xml_document doc;
  std::string buf;
  slots out;
  auto step = [&] {
    out.used = 0;
    buf.assign(body);
    if (!doc.load_buffer_inplace(&buf[0], buf.size(), pugi::parse_default, pugi::encoding_utf8)) return false;
    walk_xml(doc, out);
    return true;
  };
  if (!expect_true(state, "pugixml walk succeeds", step())) return;
  bool seen = false;
  for (std::size_t i = 0; i < out.used; ++i) seen |= out.s[i] == "rm-bench29";
  if (!expect_true(state, "pugixml walk saw rm-bench29", seen)) return;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    ok &= step();
    benchmark::DoNotOptimize(out.used);
  }
  meter.report(state);
  if (!ok) fail(state, "pugixml walk in the timed loop", "an error", "success");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body.size()));
  state.SetItemsProcessed(state.iterations());
}

}  // namespace

void register_generated_benchmarks() {
  benchmark::RegisterBenchmark("rdscodec/sign_v2/create_db_instance/every_field", sign_v2);
  benchmark::RegisterBenchmark(floor_v2, floor_sign_v2);
  benchmark::RegisterBenchmark("rdscodec/sign_v3/create_db_instance/every_field", sign_v3);
  benchmark::RegisterBenchmark(floor_v3, floor_sign_v3);
  benchmark::RegisterBenchmark("rdscodec/parse_json/describe_db_instances_30", [](benchmark::State& s) {
    parse_page(s, json_file, rdscodec::response_format::json, floor_json);
  });
  benchmark::RegisterBenchmark(floor_json, floor_parse_json);
  benchmark::RegisterBenchmark("rdscodec/parse_xml/describe_db_instances_30", [](benchmark::State& s) {
    parse_page(s, xml_file, rdscodec::response_format::xml, floor_xml);
  });
  benchmark::RegisterBenchmark(floor_xml, floor_parse_xml);
}

}  // namespace rdscodec_bench
