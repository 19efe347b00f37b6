#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/rds/cancel_import.hpp>

#include "../vectors.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using rdscodec::errc;
using rdscodec::http_method;
namespace v2 = rdscodec::v2;

namespace {

// The V2 vectors list every parameter, common ones included, as one map.
// Those that rdscodec sets itself are split off into credentials/options.
const std::set<std::string> common_names = {"AccessKeyId",    "Action",         "Format",
                                            "SignatureMethod", "SignatureNonce", "SignatureVersion",
                                            "Timestamp",       "Version",        "SecurityToken"};

bool is_full_request(const rdscodec_test::vector_case& v) {
  int n = 0;
  for (const auto& [name, value] : v.params) n += common_names.count(name) ? 1 : 0;
  return n >= 8;
}

std::vector<rdscodec::parameter> params_of(const rdscodec_test::vector_case& v) {
  std::vector<rdscodec::parameter> out;
  for (const auto& [name, value] : v.params) out.push_back({name, value});
  return out;
}

}  // namespace

TEST_CASE("every V2 vector, stage by stage, through the raw stage API", "[v2][vectors]") {
  for (const auto& v : rdscodec_test::load_vectors("signing-v2.json")) {
    DYNAMIC_SECTION(v.id) {
      const auto method = v.inputs.at("method");
      auto cq = rdscodec::canonical_query(params_of(v));
      REQUIRE(cq);
      if (auto e = rdscodec_test::get(v.expected, "canonicalized_query_string")) CHECK(*cq == *e);
      const auto sts = v2::string_to_sign(method, *cq);
      if (auto e = rdscodec_test::get(v.expected, "string_to_sign")) CHECK(sts == *e);
      if (auto e = rdscodec_test::get(v.intermediate, "string_to_sign")) CHECK(sts == *e);
      if (auto secret = rdscodec_test::get(v.inputs, "access_key_secret")) {
        rdscodec::credentials creds("id-not-used-by-this-stage", *secret);
        auto sig = v2::signature(creds, sts);
        REQUIRE(sig);
        CHECK(sig->view() == v.expected.at("signature"));
        if (auto e = rdscodec_test::get(v.expected, "signature_url_encoded"))
          CHECK(rdscodec::percent_encode(sig->view()) == *e);
      }
    }
  }
}

TEST_CASE("full V2 vectors through generic_request and sign()", "[v2][vectors]") {
  int full = 0;
  for (const auto& v : rdscodec_test::load_vectors("signing-v2.json")) {
    if (!is_full_request(v)) continue;
    ++full;
    DYNAMIC_SECTION(v.id) {
      std::map<std::string, std::string> p(v.params.begin(), v.params.end());
      REQUIRE(p.at("SignatureMethod") == "HMAC-SHA1");
      REQUIRE(p.at("SignatureVersion") == "1.0");
      rdscodec::generic_request req{p.at("Action"), p.at("Version"), {}};
      for (const auto& [name, value] : v.params)
        if (!common_names.count(name)) req.parameters.push_back({name, value});
      rdscodec::credentials creds(p.at("AccessKeyId"), v.inputs.at("access_key_secret"));
      v2::options opts;
      opts.method = v.inputs.at("method") == "GET" ? http_method::get : http_method::post;
      REQUIRE(rdscodec::to_string(opts.method) == v.inputs.at("method"));
      opts.format = p.at("Format") == "XML" ? rdscodec::response_format::xml : rdscodec::response_format::json;
      opts.timestamp = p.at("Timestamp");
      opts.nonce = p.at("SignatureNonce");
      const std::string endpoint = rdscodec_test::get(v.inputs, "endpoint").value_or("");
      opts.endpoint = endpoint;  // empty: the default host

      auto cq = v2::canonical_query(req, creds, opts);
      REQUIRE(cq);
      if (auto e = rdscodec_test::get(v.expected, "canonicalized_query_string")) CHECK(*cq == *e);
      auto sts = v2::string_to_sign(req, creds, opts);
      REQUIRE(sts);
      CHECK(*sts == v.expected.at("string_to_sign"));
      auto sig = v2::signature(creds, *sts);
      REQUIRE(sig);
      CHECK(sig->view() == v.expected.at("signature"));

      auto signed_req = v2::sign(req, creds, opts);
      REQUIRE(signed_req);
      CHECK(signed_req->query == *cq + "&Signature=" + rdscodec::percent_encode(v.expected.at("signature")));
      if (!endpoint.empty()) CHECK(signed_req->host == endpoint);
      CHECK(signed_req->body.empty());
      CHECK(signed_req->headers.empty());
    }
  }
  CHECK(full == 2);  // the two documentation examples
}

