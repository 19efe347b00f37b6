// Runs the rdscodec command-line tool as a user would and checks what it
// prints and how it exits. Expected signing values come from the published
// vectors and from the independent Python signers in tests/data/derived/.
#include "../vectors.hpp"

#include <catch2/catch.hpp>

#include "../shell.hpp"
#include <simdjson.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdint>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

struct run_result {
  int exit_code;
  std::string out;
  std::string err;
};

using rdscodec_test::slurp;

using rdscodec_test::shell_quote;

std::string temp_path(const std::string& name) {
  const char* dir = std::getenv("TMPDIR");
  return std::string(dir != nullptr ? dir : "/tmp") + "/rdscodec-cli-test-" + std::to_string(::getpid()) + "-" + name;
}

/// Runs the tool with only the given credential variables set (HOME points
/// nowhere, so no real aliyun config is ever read).
run_result run(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {},
               const std::string& stdin_file = "/dev/null") {
  const std::string out = temp_path("out"), err = temp_path("err");
  std::string cmd = "env -u ALIBABA_CLOUD_ACCESS_KEY_ID -u ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                    "-u ALIBABA_CLOUD_SECURITY_TOKEN HOME=/nonexistent";
  for (const auto& [k, v] : env) cmd += " " + k + "=" + shell_quote(v);
  cmd += " " + shell_quote(RDSCODEC_CLI_PATH);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " < " + shell_quote(stdin_file) + " > " + shell_quote(out) + " 2> " + shell_quote(err);
  const int status = std::system(cmd.c_str());
  run_result r{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
  std::remove(out.c_str());
  std::remove(err.c_str());
  return r;
}

const std::map<std::string, std::string> test_creds = {{"ALIBABA_CLOUD_ACCESS_KEY_ID", "testid"},
                                                       {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "testsecret"}};

simdjson::dom::element parse_json(simdjson::dom::parser& p, const std::string& text) {
  simdjson::dom::element e;
  REQUIRE(p.parse(text).get(e) == simdjson::SUCCESS);
  return e;
}

std::string str(simdjson::dom::element e, const char* a, const char* b = nullptr) {
  simdjson::dom::element x = e[a];
  if (b != nullptr) x = x[b];
  return std::string(std::string_view(x));
}

}  // namespace

