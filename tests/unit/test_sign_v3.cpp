#include <rdscodec/request/sign_v3.hpp>
#include <rdscodec/rds/cancel_import.hpp>

#include "../vectors.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>

using rdscodec::errc;
using rdscodec::http_method;
namespace v3 = rdscodec::v3;

namespace {

std::vector<rdscodec::parameter> params_of(const rdscodec_test::vector_case& v) {
  std::vector<rdscodec::parameter> out;
  for (const auto& [name, value] : v.params) out.push_back({name, value});
  return out;
}

std::vector<rdscodec::http_header> headers_of(const rdscodec_test::vector_case& v) {
  std::vector<rdscodec::http_header> out;
  for (const auto& [name, value] : v.headers) out.push_back({name, value});
  return out;
}

std::string method_of(const rdscodec_test::vector_case& v) {
  const auto m = v.inputs.at("method");
  return m.rfind("(nil", 0) == 0 ? std::string() : m;  // "(nil -> '')": the SDK test passes no method
}

}  // namespace

TEST_CASE("every V3 vector, stage by stage, through the raw stage API", "[v3][vectors]") {
  for (const auto& v : rdscodec_test::load_vectors("signing-v3.json")) {
    DYNAMIC_SECTION(v.id) {
      auto cq = rdscodec::canonical_query(params_of(v));
      REQUIRE(cq);
      std::string payload = rdscodec_test::get(v.inputs, "payload_hash").value_or("");
      if (payload.empty()) {  // hash the given body
        auto h = rdscodec::digest(rdscodec::digest_algorithm::sha256, v.inputs.at("body"));
        payload = std::string(rdscodec::hex_encode(*h).view());
      }
      const std::string uri = rdscodec_test::get(v.inputs, "canonical_uri").value_or("");
      const auto cr = v3::canonical_request(method_of(v), uri, *cq, headers_of(v), payload);
      const auto expected_cr = rdscodec_test::get(v.expected, "canonical_request");
      CHECK(cr.text == expected_cr.value_or(v.intermediate.at("canonical_request")));
      if (auto e = rdscodec_test::get(v.intermediate, "hashed_request_payload")) CHECK(payload == *e);

      auto sts = v3::string_to_sign(v3::algorithm::acs3_hmac_sha256, cr.text);
      REQUIRE(sts);
      const auto hashed = rdscodec_test::get(v.expected, "hashed_canonical_request")
                              .value_or(rdscodec_test::get(v.intermediate, "hashed_canonical_request").value_or(""));
      CHECK(*sts == "ACS3-HMAC-SHA256\n" + hashed);
      if (auto e = rdscodec_test::get(v.expected, "string_to_sign")) CHECK(*sts == *e);

      rdscodec::credentials creds(v.inputs.at("access_key_id"), v.inputs.at("access_key_secret"));
      auto sig = v3::signature(creds, v3::algorithm::acs3_hmac_sha256, *sts);
      REQUIRE(sig);
      if (auto e = rdscodec_test::get(v.expected, "signature")) CHECK(sig->view() == *e);
      CHECK(v3::authorization(v3::algorithm::acs3_hmac_sha256, creds.access_key_id(), cr.signed_headers,
                              sig->view()) == v.expected.at("authorization"));
    }
  }
}