// ---- CancelImport -------------------------------------------------------------
//
// Expected values of the "derived" cases come from an independent signer in
// Python (tests/data/derived/v2_cancel_import.py: urllib's RFC 3986 quote,
// sorted(), hmac, base64), run on the same inputs.

namespace {

rdscodec::cancel_import_request api_reference_example() {
  rdscodec::cancel_import_request r;
  r.db_instance_id = "rm-uf6wjk5xxxxxxx";  // the API reference's sample values
  r.import_id = 8562584;
  return r;
}

v2::options fixed_options(http_method m = http_method::post) {
  v2::options o;
  o.method = m;
  o.timestamp = "2023-03-13T08:34:30Z";
  o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  return o;
}

const char* const derived_cq =
    "AccessKeyId=testid&Action=CancelImport&DBInstanceId=rm-uf6wjk5xxxxxxx&Format=JSON&ImportId=8562584"
    "&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
    "&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15";

std::string sig_of(const rdscodec::http_request& r) {
  const auto at = r.query.find("&Signature=");
  REQUIRE(at != std::string::npos);
  return *rdscodec::percent_decode(r.query.substr(at + 11));
}

}  // namespace

TEST_CASE("CancelImport: stages of the API reference example (derived)", "[v2][cancel_import]") {
  const rdscodec::credentials creds("testid", "testsecret");
  const auto req = api_reference_example();
  const auto opts = fixed_options();

  auto cq = v2::canonical_query(req, creds, opts);
  REQUIRE(cq);
  CHECK(*cq == derived_cq);
  auto sts = v2::string_to_sign(req, creds, opts);
  REQUIRE(sts);
  CHECK(*sts == v2::string_to_sign("POST", *cq));
  CHECK(sts->rfind("POST&%2F&AccessKeyId%3Dtestid%26Action%3DCancelImport%26DBInstanceId%3D", 0) == 0);
  CHECK(sts->find("Timestamp%3D2023-03-13T08%253A34%253A30Z") != std::string::npos);  // ':' encoded twice
  CHECK(v2::signature(creds, *sts)->view() == "5YnwPdJ8AW1B8bAVimnr4TJ2kns=");

  auto out = v2::sign(req, creds, opts);
  REQUIRE(out);
  CHECK(out->method == http_method::post);
  CHECK(out->url() == "https://rds.aliyuncs.com/?" + std::string(derived_cq) +
                          "&Signature=5YnwPdJ8AW1B8bAVimnr4TJ2kns%3D");
}

TEST_CASE("CancelImport: GET and POST sign differently; the method word is the only change", "[v2][cancel_import]") {
  const rdscodec::credentials creds("testid", "testsecret");
  auto get = v2::sign(api_reference_example(), creds, fixed_options(http_method::get));
  auto post = v2::sign(api_reference_example(), creds, fixed_options(http_method::post));
  REQUIRE(get);
  REQUIRE(post);
  CHECK(sig_of(*get) == "LkPiQULTo+8V/E6zw4PXaUwruGg=");  // derived
  CHECK(sig_of(*post) == "5YnwPdJ8AW1B8bAVimnr4TJ2kns=");  // derived
  CHECK(get->method == http_method::get);
  CHECK(get->query.substr(0, get->query.find("&Signature=")) == post->query.substr(0, post->query.find("&Signature=")));
}

TEST_CASE("CancelImport: POST with the fields in a form body signs like POST in the query", "[v2][cancel_import]") {
  const rdscodec::credentials creds("testid", "testsecret");
  auto in_query = v2::sign(api_reference_example(), creds, fixed_options());
  auto o = fixed_options();
  o.fields = rdscodec::placement::form;
  auto in_form = v2::sign(api_reference_example(), creds, o);
  REQUIRE(in_query);
  REQUIRE(in_form);
  CHECK(sig_of(*in_form) == sig_of(*in_query));
  CHECK(in_form->body == "DBInstanceId=rm-uf6wjk5xxxxxxx&ImportId=8562584");
  CHECK(in_form->query ==
        "AccessKeyId=testid&Action=CancelImport&Format=JSON&SignatureMethod=HMAC-SHA1"
        "&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
        "&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15&Signature=5YnwPdJ8AW1B8bAVimnr4TJ2kns%3D");
  REQUIRE(in_form->find_header("content-type") != nullptr);
  CHECK(*in_form->find_header("Content-Type") == "application/x-www-form-urlencoded");
  CHECK(in_query->find_header("Content-Type") == nullptr);

  o.method = http_method::get;  // a GET has no body
  auto bad = v2::sign(api_reference_example(), creds, o);
  REQUIRE_FALSE(bad);
  CHECK(bad.error() == errc::invalid_option);
}