TEST_CASE("cli: the published V2 vectors through --action/--param, stage by stage", "[cli][vectors]") {
  int seen = 0;
  for (const auto& v : rdscodec_test::load_vectors("signing-v2.json")) {
    std::map<std::string, std::string> p(v.params.begin(), v.params.end());
    if (!p.count("Action") || !p.count("AccessKeyId")) continue;  // stage-only vectors
    ++seen;
    DYNAMIC_SECTION(v.id) {
      std::vector<std::string> args = {"sign", "--signature", "v2", "--method", v.inputs.at("method"),
                                       "--action", p.at("Action"), "--version", p.at("Version"),
                                       "--format", p.at("Format") == "XML" ? "xml" : "json",
                                       "--timestamp", p.at("Timestamp"), "--nonce", p.at("SignatureNonce"), "--json"};
      for (const auto& [name, value] : v.params)
        if (name == "RegionId") args.insert(args.end(), {"--param", name + "=" + value});
      if (auto ep = rdscodec_test::get(v.inputs, "endpoint")) args.insert(args.end(), {"--endpoint", *ep});
      auto r = run(args, {{"ALIBABA_CLOUD_ACCESS_KEY_ID", p.at("AccessKeyId")},
                          {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", v.inputs.at("access_key_secret")}});
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
      simdjson::dom::parser jp;
      auto j = parse_json(jp, r.out);
      if (auto e = rdscodec_test::get(v.expected, "canonicalized_query_string"))
        CHECK(str(j, "stages", "canonical_query") == *e);
      CHECK(str(j, "stages", "string_to_sign") == v.expected.at("string_to_sign"));
      CHECK(str(j, "stages", "signature") == v.expected.at("signature"));
    }
  }
  CHECK(seen == 2);
}

TEST_CASE("cli: the published V3 vector through --action/--param, stage by stage", "[cli][vectors]") {
  const auto v = rdscodec_test::load_vectors("signing-v3.json").at(0);
  REQUIRE(v.id == "v3-doc-runinstances");
  std::map<std::string, std::string> h(v.headers.begin(), v.headers.end());
  std::vector<std::string> args = {"sign", "--action", h.at("x-acs-action"), "--version", h.at("x-acs-version"),
                                   "--endpoint", h.at("host"), "--timestamp", h.at("x-acs-date"), "--nonce",
                                   h.at("x-acs-signature-nonce"), "--json"};
  for (const auto& [name, value] : v.params) args.insert(args.end(), {"--param", name + "=" + value});
  auto r = run(args, {{"ALIBABA_CLOUD_ACCESS_KEY_ID", v.inputs.at("access_key_id")},
                      {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", v.inputs.at("access_key_secret")}});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  simdjson::dom::parser jp;
  auto j = parse_json(jp, r.out);
  CHECK(str(j, "stages", "canonical_request") == v.expected.at("canonical_request"));
  CHECK(str(j, "stages", "hashed_canonical_request") == v.expected.at("hashed_canonical_request"));
  CHECK(str(j, "stages", "string_to_sign") == v.expected.at("string_to_sign"));
  CHECK(str(j, "stages", "signature") == v.expected.at("signature"));
  CHECK(str(j, "stages", "authorization") == v.expected.at("authorization"));
}

namespace {

const std::vector<std::string> cancel_import_v3 = {"sign", "cancel-import", "--db-instance-id", "rm-uf6wjk5xxxxxxx",
                                                   "--import-id", "8562584", "--timestamp", "2023-10-26T10:22:32Z",
                                                   "--nonce", "3156853299f313e23d1673dc12e1703d"};

std::vector<std::string> with(std::vector<std::string> a, const std::vector<std::string>& more) {
  a.insert(a.end(), more.begin(), more.end());
  return a;
}

// tests/data/derived/v3_cancel_import.json, case "post".
const char* const derived_v3_post_auth =
    "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
    "x-acs-signature-nonce;x-acs-version,Signature=2bf3b450a8b836b99cca7ba926dc4a88cdee693a56af2fc63cbf47cbba45df69";

}  // namespace

TEST_CASE("cli: sign cancel-import in each output mode", "[cli]") {
  auto text = run(cancel_import_v3, test_creds);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.rfind("POST https://rds.aliyuncs.com/?DBInstanceId=rm-uf6wjk5xxxxxxx&ImportId=8562584\n", 0) == 0);
  CHECK(text.out.find(std::string("\nAuthorization: ") + derived_v3_post_auth + "\n") != std::string::npos);

  auto json = run(with(cancel_import_v3, {"--json"}), test_creds);
  REQUIRE(json.exit_code == 0);
  simdjson::dom::parser jp;
  auto j = parse_json(jp, json.out);
  CHECK(str(j, "stages", "authorization") == derived_v3_post_auth);
  CHECK(str(j, "request", "method") == "POST");

  auto explain = run(with(cancel_import_v3, {"--explain"}), test_creds);
  REQUIRE(explain.exit_code == 0);
  CHECK(explain.out.find("canonical request:\n    POST\n    /\n    DBInstanceId=rm-uf6wjk5xxxxxxx&ImportId=8562584\n") !=
        std::string::npos);

  // --curl prints a command that sh can run: with curl replaced by a
  // function that echoes its arguments, the URL and headers come back intact.
  auto curl = run(with(cancel_import_v3, {"--curl"}), test_creds);
  REQUIRE(curl.exit_code == 0);
  const std::string script = temp_path("curl.sh");
  {
    std::ofstream f(script);
    f << "curl() { for a in \"$@\"; do printf '%s\\n' \"$a\"; done; }\n" << curl.out;
  }
  const std::string out = temp_path("curl.out");
  REQUIRE(std::system(("sh " + script + " > " + out).c_str()) == 0);
  const std::string args = slurp(out);
  std::remove(script.c_str());
  std::remove(out.c_str());
  CHECK(args.find("\nhttps://rds.aliyuncs.com/?DBInstanceId=rm-uf6wjk5xxxxxxx&ImportId=8562584\n") != std::string::npos);
  CHECK(args.find(std::string("\nAuthorization: ") + derived_v3_post_auth + "\n") != std::string::npos);

  // V2, form placement: the derived V2 signature, fields in the body.
  auto v2 = run({"sign", "cancel-import", "--db-instance-id", "rm-uf6wjk5xxxxxxx", "--import-id", "8562584",
                 "--signature", "v2", "--placement", "form", "--timestamp", "2023-03-13T08:34:30Z", "--nonce",
                 "edb2b34af0af9a6d14deaf7c1a5315eb"},
                test_creds);
  REQUIRE(v2.exit_code == 0);
  CHECK(v2.out.find("&Signature=5YnwPdJ8AW1B8bAVimnr4TJ2kns%3D\n") != std::string::npos);  // derived case "post"
  CHECK(v2.out.find("\n\nDBInstanceId=rm-uf6wjk5xxxxxxx&ImportId=8562584\n") != std::string::npos);

  // SM3, GET, region.
  auto sm3 = run(with(cancel_import_v3, {"--sm3", "--method", "GET", "--region", "eu-central-1"}), test_creds);
  REQUIRE(sm3.exit_code == 0);
  CHECK(sm3.out.rfind("GET https://rds.eu-central-1.aliyuncs.com/?", 0) == 0);
  CHECK(sm3.out.find("Authorization: ACS3-HMAC-SM3 Credential=testid,") != std::string::npos);
}

TEST_CASE("cli: parse on the sample bodies and on bad input", "[cli]") {
  const auto sample = [](const char* name) { return rdscodec_test::data_path(std::string("responses/") + name); };
  auto ok_json = run({"parse", sample("cancel_import_success.json")});
  CHECK(ok_json.exit_code == 0);
  CHECK(ok_json.out == "RequestId:  17F57FEE-EA4F-4337-8D2E-9C23CAA63D74\n");
  auto ok_xml = run({"parse", "--format", "xml"}, {}, sample("cancel_import_success.xml"));  // from stdin
  CHECK(ok_xml.exit_code == 0);
  CHECK(ok_xml.out == "RequestId: 17F57FEE-EA4F-4337-8D2E-9C23CAA63D74\n");

  // Service errors exit with 10 + their class (invalid_request 4, server 6, authentication 1).
  auto unsupported = run({"parse", "--status", "400", sample("error_unsupported_operation.xml")});
  CHECK(unsupported.exit_code == 14);
  CHECK(unsupported.out.find("service error: HTTP 400 UnsupportedOperation (invalid_request)") == 0);
  auto internal = run({"parse", "--status", "500", "--json", sample("error_internal.json")});
  CHECK(internal.exit_code == 16);
  simdjson::dom::parser jp;
  auto j = parse_json(jp, internal.out);
  CHECK(str(j, "service_error", "code") == "InternalError");
  CHECK(bool(j["service_error"]["retryable"]) == true);
  auto sig = run({"parse", "--status", "400", sample("error_signature_mismatch.json"), "--diagnose",
                  "POST&%2F&AccessKeyId%3DLTAIlFW9Sddoh5pV%26Action%3DGetMainDomainName%26Format%3DJSON"});
  CHECK(sig.exit_code == 11);
  CHECK(sig.out.find("diagnosis: the string-to-sign differs at byte 80, in the parameter value of parameter Format") !=
        std::string::npos);

  // Malformed bodies exit with 1 and say why.
  const std::string bad = temp_path("bad.json");
  std::ofstream(bad) << "{\"RequestId\":\"abc\"";
  auto truncated = run({"parse", bad});
  CHECK(truncated.exit_code == 1);
  CHECK(truncated.out.find("malformed response: HTTP 200: response body is not well-formed JSON") == 0);
  std::ofstream(bad) << "<html><body>502 Bad Gateway</body></html>";
  auto html = run({"parse", "--status", "502", "--json", bad});
  CHECK(html.exit_code == 1);
  auto hj = parse_json(jp, html.out);
  CHECK(str(hj, "malformed", "error") == "not_an_api_response");
  std::remove(bad.c_str());
  CHECK(run({"parse", "/nonexistent/body"}).exit_code == 3);
  // An endless input is read only up to the size limit, then refused.
  auto endless = run({"parse", "/dev/zero"});
  CHECK(endless.exit_code == 1);
  CHECK(endless.out.find("larger than the limit") != std::string::npos);
}

TEST_CASE("cli: parse the other operations' answers", "[cli]") {
  const auto sample = [](const char* name) { return rdscodec_test::data_path(std::string("responses/") + name); };
  auto describe = run({"parse", "--operation", "describe-imports-for-sql-server",
                       sample("describe_imports_for_sql_server_fixed.json")});
  CHECK(describe.exit_code == 0);
  CHECK(describe.out.find("TotalRecordCounts: 1\n") != std::string::npos);
  CHECK(describe.out.find("Items[0].DBName: testdb01\nItems[0].FileName: testdb01_1370572475975.bak\n"
                          "Items[0].ImportStatus: Success\nItems[0].StartTime: Innodb\n") != std::string::npos);
  // The expected values are the ones in the API reference's sample
  // (tests/data/responses/README.md gives its source): <ImportId>2122321</ImportId>,
  // <RequestId>5A77D650-27A1-4E08-AD9E-59008EDB6927</RequestId>. --json prints
  // {"ok":true,"response":{...}} with ImportId as a JSON number and both fields,
  // and nothing else, as the README's manual says.
  auto import = run({"parse", "--operation", "import-database-between-instances", "--json",
                     sample("import_database_between_instances_success.xml")});
  CHECK(import.exit_code == 0);
  {
    simdjson::dom::parser ip;
    auto ij = parse_json(ip, import.out);
    CHECK(bool(ij["ok"]) == true);
    simdjson::dom::object response;
    REQUIRE(ij["response"].get(response) == simdjson::SUCCESS);
    CHECK(response.size() == 2);
    std::int64_t import_id = 0;
    REQUIRE(response["ImportId"].get(import_id) == simdjson::SUCCESS);  // a number, not a string
    CHECK(import_id == 2122321);
    CHECK(str(ij, "response", "RequestId") == "5A77D650-27A1-4E08-AD9E-59008EDB6927");
  }
  auto malformed = run({"parse", "--operation", "describe-imports-for-sql-server",
                        sample("describe_imports_for_sql_server_doc.xml")});
  CHECK(malformed.exit_code == 1);
  CHECK(run({"parse", "--operation", "nope"}).exit_code == 2);
}

TEST_CASE("cli: parse reaches every operation by its action", "[cli][registry]") {
  // A DescribeDBInstances answer shaped as the API reference's example
  // (spec/rds-20140815/api-docs.json): Items.DBInstance is a list of objects,
  // each with ReadOnlyDBInstanceIds, an object holding a list of objects, and
  // MutriORsignle, a boolean. The expected lines follow the manual (README,
  // "parse"): each value present in the body once, named by its path
  // (Name.Field, Name[i]), top-level fields in the order the response
  // declares them (the spec's: Items, NextToken, PageNumber,
  // PageRecordCount, RequestId, TotalRecordCount), text escaped.
  const std::string json = temp_path("describe_db_instances.json");
  const std::string xml = temp_path("describe_db_instances.xml");
  {
    std::ofstream f(json, std::ios::binary);
    f << R"({"RequestId":"1AD222E9-E606-4A42-BF6D-8A4442913CEF","PageNumber":1,"TotalRecordCount":2,)"
         R"("Items":{"DBInstance":[{"DBInstanceId":"rm-uf6wjk5****","MutriORsignle":true,"Tips":"a\tb",)"
         R"("ReadOnlyDBInstanceIds":{"ReadOnlyDBInstanceId":[{"DBInstanceId":"rr-uf6wjk5****"}]}},)"
         R"({"DBInstanceId":"rm-second"}]}})";
    // The same answer in XML: a lone element is a list of one.
    std::ofstream x(xml, std::ios::binary);
    x << "<DescribeDBInstancesResponse><RequestId>1AD222E9-E606-4A42-BF6D-8A4442913CEF</RequestId>"
         "<PageNumber>1</PageNumber><TotalRecordCount>2</TotalRecordCount><Items><DBInstance>"
         "<DBInstanceId>rm-uf6wjk5****</DBInstanceId><MutriORsignle>true</MutriORsignle><Tips>a\tb</Tips>"
         "<ReadOnlyDBInstanceIds><ReadOnlyDBInstanceId><DBInstanceId>rr-uf6wjk5****</DBInstanceId>"
         "</ReadOnlyDBInstanceId></ReadOnlyDBInstanceIds></DBInstance><DBInstance><DBInstanceId>rm-second"
         "</DBInstanceId></DBInstance></Items></DescribeDBInstancesResponse>";
  }
  for (const auto& [spelling, body] : {std::pair<const char*, std::string>{"DescribeDBInstances", json},
                                       {"describe-db-instances", json}, {"DESCRIBEDBINSTANCES", xml}}) {
    INFO(spelling << " " << body);
    auto r = run({"parse", "--operation", spelling, body});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("Items.DBInstance[0].DBInstanceId: rm-uf6wjk5****\n") == 0);
    CHECK(r.out.find("Items.DBInstance[0].MutriORsignle: true\n") != std::string::npos);
    CHECK(r.out.find("Items.DBInstance[0].ReadOnlyDBInstanceIds.ReadOnlyDBInstanceId[0].DBInstanceId: "
                     "rr-uf6wjk5****\n") != std::string::npos);
    CHECK(r.out.find("Items.DBInstance[0].Tips: a\\x09b\n") != std::string::npos);  // the tab escaped
    CHECK(r.out.find("Items.DBInstance[1].DBInstanceId: rm-second\n") != std::string::npos);
    CHECK(r.out.find("Items.DBInstance[2]") == std::string::npos);
    // The last lines: the scalars after Items, in declaration order.
    const std::string tail = "PageNumber: 1\nRequestId: 1AD222E9-E606-4A42-BF6D-8A4442913CEF\nTotalRecordCount: 2\n";
    CHECK(r.out.size() >= tail.size());
    CHECK(r.out.compare(r.out.size() - tail.size(), tail.size(), tail) == 0);
    CHECK(r.out.find("PageRecordCount") == std::string::npos);  // not in the body: not printed
  }
  // --json: {"ok":true,"response":{...}} with the nesting of the body, the
  // numbers as numbers and the boolean as a boolean, whichever format came.
  for (const std::string& body : {json, xml}) {
    INFO(body);
    auto r = run({"parse", "--operation", "DescribeDBInstances", "--json", body});
    CHECK(r.exit_code == 0);
    simdjson::dom::parser p;
    auto j = parse_json(p, r.out);
    CHECK(bool(j["ok"]) == true);
    simdjson::dom::array items;
    REQUIRE(j["response"]["Items"]["DBInstance"].get(items) == simdjson::SUCCESS);
    CHECK(items.size() == 2);
    CHECK(std::string_view(items.at(0)["ReadOnlyDBInstanceIds"]["ReadOnlyDBInstanceId"].at(0)["DBInstanceId"]) ==
          "rr-uf6wjk5****");
    CHECK(bool(items.at(0)["MutriORsignle"]) == true);
    CHECK(std::string_view(items.at(1)["DBInstanceId"]) == "rm-second");
    std::int64_t page = 0;
    REQUIRE(j["response"]["PageNumber"].get(page) == simdjson::SUCCESS);
    CHECK(page == 1);
    CHECK(str(j, "response", "RequestId") == "1AD222E9-E606-4A42-BF6D-8A4442913CEF");
  }
  // A name no operation has is a usage error that quotes it.
  auto unknown = run({"parse", "--operation", "DescribeDBInstancesX", json});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("DescribeDBInstancesX") != std::string::npos);
  std::remove(json.c_str());
  std::remove(xml.c_str());
}

TEST_CASE("cli: every usage error is one line plus the help, exit code 2", "[cli]") {
  // The first line is checked for what it must say (the option and the
  // value at fault), not for a library's exact wording: each `mentions`
  // entry is a fact about the command line that the message has to name.
  struct usage_case {
    const char* what;
    std::vector<std::string> args;
    bool creds;
    std::vector<std::string> mentions;
  };
  const usage_case cases[] = {
      {"no command", {}, true, {"command"}},
      {"unknown option", with(cancel_import_v3, {"--bogus"}), true, {"--bogus"}},
      {"missing required field", {"sign", "cancel-import", "--import-id", "1"}, true, {"--db-instance-id", "required"}},
      {"missing required number", {"sign", "cancel-import", "--db-instance-id", "a"}, true, {"--import-id", "required"}},
      {"bad number", {"sign", "cancel-import", "--db-instance-id", "a", "--import-id", "12x"}, true,
       {"--import-id", "'12x'"}},
      {"missing credentials", cancel_import_v3, false,
       {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "--profile"}},
      {"bad signature version", with(cancel_import_v3, {"--signature", "v9"}), true, {"--signature", "v9"}},
      {"generic without action", {"sign", "--version", "1"}, true, {"--action", "required"}},
      {"bad param", {"sign", "--action", "A", "--version", "1", "--param", "novalue"}, true, {"--param", "novalue"}},
      // ImportId's declared range is 0..INT64_MAX (ops/cancel_import.hpp).
      {"negative id", {"sign", "cancel-import", "--db-instance-id", "a", "--import-id", "-1"}, true,
       {"--import-id", "'-1'", "negative"}},
      {"value the request cannot carry", with(cancel_import_v3, {"--region", "EU_1"}), true, {"region"}},
      {"bad profile", with(cancel_import_v3, {"--profile", "x", "--config", "/nonexistent.json"}), false,
       {"/nonexistent.json"}},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.what) {
      auto r = run(c.args, c.creds ? test_creds : std::map<std::string, std::string>{});
      CHECK(r.exit_code == 2);
      CHECK(r.out.empty());
      INFO(r.err);
      CHECK(r.err.rfind("rdscodec: ", 0) == 0);
      const auto first_line_end = r.err.find('\n');
      REQUIRE(first_line_end != std::string::npos);
      const std::string first = r.err.substr(0, first_line_end);
      for (const auto& m : c.mentions) CHECK(first.find(m) != std::string::npos);
      CHECK(r.err.find("Usage:", first_line_end) != std::string::npos);  // then the relevant help
    }
  }
}

TEST_CASE("cli: --help on every command", "[cli]") {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--help"}, {"sign", "--help"}, {"sign", "cancel-import", "--help"}, {"parse", "--help"}, {"demo", "--help"}}) {
    auto r = run(args);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Usage:") != std::string::npos);
  }
  CHECK(run({"sign", "cancel-import", "--help"}).out.find("--db-instance-id") != std::string::npos);
}

TEST_CASE("cli: --profile from an aliyun config file (AK and StsToken)", "[cli]") {
  const std::string config = temp_path("config.json");
  std::ofstream(config) << R"({"current":"default","profiles":[)"
                        << R"({"name":"ak","mode":"AK","access_key_id":"testid","access_key_secret":"testsecret","region_id":"cn-zhangjiakou"},)"
                        << R"({"name":"sts","mode":"StsToken","access_key_id":"testid","access_key_secret":"testsecret","sts_token":"CAIS-token"},)"
                        << R"({"name":"ram","mode":"RamRoleArn","access_key_id":"a","access_key_secret":"b"}]})";
  auto ak = run(with(cancel_import_v3, {"--profile", "ak", "--config", config}));
  CHECK(ak.exit_code == 0);
  CHECK(ak.out.rfind("POST https://rds.cn-zhangjiakou.aliyuncs.com/", 0) == 0);  // the profile's region
  auto sts = run(with(cancel_import_v3, {"--profile", "sts", "--config", config}));
  CHECK(sts.exit_code == 0);
  CHECK(sts.out.find("\nx-acs-security-token: CAIS-token\n") != std::string::npos);
  auto ram = run(with(cancel_import_v3, {"--profile", "ram", "--config", config}));
  CHECK(ram.exit_code == 2);
  CHECK(ram.err.find("only AK and StsToken are supported") != std::string::npos);
  auto missing = run(with(cancel_import_v3, {"--profile", "nope", "--config", config}));
  CHECK(missing.exit_code == 2);
  std::remove(config.c_str());
}

namespace {

/// Independent of the tool's escaper: true when `s` has no byte a terminal
/// could take as a control: no C0 byte but line feed, no DEL, no C1 control
/// (U+0080..U+009F, UTF-8 C2 80..C2 9F), no byte outside well-formed UTF-8.
bool terminal_safe(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\n') || c == 0x7F) return false;
      ++i;
      continue;
    }
    std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (n == 0 || i + n > s.size()) return false;
    std::uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    if (cp <= 0x9F) return false;  // C1
    i += n;
  }
  return true;
}

