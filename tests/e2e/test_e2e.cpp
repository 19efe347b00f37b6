// End to end over real HTTP on 127.0.0.1: the fake RDS server (cpp-httplib +
// rdscodec's server side) is started on an ephemeral port, and the libcurl
// client example (rdscodec signing + parsing) calls it. Every signing mode
// must succeed, every bad request must come back as the right classified
// error, in both response formats.
#include <rdscodec/request/query.hpp>
#include <rdscodec/request/sign_v3.hpp>

#include "fake_server.hpp"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace {

using e2e::fake_server;

struct call_result {
  int exit_code;
  std::string out;
};

std::string quote(const std::string& s) {
  std::string o = "'";
  for (char c : s) o += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return o + "'";
}

call_result call(const fake_server& server, const std::vector<std::string>& args,
                 const std::map<std::string, std::string>& env = {{"ALIBABA_CLOUD_ACCESS_KEY_ID", "testid"},
                                                                  {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "testsecret"}}) {
  const std::string out = std::string(std::getenv("TMPDIR") != nullptr ? std::getenv("TMPDIR") : "/tmp") +
                          "/rdscodec-e2e-" + std::to_string(getpid()) + ".out";
  std::string cmd = "env -u ALIBABA_CLOUD_ACCESS_KEY_ID -u ALIBABA_CLOUD_ACCESS_KEY_SECRET -u ALIBABA_CLOUD_SECURITY_TOKEN";
  for (const auto& [k, v] : env) cmd += " " + k + "=" + quote(v);
  cmd += " " + quote(RDSCODEC_CURL_CLIENT_PATH) + " --scheme http --endpoint 127.0.0.1:" + std::to_string(server.port());
  for (const auto& a : args) cmd += " " + quote(a);
  cmd += " > " + quote(out) + " 2>&1";
  const int status = std::system(cmd.c_str());
  std::ifstream in(out);
  std::ostringstream s;
  s << in.rdbuf();
  std::remove(out.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, s.str()};
}

const std::vector<std::string> cancel = {"--db-instance-id", "rm-uf6wjk5xxxxxxx", "--import-id", "8562584"};

std::vector<std::string> with(std::vector<std::string> a, const std::vector<std::string>& more) {
  a.insert(a.end(), more.begin(), more.end());
  return a;
}

}  // namespace

TEST_CASE("e2e: every signing mode is accepted", "[e2e]") {
  fake_server server;
  const std::map<std::string, std::string> sts = {{"ALIBABA_CLOUD_ACCESS_KEY_ID", "stsid"},
                                                  {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "stssecret"},
                                                  {"ALIBABA_CLOUD_SECURITY_TOKEN", "CAIS-token"}};
  struct mode {
    const char* name;
    std::vector<std::string> args;
    bool use_sts;
  };
  const mode modes[] = {
      {"v2 GET", {"--signature", "v2", "--method", "GET"}, false},
      {"v2 POST query", {"--signature", "v2"}, false},
      {"v2 POST form", {"--signature", "v2", "--placement", "form"}, false},
      {"v3 POST", {}, false},
      {"v3 GET", {"--method", "GET"}, false},
      {"v3 POST form", {"--placement", "form"}, false},
      {"v3 SM3", {"--sm3"}, false},
      {"v2 STS", {"--signature", "v2"}, true},
      {"v3 STS", {}, true},
      {"v3 SM3 STS", {"--sm3"}, true},
  };
  for (const auto& m : modes) {
    for (const char* format : {"json", "xml"}) {
      auto r = m.use_sts ? call(server, with(with(cancel, m.args), {"--format", format}), sts)
                         : call(server, with(with(cancel, m.args), {"--format", format}));
      INFO(m.name << " / " << format << ": " << r.out);
      CHECK(r.exit_code == 0);
      CHECK(r.out.find(std::string("Body: ") + format + "\nRequestId: FAKE-") == 0);
    }
  }
}