TEST_CASE("CancelImport: STS credentials add a signed SecurityToken", "[v2][cancel_import]") {
  const rdscodec::credentials sts_creds("testid", "testsecret", "CAIS/token+with=reserved");
  auto out = v2::sign(api_reference_example(), sts_creds, fixed_options());
  REQUIRE(out);
  CHECK(out->query.find("&ImportId=8562584&SecurityToken=CAIS%2Ftoken%2Bwith%3Dreserved&SignatureMethod=") !=
        std::string::npos);
  CHECK(sig_of(*out) == "sJF1CYsy8IQXGq5HR0xSHTq+spY=");  // derived: the token is covered by the signature
  auto sts = v2::string_to_sign(api_reference_example(), sts_creds, fixed_options());
  CHECK(sts->find("SecurityToken%3DCAIS%252Ftoken%252Bwith%253Dreserved") != std::string::npos);
}

TEST_CASE("CancelImport: Unicode, reserved characters and an empty optional", "[v2][cancel_import]") {
  const rdscodec::credentials creds("testid", "testsecret");
  auto req = api_reference_example();
  req.owner_account = "中文 a+b*~/=&";
  req.resource_group_id = "";  // set but empty: sent as "ResourceGroupId="
  auto out = v2::sign(req, creds, fixed_options());
  REQUIRE(out);
  CHECK(out->query.find("&OwnerAccount=%E4%B8%AD%E6%96%87%20a%2Bb%2A~%2F%3D%26&ResourceGroupId=&Signature") !=
        std::string::npos);
  CHECK(sig_of(*out) == "7Ub2piilKoUuxHbHOasBxeQl+UY=");  // derived

  req.resource_group_id.reset();  // unset: omitted
  auto without = v2::canonical_query(req, creds, fixed_options());
  CHECK(without->find("ResourceGroupId") == std::string::npos);
}

TEST_CASE("CancelImport: Format=XML is selectable", "[v2][cancel_import]") {
  const rdscodec::credentials creds("testid", "testsecret");
  auto o = fixed_options();
  o.format = rdscodec::response_format::xml;
  auto out = v2::sign(api_reference_example(), creds, o);
  REQUIRE(out);
  CHECK(out->query.find("&Format=XML&") != std::string::npos);
  CHECK(sig_of(*out) == "mBfGZgQ25FbTZcx0/5OVrsjII+E=");  // derived
}

TEST_CASE("CancelImport: all seven fields in canonical order", "[v2][cancel_import]") {
  rdscodec::cancel_import_request req = api_reference_example();
  req.owner_id = 1;
  req.owner_account = "o";
  req.resource_group_id = "rg-acfmy";
  req.resource_owner_account = "ro";
  req.resource_owner_id = 9223372036854775807;  // INT64_MAX is a valid id
  auto cq = v2::canonical_query(req, rdscodec::credentials("k", "s"), fixed_options());
  REQUIRE(cq);
  // Byte order of the raw names, common parameters merged in (worked out by hand).
  CHECK(*cq ==
        "AccessKeyId=k&Action=CancelImport&DBInstanceId=rm-uf6wjk5xxxxxxx&Format=JSON&ImportId=8562584"
        "&OwnerAccount=o&OwnerId=1&ResourceGroupId=rg-acfmy&ResourceOwnerAccount=ro"
        "&ResourceOwnerId=9223372036854775807&SignatureMethod=HMAC-SHA1"
        "&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
        "&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15");
}