TEST_CASE("the documentation's V3 example through generic_request and sign()", "[v3][vectors]") {
  const auto vectors = rdscodec_test::load_vectors("signing-v3.json");
  const auto& v = vectors.at(0);
  REQUIRE(v.id == "v3-doc-runinstances");
  std::map<std::string, std::string> h(v.headers.begin(), v.headers.end());
  rdscodec::generic_request req{h.at("x-acs-action"), h.at("x-acs-version"), params_of(v)};
  rdscodec::credentials creds(v.inputs.at("access_key_id"), v.inputs.at("access_key_secret"));
  v3::options opts;
  REQUIRE(v.inputs.at("method") == "POST");
  opts.endpoint = h.at("host");
  opts.timestamp = h.at("x-acs-date");
  opts.nonce = h.at("x-acs-signature-nonce");

  auto cr = v3::canonical_request(req, creds, opts);
  REQUIRE(cr);
  CHECK(*cr == v.expected.at("canonical_request"));
  auto sts = v3::string_to_sign(opts.alg, *cr);
  CHECK(*sts == v.expected.at("string_to_sign"));
  CHECK(v3::signature(creds, opts.alg, *sts)->view() == v.expected.at("signature"));

  auto out = v3::sign(req, creds, opts);
  REQUIRE(out);
  REQUIRE(out->find_header("Authorization") != nullptr);
  CHECK(*out->find_header("Authorization") == v.expected.at("authorization"));
  // The query line (third line) of the documentation's own canonical request.
  const std::string& doc_cr = v.expected.at("canonical_request");
  const auto q_begin = doc_cr.find('\n', doc_cr.find('\n') + 1) + 1;
  const std::string doc_query = doc_cr.substr(q_begin, doc_cr.find('\n', q_begin) - q_begin);
  REQUIRE(doc_query == "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai");
  CHECK(out->url() == "https://" + h.at("host") + "/?" + doc_query);
  CHECK(out->body.empty());
  for (const auto& [name, value] : v.headers) {
    REQUIRE(out->find_header(name) != nullptr);
    CHECK(*out->find_header(name) == value);
  }

  auto trace = v3::explain(req, creds, opts);
  REQUIRE(trace);
  CHECK(trace->canonical_request == v.expected.at("canonical_request"));
  CHECK(trace->hashed_canonical_request == v.expected.at("hashed_canonical_request"));
  CHECK(trace->string_to_sign == v.expected.at("string_to_sign"));
  CHECK(trace->signature == v.expected.at("signature"));
  CHECK(trace->authorization == v.expected.at("authorization"));
  CHECK(trace->request.url() == out->url());
}

// ---- CancelImport -------------------------------------------------------------
//
// Expected values: tests/data/derived/v3_cancel_import.json, written by an
// independent Python signer (tests/data/derived/v3_cancel_import.py: urllib
// quote, hashlib, hmac), which also reproduces the documentation vector.

namespace {

rdscodec::cancel_import_request api_reference_example() {
  rdscodec::cancel_import_request r;
  r.db_instance_id = "rm-uf6wjk5xxxxxxx";
  r.import_id = 8562584;
  return r;
}

v3::options fixed_options() {
  v3::options o;
  o.timestamp = "2023-10-26T10:22:32Z";
  o.nonce = "3156853299f313e23d1673dc12e1703d";
  return o;
}

}  // namespace

