// The AccessKey secret must never come back out: not in any stage, trace,
// explain text, request, error message or printable form of the credentials.
#include <rdscodec.hpp>
#include <rdscodec/rds/cancel_import.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

const std::string secret = "Zq9-SECRET-value-7fX2";

void no_secret_in(const std::string& where, const std::string& text) {
  INFO(where);
  CHECK(text.find(secret) == std::string::npos);
  CHECK(text.find("SECRET") == std::string::npos);  // not even a fragment
}

void no_secret_in(const std::string& where, const rdscodec::http_request& r) {
  no_secret_in(where + " url", r.url());
  no_secret_in(where + " body", r.body);
  for (const auto& h : r.headers) no_secret_in(where + " header " + h.name, h.name + ": " + h.value);
}

void no_secret_in(const std::string& where, const rdscodec::signing_trace& t) {
  for (const std::string* s : {&t.method, &t.access_key_id, &t.canonical_query, &t.canonical_request,
                               &t.hashed_canonical_request, &t.string_to_sign, &t.signature, &t.authorization})
    no_secret_in(where, *s);
  no_secret_in(where + " request", t.request);
  no_secret_in(where + " text", t.text());
}

}  // namespace

TEST_CASE("the secret appears in no output", "[secrets]") {
  const rdscodec::credentials plain("testid", secret);
  const rdscodec::credentials sts("testid", secret, "CAIS-token");
  rdscodec::cancel_import_request req;
  req.db_instance_id = "rm-uf6wjk5xxxxxxx";
  req.import_id = 8562584;

  no_secret_in("redacted()", plain.redacted());
  no_secret_in("redacted() with STS", sts.redacted());
  CHECK(sts.redacted().find("CAIS-token") == std::string::npos);

  for (const auto* creds : {&plain, &sts}) {
    for (auto method : {rdscodec::http_method::get, rdscodec::http_method::post}) {
      rdscodec::v2::options o2;
      o2.method = method;
      auto t2 = rdscodec::v2::explain(req, *creds, o2);
      REQUIRE(t2);
      no_secret_in("v2 trace", *t2);
      CHECK(t2->text().find("(secret not shown)") != std::string::npos);
      for (auto alg : {rdscodec::v3::algorithm::acs3_hmac_sha256, rdscodec::v3::algorithm::acs3_hmac_sm3}) {
        rdscodec::v3::options o3;
        o3.method = method;
        o3.alg = alg;
        auto t3 = rdscodec::v3::explain(req, *creds, o3);
        REQUIRE(t3);
        no_secret_in("v3 trace", *t3);
      }
    }
  }

  // Error messages name fields, never values or keys.
  rdscodec::cancel_import_request bad = req;
  bad.owner_account = secret + "\xFF";
  auto e2 = rdscodec::v2::sign(bad, plain, {});
  REQUIRE_FALSE(e2);
  no_secret_in("v2 error", e2.error().message());
  auto e3 = rdscodec::v3::sign(bad, plain, {});
  REQUIRE_FALSE(e3);
  no_secret_in("v3 error", e3.error().message());
}

TEST_CASE("explain() traces agree with sign()", "[v2][trace]") {
  const rdscodec::credentials creds("testid", "testsecret");
  rdscodec::cancel_import_request req;
  req.db_instance_id = "rm-uf6wjk5xxxxxxx";
  req.import_id = 8562584;
  rdscodec::v2::options o;
  o.timestamp = "2023-03-13T08:34:30Z";
  o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  auto t = rdscodec::v2::explain(req, creds, o);
  REQUIRE(t);
  // Derived case "post" of tests/data/derived/v2_cancel_import.py.
  CHECK(t->signature == "5YnwPdJ8AW1B8bAVimnr4TJ2kns=");
  CHECK(t->string_to_sign == rdscodec::v2::string_to_sign("POST", t->canonical_query));
  CHECK(t->request.url() == rdscodec::v2::sign(req, creds, o)->url());
  const auto text = t->text();
  CHECK(text.find("canonical query:\n    AccessKeyId=testid&Action=CancelImport&") != std::string::npos);
  CHECK(text.find("signature:\n    5YnwPdJ8AW1B8bAVimnr4TJ2kns=\n") != std::string::npos);
  CHECK(text.find("request:\n    POST https://rds.aliyuncs.com/?AccessKeyId=testid") != std::string::npos);
}