std::string write_temp(const std::string& name, const std::string& content) {
  const std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

}  // namespace

TEST_CASE("cli: integer options take plain decimal only", "[cli][numbers]") {
  // Each of these was once read with base 0 or clamped: 010 as 8, 0x10 as 16,
  // 2^63 as INT64_MAX, '' as 0. Every one must be refused, naming the option
  // and the value as typed.
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"--import-id", "010"}, {"--import-id", "0x10"}, {"--import-id", "9223372036854775808"},
      {"--import-id", ""},    {"--import-id", "+1"},   {"--import-id", " 1"},
      {"--import-id", "1 "},  {"--import-id", "1e3"},  {"--import-id", "-0"},
      {"--owner-id", "010"},  {"--owner-id", ""},      {"--resource-owner-id", "0x10"},
      {"--resource-owner-id", "18446744073709551617"},
  };
  for (const auto& [option, value] : bad) {
    DYNAMIC_SECTION(option << " '" << value << "'") {
      std::vector<std::string> args = {"sign", "cancel-import", "--db-instance-id", "a"};
      if (option != "--import-id") args.insert(args.end(), {"--import-id", "1"});
      args.insert(args.end(), {option, value});
      auto r = run(args, test_creds);
      INFO(r.err);
      CHECK(r.exit_code == 2);
      CHECK(r.out.empty());
      const std::string first = r.err.substr(0, r.err.find('\n'));
      CHECK(first.find(option + ": '" + value + "'") != std::string::npos);
    }
  }
  // --status likewise (0 to 999).
  for (const std::string value : {"0200", "0x1f4", "", "2e2", "1000", "-1"}) {
    auto r = run({"parse", "--status", value, "/dev/null"});
    INFO(value << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--status: '" + value + "'") != std::string::npos);
  }
  // The values that are plain decimal sign as typed: the bounds of the
  // declared range 0..INT64_MAX (2^63 - 1 = 9223372036854775807).
  auto max = run({"sign", "cancel-import", "--db-instance-id", "a", "--import-id", "9223372036854775807",
                  "--owner-id", "0", "--resource-owner-id", "10"},
                 test_creds);
  INFO(max.err);
  CHECK(max.exit_code == 0);
  CHECK(max.out.rfind("POST https://rds.aliyuncs.com/?DBInstanceId=a&ImportId=9223372036854775807&OwnerId=0&"
                      "ResourceOwnerId=10\n",
                      0) == 0);
  CHECK(run({"parse", "--status", "0", "/dev/null"}).exit_code == 1);  // status 0 accepted; the empty body is not
}