TEST_CASE("sign() rejects bad input with a named error and leaves the output alone", "[v2][errors]") {
  const rdscodec::credentials creds("testid", "testsecret");
  struct bad_case {
    const char* what;
    rdscodec::cancel_import_request req;
    v2::options opts;
    const rdscodec::credentials* creds;
    errc expected;
    const char* field;
  };
  const rdscodec::credentials no_id("", "secret");
  const rdscodec::credentials bad_id("\xFF", "secret");
  const rdscodec::credentials bad_token("testid", "secret", "CAIS\r\nX-Injected: 1");
  auto with = [&](auto f) {
    auto r = api_reference_example();
    f(r);
    return r;
  };
  auto opt = [&](auto f) {
    auto o = fixed_options();
    f(o);
    return o;
  };
  const auto good = api_reference_example();
  const bad_case cases[] = {
      {"missing DBInstanceId", with([](auto& r) { r.db_instance_id.clear(); }), fixed_options(), &creds,
       errc::missing_required_field, "DBInstanceId"},
      {"negative ImportId", with([](auto& r) { r.import_id = -1; }), fixed_options(), &creds,
       errc::value_out_of_range, "ImportId"},
      {"negative OwnerId", with([](auto& r) { r.owner_id = -5; }), fixed_options(), &creds,
       errc::value_out_of_range, "OwnerId"},
      {"negative ResourceOwnerId", with([](auto& r) { r.resource_owner_id = -1; }), fixed_options(), &creds,
       errc::value_out_of_range, "ResourceOwnerId"},
      {"bad UTF-8 in DBInstanceId", with([](auto& r) { r.db_instance_id = "rm-\xC0\xAF"; }), fixed_options(),
       &creds, errc::invalid_utf8, "DBInstanceId"},
      {"bad UTF-8 in OwnerAccount", with([](auto& r) { r.owner_account = "ok\xED\xA0\x80"; }), fixed_options(),
       &creds, errc::invalid_utf8, "OwnerAccount"},
      {"bad UTF-8 in ResourceGroupId", with([](auto& r) { r.resource_group_id = "\x80"; }), fixed_options(),
       &creds, errc::invalid_utf8, "ResourceGroupId"},
      {"bad UTF-8 in ResourceOwnerAccount", with([](auto& r) { r.resource_owner_account = "\xFF"; }),
       fixed_options(), &creds, errc::invalid_utf8, "ResourceOwnerAccount"},
      {"empty AccessKeyId", good, fixed_options(), &no_id, errc::invalid_credentials, "AccessKeyId"},
      {"AccessKeyId not printable ASCII", good, fixed_options(), &bad_id, errc::invalid_credentials, "AccessKeyId"},
      {"SecurityToken with a line break", good, fixed_options(), &bad_token, errc::invalid_credentials,
       "SecurityToken"},
      {"timestamp shape", good, opt([](auto& o) { o.timestamp = "2023-03-13 08:34:30"; }), &creds,
       errc::invalid_timestamp, "timestamp"},
      {"timestamp month 13", good, opt([](auto& o) { o.timestamp = "2023-13-13T08:34:30Z"; }), &creds,
       errc::invalid_timestamp, "timestamp"},
      {"nonce with a space", good, opt([](auto& o) { o.nonce = "a b"; }), &creds, errc::invalid_nonce, "nonce"},
      {"nonce too long", good, opt([](auto& o) { o.nonce = "0123456789012345678901234567890123456789012345678901234567890123456789"; }),
       &creds, errc::invalid_nonce, "nonce"},
      {"region with upper case", good, opt([](auto& o) { o.region = "CN-Hangzhou"; }), &creds,
       errc::invalid_region, "region"},
      {"endpoint with a path", good, opt([](auto& o) { o.endpoint = "rds.aliyuncs.com/evil"; }), &creds,
       errc::invalid_endpoint, "endpoint"},
      {"form body with GET", good, opt([](auto& o) {
         o.method = http_method::get;
         o.fields = rdscodec::placement::form;
       }),
       &creds, errc::invalid_option, "fields"},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.what) {
      rdscodec::http_request out;
      out.host = "untouched";
      out.query = "untouched";
      auto r = v2::sign(c.req, *c.creds, c.opts, out);
      REQUIRE_FALSE(r);
      CHECK(r.error() == c.expected);
      CHECK(r.error().field() == c.field);
      CHECK(out.host == "untouched");
      CHECK(out.query == "untouched");
      // The stage functions give the same verdict.
      auto cq = v2::canonical_query(c.req, *c.creds, c.opts);
      REQUIRE_FALSE(cq);
      CHECK(cq.error() == c.expected);
    }
  }
}

TEST_CASE("credential refusals name the field and the byte at fault", "[v2][errors]") {
  // A space and a comma are printable ASCII, yet neither may appear in a
  // token: the V3 Authorization header separates its parts with ',' and the
  // value would need quoting. The offsets are counted by hand.
  const auto req = api_reference_example();
  const rdscodec::credentials spaced("testid", "secret", "CAIS abc");  // ' ' at byte 4
  const rdscodec::credentials comma("test,id", "secret");              // ',' at byte 4
  const rdscodec::credentials empty("", "secret");
  auto r = v2::sign(req, spaced, fixed_options());
  REQUIRE_FALSE(r);
  CHECK(r.error().field() == "SecurityToken");
  CHECK(r.error().offset() == 4);
  CHECK(r.error().message().find("space, a comma") != std::string::npos);
  r = v2::sign(req, comma, fixed_options());
  REQUIRE_FALSE(r);
  CHECK(r.error().field() == "AccessKeyId");
  CHECK(r.error().offset() == 4);
  r = v2::sign(req, empty, fixed_options());
  REQUIRE_FALSE(r);
  CHECK(r.error().field() == "AccessKeyId");
  CHECK(r.error().message().find("empty") != std::string::npos);
}