TEST_CASE("CancelImport V3: every derived case", "[v3][cancel_import]") {
  static const rdscodec::credentials creds("testid", "testsecret");
  static const rdscodec::credentials sts_creds("testid", "testsecret", "CAIS/token+with=reserved");
  static const auto req = api_reference_example();
  static const rdscodec::cancel_import_request unicode_req = [] {
    auto r = api_reference_example();
    r.owner_account = "中文 a+b*~/=&";
    r.resource_group_id = "";
    return r;
  }();
  static const rdscodec::generic_request json_req{"RunInstances", "2014-05-26", {{"RegionId", "cn-shanghai"}}};
  auto with = [](auto f) {
    auto o = fixed_options();
    f(o);
    return o;
  };
  struct setup {
    v3::options opts;
    const rdscodec::credentials* creds;
    int which;  // 0: CancelImport, 1: Unicode CancelImport, 2: generic JSON-body request
  };
  const std::map<std::string, setup> setups = {
      {"post", {fixed_options(), &creds, 0}},
      {"get", {with([](auto& o) { o.method = http_method::get; }), &creds, 0}},
      {"sts", {fixed_options(), &sts_creds, 0}},
      {"unicode", {fixed_options(), &creds, 1}},
      {"form", {with([](auto& o) { o.fields = rdscodec::placement::form; }), &creds, 0}},
      {"sm3", {with([](auto& o) { o.alg = v3::algorithm::acs3_hmac_sm3; }), &creds, 0}},
      {"sm3_content_sm3", {with([](auto& o) {
                             o.alg = v3::algorithm::acs3_hmac_sm3;
                             o.sm3_header = v3::sm3_payload_header::x_acs_content_sm3;
                           }),
                           &creds, 0}},
      {"json", {with([](auto& o) {
                  o.endpoint = "ecs.cn-shanghai.aliyuncs.com";
                  o.body = R"({"Tag":[{"Key":"k","Value":"v"}]})";
                  o.content_type = "application/json";
                }),
                &creds, 2}},
  };
  const auto cases = rdscodec_test::load_cases("derived/v3_cancel_import.json");
  CHECK(cases.size() == setups.size());
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.id) {
      const auto& s = setups.at(c.id);
      auto run = [&](auto const& r) {
        auto cr = v3::canonical_request(r, *s.creds, s.opts);
        REQUIRE(cr);
        CHECK(*cr == c.expected.at("canonical_request"));
        auto sts = v3::string_to_sign(s.opts.alg, *cr);
        REQUIRE(sts);
        CHECK(*sts == c.expected.at("string_to_sign"));
        CHECK(v3::signature(*s.creds, s.opts.alg, *sts)->view() == c.expected.at("signature"));
        auto out = v3::sign(r, *s.creds, s.opts);
        REQUIRE(out);
        CHECK(*out->find_header("Authorization") == c.expected.at("authorization"));
        CHECK(out->method == s.opts.method);
        // The wire query is the canonical query: the third line of the canonical request.
        const auto& text = c.expected.at("canonical_request");
        const auto l1 = text.find('\n'), l2 = text.find('\n', l1 + 1), l3 = text.find('\n', l2 + 1);
        CHECK(out->query == text.substr(l2 + 1, l3 - l2 - 1));
      };
      if (s.which == 0) run(req);
      if (s.which == 1) run(unicode_req);
      if (s.which == 2) run(json_req);
    }
  }
}