TEST_CASE("cli: an option is never taken as the value of the one before it", "[cli][values]") {
  // `--db-instance-id $ID --json` with an empty $ID.
  struct swallow_case {
    std::vector<std::string> args;
    std::string option, next;  // the option left without a value, and what followed it
  };
  const swallow_case cases[] = {
      {{"sign", "cancel-import", "--db-instance-id", "--json", "--import-id", "1"}, "--db-instance-id", "--json"},
      {{"sign", "cancel-import", "--import-id", "1", "--db-instance-id", "--json"}, "--db-instance-id", "--json"},
      {{"sign", "cancel-import", "--db-instance-id", "a", "--import-id", "--owner-id", "5"}, "--import-id", "--owner-id"},
      {{"sign", "--action", "A", "--version", "1", "--param", "--json"}, "--param", "--json"},
      {{"sign", "--action", "A", "--version", "1", "--nonce", "-x"}, "--nonce", "-x"},
      {{"parse", "--format", "--json", "/dev/null"}, "--format", "--json"},
  };
  for (const auto& c : cases) {
    auto r = run(c.args, test_creds);
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    const std::string first = r.err.substr(0, r.err.find('\n'));
    CHECK(first.find(c.option + " takes a value") != std::string::npos);
    CHECK(first.find(c.next) != std::string::npos);
  }
  // With '=', the value is whatever follows it: dash-led, or empty where the
  // field allows it (OwnerAccount is optional: it is sent, empty).
  auto eq = run({"sign", "cancel-import", "--db-instance-id=--json", "--import-id=1", "--owner-account=",
                 "--nonce=-x", "--timestamp=2023-10-26T10:22:32Z"},
                test_creds);
  INFO(eq.err);
  CHECK(eq.exit_code == 0);
  CHECK(eq.out.rfind("POST https://rds.aliyuncs.com/?DBInstanceId=--json&ImportId=1&OwnerAccount=\n", 0) == 0);
  CHECK(eq.out.find("\nx-acs-signature-nonce: -x\n") != std::string::npos);
  auto param = run({"sign", "--action", "A", "--version", "1", "--param=Name=-v", "--param=Empty=", "--nonce", "n",
                    "--timestamp", "2023-10-26T10:22:32Z"},
                   test_creds);
  INFO(param.err);
  CHECK(param.exit_code == 0);
  CHECK(param.out.rfind("POST https://rds.aliyuncs.com/?Empty=&Name=-v\n", 0) == 0);
  // An empty value for a required field: refused, naming the option.
  auto empty = run({"sign", "cancel-import", "--db-instance-id=", "--import-id=1"}, test_creds);
  CHECK(empty.exit_code == 2);
  CHECK(empty.err.rfind("rdscodec: --db-instance-id is empty", 0) == 0);
  // A value after --param may not be another word either: each --param takes one.
  CHECK(run({"sign", "--action", "A", "--version", "1", "--param", "a=1", "b=2"}, test_creds).exit_code == 2);
}