TEST_CASE("generic requests: the signer's own names are refused", "[v2][errors]") {
  const rdscodec::credentials creds("testid", "testsecret");
  for (const char* name : {"AccessKeyId", "Action", "Format", "SecurityToken", "SignatureMethod", "SignatureNonce",
                           "SignatureVersion", "Timestamp", "Version", "Signature"}) {
    rdscodec::generic_request g{"CancelImport", "2014-08-15", {{name, "x"}}};
    auto r = v2::sign(g, creds, fixed_options());
    REQUIRE_FALSE(r);
    CHECK(r.error() == errc::reserved_parameter);
    CHECK(r.error().field() == name);
  }
}

TEST_CASE("generic and typed CancelImport produce the same bytes", "[v2][generic]") {
  const rdscodec::credentials creds("testid", "testsecret", "tok");
  // Parameters deliberately listed out of order.
  rdscodec::generic_request g{"CancelImport", "2014-08-15", {{"ImportId", "8562584"}, {"DBInstanceId", "rm-uf6wjk5xxxxxxx"}}};
  for (auto placement : {rdscodec::placement::query, rdscodec::placement::form}) {
    auto o = fixed_options();
    o.fields = placement;
    auto a = v2::sign(g, creds, o);
    auto b = v2::sign(api_reference_example(), creds, o);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->url() == b->url());
    CHECK(a->body == b->body);
  }
}

TEST_CASE("default timestamp and nonce come from the clock and the CSPRNG", "[v2]") {
  const rdscodec::credentials creds("testid", "testsecret");
  v2::options o;  // no timestamp, no nonce
  auto a = v2::sign(api_reference_example(), creds, o);
  auto b = v2::sign(api_reference_example(), creds, o);
  REQUIRE(a);
  REQUIRE(b);
  auto value_of = [](const std::string& q, const std::string& name) {
    const auto at = q.find("&" + name + "=");
    REQUIRE(at != std::string::npos);
    const auto start = at + name.size() + 2;
    return q.substr(start, q.find('&', start) - start);
  };
  const auto nonce = value_of(a->query, "SignatureNonce");
  CHECK(nonce.size() == 32);
  CHECK(nonce.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(nonce != value_of(b->query, "SignatureNonce"));
  const auto ts = *rdscodec::percent_decode(value_of(a->query, "Timestamp"));
  CHECK(rdscodec::is_valid_timestamp(ts));
}

TEST_CASE("signing into an existing request reuses its storage", "[v2]") {
  const rdscodec::credentials creds("testid", "testsecret");
  rdscodec::http_request out;
  auto o = fixed_options();
  o.fields = rdscodec::placement::form;
  REQUIRE(v2::sign(api_reference_example(), creds, o, out));
  const auto first_url = out.url();
  const char* query_buffer = out.query.data();
  const char* body_buffer = out.body.data();
  const auto* header_buffer = out.headers.data();
  REQUIRE(v2::sign(api_reference_example(), creds, o, out));
  CHECK(out.url() == first_url);
  CHECK(out.query.data() == query_buffer);
  CHECK(out.body.data() == body_buffer);
  CHECK(out.headers.data() == header_buffer);

  // Switching to query placement clears the body and the header.
  o.fields = rdscodec::placement::query;
  REQUIRE(v2::sign(api_reference_example(), creds, o, out));
  CHECK(out.body.empty());
  CHECK(out.headers.empty());
}

TEST_CASE("region and endpoint choose the host", "[v2][endpoint]") {
  const rdscodec::credentials creds("testid", "testsecret");
  auto o = fixed_options();
  o.region = "eu-central-1";
  CHECK(v2::sign(api_reference_example(), creds, o)->host == "rds.eu-central-1.aliyuncs.com");
  o.region = "cn-hangzhou";
  CHECK(v2::sign(api_reference_example(), creds, o)->host == "rds.aliyuncs.com");
  o.endpoint = "127.0.0.1:8080";
  o.scheme = rdscodec::url_scheme::http;
  auto out = v2::sign(api_reference_example(), creds, o);
  REQUIRE(out);
  CHECK(out->url().rfind("http://127.0.0.1:8080/?AccessKeyId=testid&", 0) == 0);
}