TEST_CASE("e2e: bad requests come back as the right classified error, in both formats", "[e2e]") {
  fake_server server;
  for (const char* format : {"json", "xml"}) {
    for (const char* signature : {"v2", "v3"}) {
      const auto base = with(cancel, {"--format", format, "--signature", signature});
      auto expect = [&](const call_result& r, int exit_code, const std::string& line) {
        INFO(signature << " / " << format << ": " << r.out);
        CHECK(r.exit_code == exit_code);
        CHECK(r.out.find(std::string("Body: ") + format + "\n") == 0);
        CHECK(r.out.find(line) != std::string::npos);
      };
      // Authentication (exit 10 + 1).
      expect(call(server, base, {{"ALIBABA_CLOUD_ACCESS_KEY_ID", "testid"}, {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "wrong"}}),
             11, "service error: HTTP 400 SignatureDoesNotMatch (authentication)");
      expect(call(server, with(base, {"--timestamp", "2020-01-01T00:00:00Z"})), 11,
             "service error: HTTP 400 InvalidTimeStamp.Expired (authentication)");
      const std::string nonce = std::string("e2e-replay-") + signature + "-" + format;
      expect(call(server, with(base, {"--nonce", nonce})), 0, "RequestId: FAKE-");
      expect(call(server, with(base, {"--nonce", nonce})), 11, "service error: HTTP 400 SignatureNonceUsed (authentication)");
      expect(call(server, base, {{"ALIBABA_CLOUD_ACCESS_KEY_ID", "nobody"}, {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "x"}}), 11,
             "service error: HTTP 404 InvalidAccessKeyId.NotFound (authentication)");
      // Invalid request (exit 10 + 4): a required parameter left out.
      expect(call(server, {"--format", format, "--signature", signature, "--action", "CancelImport", "--version",
                           "2014-08-15", "--param", "DBInstanceId=rm-uf6wjk5xxxxxxx"}),
             14, "service error: HTTP 400 MissingParameter (invalid_request)");
      expect(call(server, {"--format", format, "--signature", signature, "--action", "CancelImport", "--version",
                           "2014-08-15", "--param", "DBInstanceId=rm-uf6wjk5xxxxxxx", "--param", "ImportId=1",
                           "--param", "Bogus=1"}),
             14, "service error: HTTP 400 UnsupportedParameter (invalid_request)");
      // Not found (exit 10 + 3).
      expect(call(server, {"--db-instance-id", "rm-uf6wjk5xxxxxxx", "--import-id", "1", "--format", format,
                           "--signature", signature}),
             13,
             "service error: HTTP 404 InvalidImportId.NotFound (not_found)");
    }
  }
}