TEST_CASE("cli: control bytes from a response or a config file never reach the terminal", "[cli][escape]") {
  // A success body whose RequestId holds ESC [31m, the C1 control CSI
  // (U+009B), DEL, a line feed and a backslash. By hand, with the escaping the
  // README documents (C0 and DEL as \xNN, C1 as \u00NN, '\' as '\\'):
  const std::string body = R"({"RequestId":"a\u001b[31m\u009b\u007f\nz\\q"})";
  const std::string file = write_temp("esc.json", body);
  auto text = run({"parse", file});
  CHECK(text.exit_code == 0);
  CHECK(text.out == "RequestId: a\\x1b[31m\\u009b\\x7f\\x0az\\\\q\n");
  // JSON output: the same value, with DEL and C1 as \u escapes too.
  auto json = run({"parse", "--json", file});
  CHECK(json.exit_code == 0);
  CHECK(json.out == "{\"ok\":true,\"response\":{\"RequestId\":\"a\\u001b[31m\\u009b\\u007f\\nz\\\\q\"}}\n");
  simdjson::dom::parser jp;
  CHECK(str(parse_json(jp, json.out), "response", "RequestId") == "a\x1b[31m\xc2\x9b\x7f\nz\\q");

  // A service error (every text field) and its diagnosis.
  const std::string err = write_temp(
      "esc-err.json",
      R"({"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our )"
      R"(calculation. server string to sign is:POST&%2F&A\u001b[2J","RequestId":"r\u0085","HostId":"h\u001b",)"
      R"("Recommend":"\u009d","AccessDeniedDetail":"\u007f"})");
  auto service = run({"parse", "--status", "400", err, "--diagnose", "POST&%2F&B"});
  INFO(service.out);
  CHECK(service.exit_code == 11);
  CHECK(service.out.rfind("service error: HTTP 400 SignatureDoesNotMatch (authentication)\nMessage: Specified "
                          "signature is not matched with our calculation. server string to sign is:POST&%2F&A\\x1b[2J\n"
                          "RequestId: r\\u0085\nHostId: h\\x1b\nRecommend: \\u009d\nAccessDeniedDetail: \\x7f\n",
                          0) == 0);
  CHECK(service.out.find("diagnosis:") != std::string::npos);
  CHECK(terminal_safe(service.out));
  const std::string code = write_temp("esc-code.json", R"({"Code":"Bad\u001b]0;x\u0007","Message":"m","RequestId":"r"})");
  auto bad_code = run({"parse", "--status", "400", code});
  CHECK(bad_code.out.rfind("service error: HTTP 400 Bad\\x1b]0;x\\x07 (", 0) == 0);
  auto service_json = run({"parse", "--status", "400", "--json", err, "--diagnose", "POST&%2F&B"});
  CHECK(terminal_safe(service_json.out));
  CHECK(service_json.out.find("\"request_id\":\"r\\u0085\"") != std::string::npos);

  // A malformed body, and a file name with control and non-UTF-8 bytes.
  const std::string bad = write_temp("esc-bad.json", "{\"RequestId\":\"a\x1b\"}");
  auto malformed = run({"parse", bad});
  CHECK(malformed.exit_code == 1);
  CHECK(terminal_safe(malformed.out));
  auto missing = run({"parse", "/nonexistent/\x1b[2J\xff"});
  CHECK(missing.exit_code == 3);
  CHECK(missing.err == "rdscodec: cannot read /nonexistent/\\x1b[2J\\xff\n");

  // Config file fields quoted in messages.
  const std::string config = write_temp(
      "esc-config.json", R"({"profiles":[{"name":"p","mode":"\u001b[2J\u009b","access_key_id":"a","access_key_secret":"b"}]})");
  auto mode = run(with(cancel_import_v3, {"--profile", "p", "--config", config}));
  CHECK(mode.exit_code == 2);
  CHECK(mode.err.rfind("rdscodec: profile p has mode \"\\x1b[2J\\u009b\"; only AK and StsToken are supported\n", 0) == 0);
  CHECK(terminal_safe(mode.err));

  // A request body with control bytes: escaped in the request text, and
  // sent byte for byte by the --curl command (printf writes it to curl's
  // standard input), while the command itself stays printable.
  const std::string raw_body = std::string("a\x1b[31m%s\\n'\x7f\xc2\x9b\xff", 15) + "\nend";
  auto req = run(with(cancel_import_v3, {"--body", raw_body, "--content-type", "text/plain"}), test_creds);
  INFO(req.err);
  CHECK(req.exit_code == 0);
  CHECK(req.out.find("\n\na\\x1b[31m%s\\\\n'\\x7f\\u009b\\xff\nend\n") != std::string::npos);
  CHECK(terminal_safe(req.out));
  auto curl = run(with(cancel_import_v3, {"--body", raw_body, "--content-type", "text/plain", "--curl"}), test_creds);
  CHECK(curl.exit_code == 0);
  CHECK(terminal_safe(curl.out));
  const std::string script = temp_path("curl-body.sh"), sent = temp_path("curl-body.out");
  {
    std::ofstream f(script);
    f << "curl() { cat > " << shell_quote(sent) << "; }\n" << curl.out;
  }
  REQUIRE(std::system(("sh " + shell_quote(script)).c_str()) == 0);
  CHECK(slurp(sent) == raw_body);
  for (const auto& path : {file, err, code, bad, config, script, sent}) std::remove(path.c_str());
}