TEST_CASE("CancelImport V3: headers, their order and the request shape", "[v3][cancel_import]") {
  const rdscodec::credentials creds("testid", "testsecret");
  auto names_of = [](const rdscodec::http_request& r) {
    std::string s;
    for (const auto& h : r.headers) s += h.name + ";";
    return s;
  };
  auto post = v3::sign(api_reference_example(), creds, fixed_options());
  REQUIRE(post);
  CHECK(names_of(*post) ==
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version;Authorization;");
  CHECK(*post->find_header("host") == "rds.aliyuncs.com");
  CHECK(*post->find_header("x-acs-action") == "CancelImport");
  CHECK(*post->find_header("x-acs-version") == "2014-08-15");
  // SHA-256 of the empty string (FIPS 180-2 examples; also the documentation
  // vector's x-acs-content-sha256 for its empty body).
  CHECK(*post->find_header("x-acs-content-sha256") ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(post->url() == "https://rds.aliyuncs.com/?DBInstanceId=rm-uf6wjk5xxxxxxx&ImportId=8562584");
  CHECK(post->body.empty());
  // No V2 common parameters in a V3 query.
  CHECK(post->query.find("AccessKeyId") == std::string::npos);

  const rdscodec::credentials sts_creds("testid", "testsecret", "CAIS/token");
  auto sts = v3::sign(api_reference_example(), sts_creds, fixed_options());
  REQUIRE(sts);
  CHECK(names_of(*sts) ==
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;"
        "x-acs-version;Authorization;");
  CHECK(*sts->find_header("x-acs-security-token") == "CAIS/token");

  auto o = fixed_options();
  o.fields = rdscodec::placement::form;
  auto form = v3::sign(api_reference_example(), creds, o);
  REQUIRE(form);
  CHECK(names_of(*form) ==
        "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version;"
        "Authorization;");
  CHECK(form->body == "DBInstanceId=rm-uf6wjk5xxxxxxx&ImportId=8562584");
  CHECK(form->query.empty());
  CHECK(form->url() == "https://rds.aliyuncs.com/");
}

TEST_CASE("V3 signing into an existing request reuses its storage", "[v3]") {
  const rdscodec::credentials creds("testid", "testsecret");
  rdscodec::http_request out;
  REQUIRE(v3::sign(api_reference_example(), creds, fixed_options(), out));
  const auto url = out.url();
  const auto auth = *out.find_header("Authorization");
  const auto* headers = out.headers.data();
  const char* auth_buffer = out.headers.back().value.data();
  REQUIRE(v3::sign(api_reference_example(), creds, fixed_options(), out));
  CHECK(out.url() == url);
  CHECK(*out.find_header("Authorization") == auth);
  CHECK(out.headers.data() == headers);
  CHECK(out.headers.back().value.data() == auth_buffer);
}

TEST_CASE("V3 rejects what cannot be signed safely", "[v3][errors]") {
  const rdscodec::credentials creds("testid", "testsecret");
  auto expect = [&](const v3::options& o, errc e, const rdscodec::credentials& c) {
    rdscodec::http_request out;
    out.host = "untouched";
    auto r = v3::sign(api_reference_example(), c, o, out);
    REQUIRE_FALSE(r);
    CHECK(r.error() == e);
    CHECK(out.host == "untouched");
  };
  auto o = fixed_options();
  o.body = "x";  // a body needs a content type
  expect(o, errc::invalid_option, creds);
  o.content_type = "text/plain\r\nX-Injected: 1";  // no CR/LF in a header
  expect(o, errc::invalid_option, creds);
  o.content_type = "text/plain";
  o.fields = rdscodec::placement::form;  // a raw body and a form body exclude each other
  expect(o, errc::invalid_option, creds);
  o = fixed_options();
  o.content_type = "application/json";  // a content type without a body
  expect(o, errc::invalid_option, creds);
  expect(fixed_options(), errc::invalid_credentials, rdscodec::credentials("testid", "s", "token\r\nX: y"));
  expect(fixed_options(), errc::invalid_credentials, rdscodec::credentials("test id", "s"));
  expect(fixed_options(), errc::invalid_credentials, rdscodec::credentials("a,SignedHeaders=host", "s"));
  rdscodec::cancel_import_request bad = api_reference_example();
  bad.import_id = -2;
  auto r = v3::sign(bad, creds, fixed_options());
  REQUIRE_FALSE(r);
  CHECK(r.error() == errc::value_out_of_range);
  CHECK(r.error().field() == "ImportId");
  rdscodec::generic_request injected{"Cancel\nImport", "2014-08-15", {}};
  CHECK(v3::sign(injected, creds, fixed_options()).error() == errc::invalid_operation);
}

TEST_CASE("V3 GET and POST differ; V2 and V3 explain the same way", "[v3]") {
  const rdscodec::credentials creds("testid", "testsecret");
  auto o = fixed_options();
  auto post = v3::explain(api_reference_example(), creds, o);
  o.method = http_method::get;
  auto get = v3::explain(api_reference_example(), creds, o);
  REQUIRE(post);
  REQUIRE(get);
  CHECK(post->signature != get->signature);
  CHECK(get->canonical_request.rfind("GET\n/\n", 0) == 0);
  CHECK(get->request.method == http_method::get);
  // With no timestamp/nonce given, the trace's stages still describe the request it returns.
  v3::options fresh;
  auto t = v3::explain(api_reference_example(), creds, fresh);
  REQUIRE(t);
  auto again = v3::signature(creds, fresh.alg, *v3::string_to_sign(fresh.alg, t->canonical_request));
  CHECK(again->view() == t->signature);
  CHECK(t->authorization.find(t->signature) != std::string::npos);
  CHECK(*t->request.find_header("Authorization") == t->authorization);
}