TEST_CASE("e2e: a generated operation with list parameters is decoded strictly and answered", "[e2e][registry]") {
  // TagResources (API reference): RegionId, ResourceType and ResourceId
  // (a list: ResourceId.1, ResourceId.2, ...) are required, Tag is a list of
  // {Key (required), Value} objects sent as Tag.N.Key / Tag.N.Value.
  fake_server server;
  const std::vector<std::string> base = {"--action", "TagResources", "--version", "2014-08-15", "--param",
                                         "RegionId=cn-hangzhou", "--param", "ResourceType=INSTANCE"};
  for (const char* signature : {"v3", "v2"}) {
    for (const char* format : {"json", "xml"}) {
      INFO(signature << " / " << format);
      const auto common = with(base, {"--signature", signature, "--format", format});
      // Decoded and validated, answered with the operation's response
      // (only its RequestId), which the client decodes as TagResources'.
      auto ok = call(server, with(common, {"--param", "ResourceId.1=rm-uf6wjk5xxxxxxx", "--param",
                                           "ResourceId.2=rm-uf6wjk5yyyyyyy", "--param", "Tag.1.Key=env", "--param",
                                           "Tag.1.Value=prod", "--param", "Tag.2.Key=team"}));
      INFO(ok.out);
      CHECK(ok.exit_code == 0);
      CHECK(ok.out.find(std::string("Body: ") + format + "\nRequestId: FAKE-") == 0);

      // The gateway's errors for what does not decode: a missing required
      // list, a list index that is no positive decimal, a nested required
      // field left out, a parameter the operation does not have (400 each,
      // class invalid_request: exit 10 + 4).
      auto expect = [&](const std::vector<std::string>& more, const std::string& code, const std::string& name) {
        auto r = call(server, with(common, more));
        INFO(r.out);
        CHECK(r.exit_code == 14);
        CHECK(r.out.find("service error: HTTP 400 " + code + " (invalid_request)") != std::string::npos);
        CHECK(r.out.find(name) != std::string::npos);
      };
      expect({"--param", "Tag.1.Key=env"}, "MissingParameter", "ResourceId");
      expect({"--param", "ResourceId.0=rm-uf6wjk5xxxxxxx"}, "InvalidParameter", "ResourceId.0");
      expect({"--param", "ResourceId.1=rm-uf6wjk5xxxxxxx", "--param", "Tag.1.Value=prod"}, "MissingParameter",
             "Tag.1.Key");
      expect({"--param", "ResourceId.1=rm-uf6wjk5xxxxxxx", "--param", "Bogus=1"}, "UnsupportedParameter", "Bogus");
    }
  }
  // An action that is no RDS operation: the gateway's InvalidAction.NotFound,
  // printed undecoded by the client (it has no response type for it).
  auto unknown = call(server, {"--action", "NoSuchAction", "--version", "2014-08-15"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.out.find("HTTP 404, not decoded") != std::string::npos);
  CHECK(unknown.out.find("InvalidAction.NotFound") != std::string::npos);
}

TEST_CASE("e2e: the migration workflow: import, describe, cancel, describe", "[e2e][workflow]") {
  fake_server server;
  for (const char* signature : {"v3", "v2"}) {
    for (const char* format : {"json", "xml"}) {
      INFO(signature << " / " << format);
      const std::vector<std::string> common = {"--signature", signature, "--format", format};
      // ImportDatabaseBetweenInstances starts a task and returns its ImportId.
      auto started = call(server, with(common, {"--action", "ImportDatabaseBetweenInstances", "--version", "2014-08-15",
                                                "--param", "DBInstanceId=rm-uf6wjk5xxxxxxx", "--param",
                                                "SourceDBInstanceId=rm-g4a1jk8xxxxxxx", "--param",
                                                R"(DBInfo={"DBNames":{"srcdb":"destdb"}})"}));
      INFO(started.out);
      REQUIRE(started.exit_code == 0);
      const auto at = started.out.find("ImportId: ");
      REQUIRE(at != std::string::npos);
      const std::string id = started.out.substr(at + 10, started.out.find('\n', at) - at - 10);
      CHECK(std::stoll(id) > 2147483647LL);  // above INT32_MAX, as the documentation's example

      const std::vector<std::string> describe = with(common, {"--action", "DescribeImportsForSQLServer", "--version",
                                                              "2014-08-15", "--param", "DBInstanceId=rm-uf6wjk5xxxxxxx",
                                                              "--param", "StartTime=2014-06-11T15:00Z", "--param",
                                                              "EndTime=2030-06-11T16:00Z", "--param", "ImportId=" + id});
      auto before = call(server, describe);
      INFO(before.out);
      REQUIRE(before.exit_code == 0);
      // One item: the client prints each value of item i as Items[i].Field.
      CHECK(before.out.find("Items[0].ImportId: " + id + "\nItems[0].ImportStatus: Importing\n") != std::string::npos);
      CHECK(before.out.find("Items[1].") == std::string::npos);

      // CancelImport with the id ImportDatabaseBetweenInstances returned.
      auto cancelled = call(server, with(common, {"--db-instance-id", "rm-uf6wjk5xxxxxxx", "--import-id", id}));
      INFO(cancelled.out);
      CHECK(cancelled.exit_code == 0);

      auto after = call(server, describe);
      INFO(after.out);
      REQUIRE(after.exit_code == 0);
      CHECK(after.out.find("Items[0].ImportId: " + id + "\nItems[0].ImportStatus: Cancelled\n") != std::string::npos);
      CHECK(after.out.find("Items[1].") == std::string::npos);

      // Paging rules are the gateway's.
      auto bad_page = call(server, with(describe, {"--param", "PageSize=10"}));
      CHECK(bad_page.exit_code == 14);
      CHECK(bad_page.out.find("InvalidParameter") != std::string::npos);
    }
  }
}

using e2e::raw_http;

TEST_CASE("e2e: a signed request is not replayed by splitting its nonce header", "[e2e][replay]") {
  fake_server server;
  // ImportDatabaseBetweenInstances signed once, by another client, with a
  // nonce that contains a comma (rdscodec's own signer refuses one).
  const rdscodec::credentials key("testid", "testsecret");
  std::vector<rdscodec::parameter> params = {{"DBInfo", R"({"DBNames":{"srcdb":"destdb"}})"},
                                             {"DBInstanceId", "rm-uf6wjk5xxxxxxx"},
                                             {"SourceDBInstanceId", "rm-g4a1jk8xxxxxxx"}};
  const std::string query = *rdscodec::canonical_query(params);
  const std::string host = "127.0.0.1:" + std::to_string(server.port());
  std::vector<rdscodec::http_header> headers = {
      {"host", host},
      {"x-acs-action", "ImportDatabaseBetweenInstances"},
      {"x-acs-content-sha256", std::string(rdscodec::v3::empty_payload_sha256)},
      {"x-acs-date", std::string(rdscodec::current_timestamp().view())},
      {"x-acs-signature-nonce", "e2e-split-a,e2e-split-b"},
      {"x-acs-version", "2014-08-15"}};
  const auto alg = rdscodec::v3::algorithm::acs3_hmac_sha256;
  const auto cr = rdscodec::v3::canonical_request("POST", "/", query, headers, rdscodec::v3::empty_payload_sha256);
  const auto sig = *rdscodec::v3::signature(key, alg, *rdscodec::v3::string_to_sign(alg, cr.text));
  const std::string authorization = rdscodec::v3::authorization(alg, "testid", cr.signed_headers, sig.view());
  auto request_with_nonces = [&](const std::vector<std::string>& nonces) {
    std::string r = "POST /?" + query + " HTTP/1.1\r\n";
    for (const auto& h : headers)
      if (h.name != "x-acs-signature-nonce") r += h.name + ": " + h.value + "\r\n";
    for (const auto& n : nonces) r += "x-acs-signature-nonce: " + n + "\r\n";
    return r + "Authorization: " + authorization + "\r\nAccept: application/json\r\nContent-Length: 0\r\n" +
           "Connection: close\r\n\r\n";
  };
  const auto first = raw_http(server, request_with_nonces({"e2e-split-a,e2e-split-b"}));
  INFO(first);
  REQUIRE(first.rfind("HTTP/1.1 200", 0) == 0);
  CHECK(first.find("\"ImportId\":") != std::string::npos);
  // The same signature covers "a" + "b" and "b" + "a" as two headers: both refused.
  for (const auto& split : {std::vector<std::string>{"e2e-split-a", "e2e-split-b"},
                            std::vector<std::string>{"e2e-split-b", "e2e-split-a"}}) {
    const auto r = raw_http(server, request_with_nonces(split));
    INFO(r);
    CHECK(r.rfind("HTTP/1.1 400", 0) == 0);
    CHECK(r.find("\"Code\":\"IncompleteSignature\"") != std::string::npos);
  }
  const auto replay = raw_http(server, request_with_nonces({"e2e-split-a,e2e-split-b"}));
  INFO(replay);
  CHECK(replay.find("\"Code\":\"SignatureNonceUsed\"") != std::string::npos);

  // Exactly one import task was started: the one the server was given, plus this one.
  auto listed = call(server, {"--action", "DescribeImportsForSQLServer", "--version", "2014-08-15", "--param",
                              "DBInstanceId=rm-uf6wjk5xxxxxxx", "--param", "StartTime=2014-06-11T15:00Z", "--param",
                              "EndTime=2030-06-11T16:00Z"});
  INFO(listed.out);
  REQUIRE(listed.exit_code == 0);
  CHECK(listed.out.find("Items[1].ImportId: ") != std::string::npos);  // two items
  CHECK(listed.out.find("Items[2].") == std::string::npos);

  // The body limit (1 MiB, the verifier's default) is cpp-httplib's payload
  // limit too: one byte more is refused (413) before it is read; at the
  // limit the request reaches the verifier (and fails there, unsigned).
  // (A JSON body: cpp-httplib has its own 8 KiB cap on form bodies.)
  auto with_body = [&](std::size_t size) {
    return raw_http(server, "POST / HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n" +
                                "Content-Length: " + std::to_string(size) + "\r\nConnection: close\r\n\r\n" +
                                std::string(size, 'a'));
  };
  CHECK(with_body(1024 * 1024).rfind("HTTP/1.1 400", 0) == 0);
  CHECK(with_body(1024 * 1024 + 1).rfind("HTTP/1.1 413", 0) == 0);
}