TEST_CASE("cli: credential refusals say which rule failed", "[cli][credentials]") {
  // The signer takes AccessKeyId and SecurityToken as printable ASCII without
  // space or comma; each case breaks one rule at a known byte (1-based).
  struct token_case {
    std::string variable, value, rule;
  };
  const token_case cases[] = {
      {"ALIBABA_CLOUD_SECURITY_TOKEN", "CAIS tok", "SecurityToken (from the environment) has a space at byte 5 of 8"},
      {"ALIBABA_CLOUD_SECURITY_TOKEN", "CAIS,tok", "SecurityToken (from the environment) has a comma at byte 5 of 8"},
      {"ALIBABA_CLOUD_SECURITY_TOKEN", "CAIS\x01tok", "SecurityToken (from the environment) has a control byte at byte 5 of 8"},
      {"ALIBABA_CLOUD_SECURITY_TOKEN", "CAIS\xc3\xa9", "SecurityToken (from the environment) has a byte outside ASCII at byte 5 of 6"},
      {"ALIBABA_CLOUD_ACCESS_KEY_ID", "test id", "AccessKeyId (from the environment) has a space at byte 5 of 7"},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.rule) {
      auto env = test_creds;
      env[c.variable] = c.value;
      auto r = run(cancel_import_v3, env);
      INFO(r.err);
      CHECK(r.exit_code == 2);
      CHECK(r.out.empty());
      CHECK(r.err.rfind("rdscodec: " + c.rule + "; it must be printable ASCII without spaces or commas\n", 0) == 0);
      CHECK(r.err.find("Usage:") == std::string::npos);  // one line, no help
      CHECK(r.err.find(c.value) == std::string::npos);   // the value itself is not shown
    }
  }
  // From a profile, the message names the profile.
  const std::string config = write_temp(
      "token-config.json",
      R"({"profiles":[{"name":"s","mode":"StsToken","access_key_id":"a","access_key_secret":"b","sts_token":"x y"}]})");
  auto profile = run(with(cancel_import_v3, {"--profile", "s", "--config", config}));
  CHECK(profile.exit_code == 2);
  CHECK(profile.err.rfind("rdscodec: SecurityToken (from profile s) has a space at byte 2 of 3", 0) == 0);
  std::remove(config.c_str());
}

TEST_CASE("cli: the help names the credential sources", "[cli]") {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--help"}, {"sign", "--help"}, {"sign", "cancel-import", "--help"}, {"call", "--help"}}) {
    auto r = run(args);
    CHECK(r.exit_code == 0);
    for (const char* name : {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                             "ALIBABA_CLOUD_SECURITY_TOKEN", "~/.aliyun/config.json", "--profile",
                             "~/.alibabacloud/credentials", "ALIBABA_CLOUD_CREDENTIALS_FILE", "ALIBABA_CLOUD_PROFILE"})
      CHECK(r.out.find(name) != std::string::npos);
  }
}

TEST_CASE("cli: --json spells every header name in lower case, V2 and V3", "[cli]") {
  // The library spells V2's "Content-Type" and V3's "Authorization" with
  // capitals and V3's other names in lower case; --json prints all in lower case.
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {with(cancel_import_v3, {"--signature", "v2", "--placement", "form", "--json"}), "content-type"},
      {with(cancel_import_v3, {"--placement", "form", "--json"}), "content-type"},
      {with(cancel_import_v3, {"--json"}), "authorization"}};
  for (const auto& [args, expected] : cases) {
    auto r = run(args, test_creds);
    REQUIRE(r.exit_code == 0);
    simdjson::dom::parser jp;
    auto j = parse_json(jp, r.out);
    simdjson::dom::array headers;
    REQUIRE(j["request"]["headers"].get(headers) == simdjson::SUCCESS);
    std::vector<std::string> names;
    for (auto h : headers) names.emplace_back(std::string_view(h["name"]));
    CAPTURE(names);
    for (const auto& n : names) CHECK(n.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos);
    CHECK(std::find(names.begin(), names.end(), expected) != names.end());
  }
}

TEST_CASE("cli: a config.json that starts with a UTF-8 byte-order mark", "[cli]") {
  const std::string config = write_temp(
      "bom-config.json",
      "\xEF\xBB\xBF" R"({"profiles":[{"name":"ak","mode":"AK","access_key_id":"testid","access_key_secret":"testsecret"}]})");
  auto r = run(with(cancel_import_v3, {"--profile", "ak", "--config", config}));
  INFO(r.err);
  CHECK(r.exit_code == 0);
  // The same request as from the environment: the derived signature.
  CHECK(r.out.find(std::string("\nAuthorization: ") + derived_v3_post_auth + "\n") != std::string::npos);
  std::remove(config.c_str());
}

TEST_CASE("cli: a config file larger than 1 MiB is refused, not read without bound", "[cli]") {
  // 1 MiB + 1 byte of spaces (valid JSON whitespace before nothing): the cap,
  // not the JSON parser, must refuse it; /dev/zero would otherwise never end.
  const std::string config = write_temp("big-config.json", std::string((std::size_t{1} << 20) + 1, ' '));
  auto r = run(with(cancel_import_v3, {"--profile", "ak", "--config", config}));
  CHECK(r.exit_code != 0);
  CHECK(r.err.find("larger than 1 MiB") != std::string::npos);
  // A device is not read at all (tools/cli/credentials_source.cpp refuses
  // anything but a regular file, so /dev/zero cannot grow memory nor a FIFO hang).
  auto z = run(with(cancel_import_v3, {"--profile", "ak", "--config", "/dev/zero"}));
  CHECK(z.exit_code != 0);
  CHECK(z.err.find("/dev/zero is not a regular file") != std::string::npos);
  std::remove(config.c_str());
}

TEST_CASE("cli: the secret never appears in any output", "[cli][secrets]") {
  const std::string secret = "Zq9-SECRET-cli-7fX2";
  const std::map<std::string, std::string> env = {{"ALIBABA_CLOUD_ACCESS_KEY_ID", "testid"},
                                                  {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret},
                                                  {"ALIBABA_CLOUD_SECURITY_TOKEN", "tok"}};
  const std::vector<std::vector<std::string>> commands = {
      cancel_import_v3,
      with(cancel_import_v3, {"--curl"}),
      with(cancel_import_v3, {"--explain"}),
      with(cancel_import_v3, {"--json"}),
      with(cancel_import_v3, {"--signature", "v2", "--explain"}),
      with(cancel_import_v3, {"--signature", "v2", "--json"}),
      with(cancel_import_v3, {"--sm3", "--explain"}),
      with(cancel_import_v3, {"--bogus"}),
      {"sign", "cancel-import", "--db-instance-id", "a", "--import-id", "-5", "--explain"},
      {"sign", "--help"},
      {"sign", "cancel-import", "--help"},
      {"--help"},
      {"sign", "cancel-import", "--db-instance-id", "a", "--import-id", "010"},
      {"sign", "cancel-import", "--db-instance-id", "--json", "--import-id", "1"},
      {"sign", "cancel-import", "--db-instance-id=", "--import-id", "1"},
      with(cancel_import_v3, {"--body", "a\x1b", "--content-type", "text/plain"}),
      with(cancel_import_v3, {"--body", "a\x1b", "--content-type", "text/plain", "--curl"}),
      // The commands over every operation (test_cli_operations.cpp).
      {"sign", "TagResources", "--RegionId", "cn-hangzhou", "--ResourceType", "INSTANCE", "--ResourceId.1", "rm-a",
       "--Tag", R"([{"Key":"k","Value":"v"}])", "--explain"},
      {"sign", "TagResources", "--RegionId", "cn-hangzhou", "--ResourceType", "INSTANCE", "--ResourceId.1", "rm-a",
       "--signature", "v2", "--json"},
      {"sign", "TagResources", "--RegionId", "cn-hangzhou", "--ResourceType", "INSTANCE", "--ResourceId.1", "rm-a",
       "--sm3", "--curl"},
      {"sign", "TagResources", "--RegionId", "cn-hangzhou", "--Bogus", "x"},
      {"sign", "CancelImport", "--DBInstanceId", "a", "--ImportId", "007"},
      {"call", "CancelImport", "--DBInstanceId", "a", "--ImportId", "1", "--endpoint", "127.0.0.1:1", "--scheme",
       "http", "--timeout", "2"},
      {"call", "--help"},
      {"describe", "TagResources"},
      {"list"},
      {"completion", "bash"},
  };
  // The credential refusals too: a token, then an AccessKeyId, that breaks a rule.
  std::vector<std::pair<std::vector<std::string>, std::map<std::string, std::string>>> runs;
  for (const auto& c : commands) runs.emplace_back(c, env);
  auto bad_token = env;
  bad_token["ALIBABA_CLOUD_SECURITY_TOKEN"] = "to k";
  runs.emplace_back(cancel_import_v3, bad_token);
  auto bad_id = env;
  bad_id["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "test,id";
  runs.emplace_back(cancel_import_v3, bad_id);
  for (const auto& [c, e] : runs) {
    auto r = run(c, e);
    CHECK(r.out.find(secret) == std::string::npos);
    CHECK(r.err.find(secret) == std::string::npos);
    // Any third of the secret (the help names ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    // so "SECRET" alone is no sign of a leak).
    for (const char* part : {"Zq9-SEC", "SECRET-c", "-cli-7fX2"}) {
      CHECK(r.out.find(part) == std::string::npos);
      CHECK(r.err.find(part) == std::string::npos);
    }
  }
}

TEST_CASE("cli: demo", "[cli]") {
  auto r = run({"demo"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("Signature=5YnwPdJ8AW1B8bAVimnr4TJ2kns%3D") != std::string::npos);  // derived case "post"
  CHECK(r.out.find("success: RequestId=\" 17F57FEE-EA4F-4337-8D2E-9C23CAA63D74\"") != std::string::npos);
  CHECK(r.out.find("service error: Code=UnsupportedOperation class=invalid_request") != std::string::npos);
}
