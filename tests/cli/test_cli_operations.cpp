// The CLI's commands over every operation (issue 15): `list`, `describe`,
// `sign <Operation> --Wire value`, `call`, `completion`. What `sign` prints
// is checked against the library's own signing (v2::sign / v3::sign) of the
// typed request built here, member by member; the operation lists against
// the generated headers' text.
#include <rdscodec.hpp>
#include <rdscodec/rds/attach_rc_instances.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/confirm_notify.hpp>
#include <rdscodec/rds/describe_rc_instance_history_events.hpp>
#include <rdscodec/rds/describe_sql_collector_retention.hpp>
#include <rdscodec/rds/modify_db_instance.hpp>
#include <rdscodec/rds/tag_resources.hpp>

#include <catch2/catch.hpp>

#include "../shell.hpp"

#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

extern char** environ;

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
  return std::string(dir != nullptr ? dir : "/tmp") + "/rdscodec-cli-ops-" + std::to_string(::getpid()) + "-" + name;
}

/// The tool with only the given variables set (no credentials file, no
/// aliyun config: HOME points nowhere).
run_result run(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {}) {
  const std::string out = temp_path("out"), err = temp_path("err");
  // timeout: a tool that hangs (a FIFO it reads, a server that never answers)
  // fails the test with exit code 124 instead of stopping the suite.
  std::string cmd = "timeout 120 env -u ALIBABA_CLOUD_ACCESS_KEY_ID -u ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                    "-u ALIBABA_CLOUD_SECURITY_TOKEN -u ALIBABA_CLOUD_CREDENTIALS_FILE -u ALIBABA_CLOUD_PROFILE "
                    "HOME=/nonexistent";
  for (const auto& [k, v] : env) cmd += " " + k + "=" + shell_quote(v);
  cmd += " " + shell_quote(RDSCODEC_CLI_PATH);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " < /dev/null > " + shell_quote(out) + " 2> " + shell_quote(err);
  const int status = std::system(cmd.c_str());
  run_result r{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
  std::remove(out.c_str());
  std::remove(err.c_str());
  return r;
}

const std::map<std::string, std::string> creds_env = {{"ALIBABA_CLOUD_ACCESS_KEY_ID", "testid"},
                                                      {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "testsecret"}};

std::vector<std::string> with(std::vector<std::string> a, const std::vector<std::string>& more) {
  a.insert(a.end(), more.begin(), more.end());
  return a;
}

/// What `sign` prints for a request (the README's format): METHOD URL, one
/// header per line, a blank line, the body and a newline when there is one.
std::string printed(const rdscodec::http_request& r) {
  std::string s = std::string(rdscodec::to_string(r.method)) + " " + r.url() + "\n";
  for (const auto& h : r.headers) s += h.name + ": " + h.value + "\n";
  s += "\n" + r.body;
  if (!r.body.empty()) s += "\n";
  return s;
}

const char* const stamp = "2026-01-02T03:04:05Z";
const char* const nonce = "c1i-n0nce-42";

/// The library's signing of `req` with the options every sample below
/// gives the tool (region cn-hangzhou, the fixed timestamp and nonce).
template <class Request>
std::string library_v3(const Request& req) {
  rdscodec::v3::options o;
  o.region = "cn-hangzhou";
  o.timestamp = stamp;
  o.nonce = nonce;
  auto r = rdscodec::v3::sign(req, rdscodec::credentials("testid", "testsecret"), o);
  REQUIRE(r);
  return printed(*r);
}

template <class Request>
std::string library_v2(const Request& req) {
  rdscodec::v2::options o;
  o.region = "cn-hangzhou";
  o.timestamp = stamp;
  o.nonce = nonce;
  auto r = rdscodec::v2::sign(req, rdscodec::credentials("testid", "testsecret"), o);
  REQUIRE(r);
  return printed(*r);
}

/// `sign` with the fixed options, V3 then V2, each output compared with
/// the library's.
template <class Request>
void check_sign(const std::vector<std::string>& operation_and_params, const Request& req) {
  const std::vector<std::string> fixed = {"--region", "cn-hangzhou", "--timestamp", stamp, "--nonce", nonce};
  auto v3 = run(with(with({"sign"}, operation_and_params), fixed), creds_env);
  INFO(v3.err);
  REQUIRE(v3.exit_code == 0);
  CHECK(v3.out == library_v3(req));
  auto v2 = run(with(with({"sign"}, operation_and_params), with(fixed, {"--signature", "v2"})), creds_env);
  INFO(v2.err);
  REQUIRE(v2.exit_code == 0);
  CHECK(v2.out == library_v2(req));
}

/// action -> [(wire name, required)] of every generated operation, read
/// from the headers' text (the generator's output, not the tool's table).
std::map<std::string, std::vector<std::pair<std::string, bool>>> generated_operations() {
  std::map<std::string, std::vector<std::pair<std::string, bool>>> out;
  const std::string dir = std::string(RDSCODEC_SOURCE_DIR) + "/include/rdscodec/rds";
  DIR* d = opendir(dir.c_str());
  REQUIRE(d != nullptr);
  const std::regex action_re(R"re(static constexpr std::string_view action = "([A-Za-z0-9]+)";)re");
  const std::regex field_re(R"re(field<&request::[a-z0-9_]+>\{"([^"]+)", presence::(required|optional))re");
  while (dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    if (name.size() < 5 || name.substr(name.size() - 4) != ".hpp" || name == "registry.hpp") continue;
    const std::string text = slurp(dir + "/" + name);
    std::smatch m;
    if (!std::regex_search(text, m, action_re)) continue;
    auto& fields = out[m[1]];
    for (auto it = std::sregex_iterator(text.begin(), text.end(), field_re); it != std::sregex_iterator(); ++it)
      fields.emplace_back((*it)[1], (*it)[2] == "required");
  }
  closedir(d);
  return out;
}

}  // namespace

TEST_CASE("cli ops: list and describe show every generated operation and parameter", "[cli][ops][registry]") {
  const auto ops = generated_operations();
  REQUIRE(ops.size() == 413);  // the registry's count (registry.hpp's header comment)
  auto list = run({"list"});
  REQUIRE(list.exit_code == 0);
  std::string expected;
  for (const auto& [action, fields] : ops) expected += action + "\n";  // std::map: byte order, as the registry
  CHECK(list.out == expected);

  // One process for all 413 (`describe --all`: the operations in list's
  // order, a blank line between two), cut into one text per operation at
  // the header lines of the generated actions, in order.
  auto all = run({"describe", "--all"});
  INFO(all.err);
  REQUIRE(all.exit_code == 0);
  std::vector<std::pair<std::string, std::size_t>> starts;
  for (const auto& [action, fields] : ops) {
    const std::string header = action + " (RDS API 2014-08-15)\n";
    const std::size_t from = starts.empty() ? 0 : starts.back().second + 1;
    const std::size_t at = starts.empty() ? (all.out.rfind(header, 0) == 0 ? 0 : std::string::npos)
                                          : all.out.find("\n\n" + header, from);
    INFO(action);
    REQUIRE(at != std::string::npos);
    starts.emplace_back(action, starts.empty() ? 0 : at + 2);
  }
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const auto& [action, begin] = starts[i];
    // Each text ends with its newline; the blank line before the next is dropped.
    const std::size_t end = i + 1 < starts.size() ? starts[i + 1].second - 1 : all.out.size();
    const std::string text = all.out.substr(begin, end - begin);
    const auto& fields = ops.at(action);
    INFO(action);
    const auto resp = text.find("\nResponse fields:\n");
    REQUIRE(resp != std::string::npos);
    // The response fields' lines end the text: no operation's text runs into the next.
    CHECK(text.find("\n\n", resp + 1) == std::string::npos);
    const std::string params = text.substr(0, resp);
    CHECK(params.find("Parameters (" + std::to_string(fields.size()) + "):\n") != std::string::npos);
    for (const auto& [wire, required] : fields) {
      // A top-level line: two spaces, the name, padding, the type, then the flag.
      const auto at = params.find("\n  " + wire + "  ");
      INFO(wire);
      REQUIRE(at != std::string::npos);
      const std::string line = params.substr(at + 1, params.find('\n', at + 1) - at - 1);
      CHECK(line.find(required ? "  required" : "  optional") != std::string::npos);
    }
  }
}

TEST_CASE("cli ops: list filters, describe shows position, style and range", "[cli][ops]") {
  auto l = run({"list", "sql-collector-RETENTION"});
  CHECK(l.out == "DescribeSQLCollectorRetention\nModifySQLCollectorRetention\n");
  CHECK(run({"list", "NoSuchThingAtAll"}).out.empty());

  auto d = run({"describe", "describe-sql-collector-retention"});
  REQUIRE(d.exit_code == 0);
  CHECK(std::regex_search(d.out, std::regex("\n  RegionId +string +optional +host +plain\n")));
  auto m = run({"describe", "ModifyDBInstance"});
  // DBInstanceStorage: the spec declares a minimum of 5 and no maximum.
  CHECK(std::regex_search(m.out, std::regex("\n  DBInstanceStorage +integer +optional +query +plain +min 5\n")));
  CHECK(std::regex_search(m.out, std::regex("\n  Parameters +map of string +optional +query +json\n")));
  auto t = run({"describe", "TagResources"});
  CHECK(std::regex_search(t.out, std::regex("\n  Tag +list of object +optional +query +repeatList\n")));
  CHECK(std::regex_search(t.out, std::regex("\n    Tag.N +object +optional\n")));
  CHECK(std::regex_search(t.out, std::regex("\n      Tag.N.Key +string +required\n")));
  CHECK(std::regex_search(t.out, std::regex("\n    ResourceId.N +string +optional\n")));
  auto c = run({"describe", "ConfirmNotify"});
  CHECK(std::regex_search(c.out, std::regex("\n  NotifyIdList +list of integer +required +body +json\n")));
  CHECK(run({"describe", "NoSuchOperation"}).exit_code == 2);

  // Several operations in one run: each text as describe prints it alone,
  // in the order given, a blank line between two; an unknown name anywhere
  // is refused before anything is printed.
  auto two = run({"describe", "TagResources", "confirm-notify"});
  REQUIRE(two.exit_code == 0);
  CHECK(two.out == t.out + "\n" + c.out);
  auto bad = run({"describe", "TagResources", "NoSuchOperation"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
  CHECK(run({"describe"}).exit_code == 2);
  CHECK(run({"describe", "--all", "TagResources"}).exit_code == 2);
  CHECK(run({"describe", "--names", "TagResources", "ConfirmNotify"}).exit_code == 2);
}

TEST_CASE("cli ops: sign equals the library's signing, every parameter style, V2 and V3", "[cli][ops][sign]") {
  SECTION("plain: CancelImport, and the old sign cancel-import prints the same") {
    rdscodec::rds::cancel_import::request req;
    req.db_instance_id = "rm-uf6wjk5xxxxxxx";
    req.import_id = 8562584;
    req.owner_id = 3;
    check_sign({"CancelImport", "--DBInstanceId", "rm-uf6wjk5xxxxxxx", "--ImportId", "8562584", "--OwnerId=3"}, req);
    const std::vector<std::string> fixed = {"--region", "cn-hangzhou", "--timestamp", stamp, "--nonce", nonce};
    auto legacy = run(with({"sign", "cancel-import", "--db-instance-id", "rm-uf6wjk5xxxxxxx", "--import-id", "8562584",
                            "--owner-id", "3"},
                           fixed),
                      creds_env);
    CHECK(legacy.out == library_v3(req));
    // The loose spelling reaches the same operation.
    auto loose = run(with({"sign", "CANCELIMPORT", "--DBInstanceId", "rm-uf6wjk5xxxxxxx", "--ImportId", "8562584",
                           "--OwnerId=3"},
                          fixed),
                     creds_env);
    CHECK(loose.out == library_v3(req));
  }
  SECTION("repeatList: TagResources, numbered names and JSON values alike") {
    rdscodec::rds::tag_resources::request req;
    req.region_id = "cn-hangzhou";
    req.resource_type = "INSTANCE";
    req.resource_id = {"rm-a", "rm-b"};
    req.tag = std::vector<rdscodec::rds::tag_resources::tag>{{"env", std::string("prod")}, {"team", std::nullopt}};
    check_sign({"TagResources", "--RegionId", "cn-hangzhou", "--ResourceType", "INSTANCE", "--ResourceId.1", "rm-a",
                "--ResourceId.2", "rm-b", "--Tag.1.Key", "env", "--Tag.1.Value", "prod", "--Tag.2.Key", "team"},
               req);
    check_sign({"TagResources", "--RegionId", "cn-hangzhou", "--ResourceType", "INSTANCE", "--ResourceId",
                R"(["rm-a","rm-b"])", "--Tag", R"([{"Key":"env","Value":"prod"},{"Key":"team"}])"},
               req);
  }
  SECTION("flat nested objects: DescribeRCInstanceHistoryEvents") {
    rdscodec::rds::describe_rc_instance_history_events::request req;
    req.region_id = "cn-hangzhou";
    req.event_publish_time = rdscodec::rds::describe_rc_instance_history_events::event_publish_time{
        std::string("2026-01-02T00:00:00Z"), std::string("2026-01-01T00:00:00Z")};
    req.page_size = "50";  // a string in the spec
    check_sign({"DescribeRCInstanceHistoryEvents", "--RegionId", "cn-hangzhou", "--EventPublishTime.Start",
                "2026-01-01T00:00:00Z", "--EventPublishTime.End", "2026-01-02T00:00:00Z", "--PageSize", "50"},
               req);
    check_sign({"DescribeRCInstanceHistoryEvents", "--RegionId", "cn-hangzhou", "--EventPublishTime",
                R"({"Start":"2026-01-01T00:00:00Z","End":"2026-01-02T00:00:00Z"})", "--PageSize", "50"},
               req);
  }
  SECTION("json shrink and maps as JSON objects, booleans, ranged integers: ModifyDBInstance") {
    rdscodec::rds::modify_db_instance::request req;
    req.db_instance_id = "rm-uf6wjk5xxxxxxx";
    req.auto_use_coupon = true;
    req.db_instance_storage = 100;
    req.parameters = std::map<std::string, std::string>{{"max_connections", "500"}, {"wait_timeout", "60"}};
    req.db_nodes = std::vector<rdscodec::rds::modify_db_instance::db_nodes>{
        {std::nullopt, std::string("master"), std::nullopt, std::string("cn-hangzhou-h")}};
    check_sign({"ModifyDBInstance", "--DBInstanceId", "rm-uf6wjk5xxxxxxx", "--AutoUseCoupon", "true",
                "--DBInstanceStorage", "100", "--Parameters", R"({"wait_timeout":"60","max_connections":"500"})",
                "--DBNodes", R"([{"Role":"master","ZoneId":"cn-hangzhou-h"}])"},
               req);
  }
  SECTION("simple: comma-joined AttachRCInstances") {
    rdscodec::rds::attach_rc_instances::request req;
    req.instance_ids = {"rc-1", "rc-2", "rc-3"};
    check_sign({"AttachRCInstances", "--InstanceIds", "rc-1,rc-2,rc-3"}, req);
  }
  SECTION("body position and a JSON list of integers: ConfirmNotify") {
    rdscodec::rds::confirm_notify::request req;
    req.notify_id_list = {7, 8};
    req.confirmor = 12345;
    check_sign({"ConfirmNotify", "--NotifyIdList", "[7,8]", "--Confirmor", "12345"}, req);
  }
  SECTION("host position: DescribeSQLCollectorRetention's RegionId") {
    rdscodec::rds::describe_sql_collector_retention::request req;
    req.db_instance_id = "rm-a";
    req.region_id = "cn-hangzhou";
    check_sign({"DescribeSQLCollectorRetention", "--DBInstanceId", "rm-a", "--RegionId", "cn-hangzhou"}, req);
  }
}

TEST_CASE("cli ops: sign keeps every output mode and option", "[cli][ops][sign]") {
  rdscodec::rds::tag_resources::request req;
  req.region_id = "cn-hangzhou";
  req.resource_type = "INSTANCE";
  req.resource_id = {"rm-a"};
  const std::vector<std::string> cmd = {"sign", "TagResources", "--RegionId", "cn-hangzhou", "--ResourceType",
                                        "INSTANCE", "--ResourceId.1", "rm-a", "--timestamp", stamp,
                                        "--nonce", nonce, "--region", "cn-hangzhou"};
  const rdscodec::credentials creds("testid", "testsecret");
  rdscodec::v3::options o;
  o.region = "cn-hangzhou";
  o.timestamp = stamp;
  o.nonce = nonce;
  SECTION("--explain is the library's trace text") {
    auto t = rdscodec::v3::explain(req, creds, o);
    REQUIRE(t);
    auto r = run(with(cmd, {"--explain"}), creds_env);
    CHECK(r.out == t->text());
  }
  SECTION("SM3, GET, form placement, an endpoint") {
    o.alg = rdscodec::v3::algorithm::acs3_hmac_sm3;
    o.method = rdscodec::http_method::post;
    o.fields = rdscodec::placement::form;
    o.endpoint = "127.0.0.1:8080";
    o.scheme = rdscodec::url_scheme::http;
    auto s = rdscodec::v3::sign(req, creds, o);
    REQUIRE(s);
    auto r = run(with(cmd, {"--sm3", "--placement", "form", "--endpoint", "127.0.0.1:8080", "--scheme", "http"}),
                 creds_env);
    CHECK(r.out == printed(*s));
    rdscodec::v2::options g;
    g.method = rdscodec::http_method::get;
    g.region = "cn-hangzhou";
    g.timestamp = stamp;
    g.nonce = nonce;
    g.format = rdscodec::response_format::xml;
    auto s2 = rdscodec::v2::sign(req, creds, g);
    REQUIRE(s2);
    auto r2 = run(with(cmd, {"--signature", "v2", "--method", "GET", "--format", "xml"}), creds_env);
    CHECK(r2.out == printed(*s2));
  }
  SECTION("--curl and --json") {
    auto c = run(with(cmd, {"--curl"}), creds_env);
    CHECK(c.exit_code == 0);
    CHECK(c.out.rfind("curl -sS -X POST ", 0) == 0);
    auto j = run(with(cmd, {"--json"}), creds_env);
    CHECK(j.exit_code == 0);
    CHECK(j.out.find("\"stages\"") != std::string::npos);
  }
}

TEST_CASE("cli ops: every parameter rule is a usage error that says what is wrong", "[cli][ops][usage]") {
  const auto refused = [](const std::vector<std::string>& args, const std::string& says) {
    auto r = run(with({"sign"}, args), creds_env);
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("rdscodec: ", 0) == 0);
    CHECK(r.err.find(says) != std::string::npos);
  };
  const std::vector<std::string> tag = {"TagResources", "--RegionId", "cn-hangzhou", "--ResourceType", "INSTANCE",
                                        "--ResourceId.1", "rm-a"};
  // An unknown name, with the nearest names (one edit away; a list index as N).
  refused(with(tag, {"--ResourceTyp", "x"}), "--ResourceTyp is not a parameter of TagResources; did you mean --ResourceType?");
  refused(with(tag, {"--Tag.1.Kye", "k"}), "did you mean --Tag.N.Key?");
  refused(with(tag, {"--Tags.1.Key", "k"}), "did you mean --Tag.N.Key?");
  refused(with(tag, {"--Zzzzzzzzzzzz", "k"}), "--Zzzzzzzzzzzz is not a parameter of TagResources (rdscodec describe");
  // A missing required parameter, named.
  refused({"TagResources", "--RegionId", "cn-hangzhou", "--ResourceId.1", "rm-a"}, "TagResources requires --ResourceType");
  refused({"TagResources", "--RegionId", "cn-hangzhou", "--ResourceType", "INSTANCE", "--ResourceId.1", "rm-a",
           "--Tag.1.Value", "v"},
          "\"Tag.1.Key\"");
  // Integers in plain decimal only; booleans true/false only.
  for (const char* bad : {"007", "+1", "1e3", "0x10", " 1", "", "-0", "1.0"})
    refused({"CancelImport", "--DBInstanceId", "rm-a", "--ImportId=" + std::string(bad)}, "is not a plain decimal integer");
  refused({"CancelImport", "--DBInstanceId", "rm-a", "--ImportId", "99999999999999999999"}, "\"ImportId\"");
  refused({"ModifyDBInstance", "--DBInstanceId", "rm-a", "--DBInstanceStorage", "4"}, "\"DBInstanceStorage\"");
  refused({"ModifyDBInstance", "--DBInstanceId", "rm-a", "--AutoUseCoupon", "yes"}, "is not true or false");
  refused({"ModifyDBInstance", "--DBInstanceId", "rm-a", "--AutoUseCoupon", "True"}, "is not true or false");
  // JSON values: well-formed, of the parameter's shape.
  refused(with(tag, {"--Tag", "[{\"Key\":"}), "--Tag takes a JSON value");
  refused(with(tag, {"--Tag", "[{\"Key\":null}]"}), "null is not a value");
  refused(with(tag, {"--Tag", "[{\"Kye\":\"k\"}]"}), "Tag.1.Kye");
  refused({"ModifyDBInstance", "--DBInstanceId", "rm-a", "--Parameters", "{\"a\":1}"}, "\"Parameters\"");
  refused({"ModifyDBInstance", "--DBInstanceId", "rm-a", "--Parameters", "not json"}, "\"Parameters\"");
  // Values: a dash-led one needs --Name=VALUE; the last option needs one.
  refused({"CancelImport", "--DBInstanceId", "--ImportId", "1"}, "--DBInstanceId takes a value, but the next argument");
  refused({"CancelImport", "--ImportId", "1", "--DBInstanceId"}, "--DBInstanceId needs a value");
  refused({"CancelImport", "--DBInstanceId", "a", "--DBInstanceId", "b", "--ImportId", "1"}, "more than once");
  // The operation: known, and named before its parameters are used.
  refused({"NoSuchOperation", "--A", "b"}, "'NoSuchOperation' is not an RDS operation");
  refused({"--DBInstanceId", "a"}, "name the operation first");
}

TEST_CASE("cli ops: completion bash offers operations and parameter names", "[cli][ops][completion]") {
  auto c = run({"completion", "bash"});
  REQUIRE(c.exit_code == 0);
  CHECK(c.out.find("complete -o default -F _rdscodec rdscodec") != std::string::npos);
  auto names = run({"describe", "--names", "TagResources"});
  CHECK(names.out.find("--Tag.1.Key\n") != std::string::npos);
  CHECK(names.out.find("--ResourceType\n") != std::string::npos);
  // The script itself, run by bash with the tool on PATH as `rdscodec`.
  if (std::system("command -v bash > /dev/null 2>&1") != 0) return;
  const std::string dir = temp_path("bin");
  const std::string script = temp_path("complete.sh");
  {
    std::ofstream f(script);
    f << c.out << "\nCOMP_WORDS=(rdscodec sign TagRes); COMP_CWORD=2; _rdscodec; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
      << "COMP_WORDS=(rdscodec sign TagResources --ResourceT); COMP_CWORD=3; _rdscodec; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
      // A flag that takes no value before the operation (--json) is not
      // the option of a value: the operation is still found.
      << "COMP_WORDS=(rdscodec sign --json TagResources --ResourceT); COMP_CWORD=4; _rdscodec; printf '%s\\n' "
         "\"${COMPREPLY[@]}\"\n";
  }
  const std::string cmd = "mkdir -p " + shell_quote(dir) + " && ln -sf " + shell_quote(RDSCODEC_CLI_PATH) + " " +
                          shell_quote(dir + "/rdscodec") + " && PATH=" + shell_quote(dir) + ":\"$PATH\" bash " + shell_quote(script) +
                          " > " + shell_quote(script + ".out");
  REQUIRE(std::system(cmd.c_str()) == 0);
  CHECK(slurp(script + ".out") == "TagResources\n--ResourceType\n--ResourceType\n");
  std::remove(script.c_str());
  std::remove((script + ".out").c_str());
  std::remove((dir + "/rdscodec").c_str());
  ::rmdir(dir.c_str());
}

#ifdef RDSCODEC_FAKE_SERVER_PATH
namespace {

/// The fake server (examples/fake_rds_server.cpp) on an ephemeral loopback
/// port, stopped when this object dies.
class fake_server {
 public:
  fake_server() {
    int out[2];
    REQUIRE(pipe(out) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::vector<std::string> args = {RDSCODEC_FAKE_SERVER_PATH, "--port", "0", "--key", "testid:testsecret"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(&a[0]);
    argv.push_back(nullptr);
    REQUIRE(posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    std::string line;  // "listening on 127.0.0.1:PORT"
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    REQUIRE(line.rfind("listening on 127.0.0.1:", 0) == 0);
    port_ = std::stoi(line.substr(line.rfind(':') + 1));
  }
  ~fake_server() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  fake_server(const fake_server&) = delete;
  fake_server& operator=(const fake_server&) = delete;
  std::string endpoint() const { return "127.0.0.1:" + std::to_string(port_); }

 private:
  pid_t pid_ = 0;
  int port_ = 0;
};

}  // namespace

TEST_CASE("cli ops: call against the fake server: the migration workflow and TagResources", "[cli][ops][call]") {
  fake_server server;
  for (const char* signature : {"v3", "v2"}) {
    INFO(signature);
    const std::vector<std::string> via = {"--endpoint", server.endpoint(), "--scheme", "http", "--signature",
                                          signature, "--timeout", "20"};
    auto started = run(with({"call", "ImportDatabaseBetweenInstances", "--DBInstanceId", "rm-uf6wjk5xxxxxxx",
                             "--SourceDBInstanceId", "rm-g4a1jk8xxxxxxx", "--DBInfo",
                             R"({"DBNames":{"srcdb":"destdb"}})"},
                            via),
                       creds_env);
    INFO(started.out << started.err);
    REQUIRE(started.exit_code == 0);
    const auto at = started.out.find("ImportId: ");
    REQUIRE(at != std::string::npos);
    const std::string id = started.out.substr(at + 10, started.out.find('\n', at) - at - 10);

    const std::vector<std::string> describe = with(
        {"call", "DescribeImportsForSQLServer", "--DBInstanceId", "rm-uf6wjk5xxxxxxx", "--StartTime",
         "2014-06-11T15:00Z", "--EndTime", "2030-06-11T16:00Z", "--ImportId", id},
        via);
    auto before = run(describe, creds_env);
    INFO(before.out);
    REQUIRE(before.exit_code == 0);
    CHECK(before.out.find("Items[0].ImportId: " + id + "\nItems[0].ImportStatus: Importing\n") != std::string::npos);

    auto cancelled = run(with({"call", "CancelImport", "--DBInstanceId", "rm-uf6wjk5xxxxxxx", "--ImportId", id}, via),
                         creds_env);
    CHECK(cancelled.exit_code == 0);
    CHECK(cancelled.out.rfind("RequestId: ", 0) == 0);
    auto after = run(with(describe, {"--json"}), creds_env);
    REQUIRE(after.exit_code == 0);
    CHECK(after.out.rfind("{\"ok\":true,\"response\":", 0) == 0);
    CHECK(after.out.find("\"ImportStatus\":\"Cancelled\"") != std::string::npos);

    // A service error: parse's exit code, 10 + the error class (13: not found).
    auto missing = run(with({"call", "CancelImport", "--DBInstanceId", "rm-uf6wjk5xxxxxxx", "--ImportId", "1"}, via),
                       creds_env);
    CHECK(missing.exit_code == 13);
    CHECK(missing.out.find("InvalidImportId.NotFound") != std::string::npos);

    // A generated operation with list parameters, numbered and as JSON: the
    // server decodes them strictly into the typed request.
    auto tagged = run(with({"call", "TagResources", "--RegionId", "cn-hangzhou", "--ResourceType", "INSTANCE",
                            "--ResourceId", R"(["rm-a","rm-b"])", "--Tag.1.Key", "env", "--Tag.1.Value", "prod"},
                           via),
                      creds_env);
    INFO(tagged.err);
    CHECK(tagged.exit_code == 0);
    CHECK(tagged.out.rfind("RequestId: ", 0) == 0);
  }
}

TEST_CASE("cli ops: call without an answer: exit code 4, the timeout bounded", "[cli][ops][call]") {
  // A port nothing listens on (the fake server's, after it stopped).
  std::string endpoint;
  {
    fake_server gone;
    endpoint = gone.endpoint();
  }
  auto r = run({"call", "CancelImport", "--DBInstanceId", "a", "--ImportId", "1", "--endpoint", endpoint, "--scheme",
                "http", "--timeout", "5"},
               creds_env);
  CHECK(r.exit_code == 4);
  CHECK(r.err.rfind("rdscodec: CancelImport: the exchange failed: ", 0) == 0);
  for (const char* bad : {"0", "3601", "1.5", "x"}) {
    auto t = run({"call", "CancelImport", "--DBInstanceId", "a", "--ImportId", "1", "--timeout", bad}, creds_env);
    CHECK(t.exit_code == 2);
    CHECK(t.err.find("--timeout") != std::string::npos);
  }
}
#endif

namespace {

void write_file(const std::string& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary);
  f << text;
}

/// The AccessKeyId a V3 signature names (Credential=ID,), or "".
std::string signed_id(const run_result& r) {
  const auto at = r.out.find("Credential=");
  if (at == std::string::npos) return {};
  return r.out.substr(at + 11, r.out.find(',', at) - at - 11);
}

const std::vector<std::string> any_sign = {"sign", "CancelImport", "--DBInstanceId", "rm-a", "--ImportId", "1"};

}  // namespace

TEST_CASE("cli ops: the shared credentials file", "[cli][ops][credentials]") {
  const std::string file = temp_path("credentials.ini");
  SECTION("access_key and sts, profiles by ALIBABA_CLOUD_PROFILE, comments as the SDKs' examples write them") {
    write_file(file,
               "\xEF\xBB\xBF# shared by the SDKs\n"
               "[default]                          # default setting\n"
               "enable = true\n"
               "type = access_key                  # Certification type: access_key\n"
               "access_key_id = fileid\n"
               "access_key_secret = filesecret\n"
               "\n"
               "[Prod]\n"
               "type = sts\n"
               "access_key_id = \"stsid\"\n"
               "access_key_secret = stssecret\n"
               "security_token = CAIS-file-token\n"
               "region_id = cn-zhangjiakou\n");
    auto d = run(any_sign, {{"ALIBABA_CLOUD_CREDENTIALS_FILE", file}});
    INFO(d.err);
    REQUIRE(d.exit_code == 0);
    CHECK(signed_id(d) == "fileid");
    CHECK(d.out.find("x-acs-security-token") == std::string::npos);
    auto p = run(any_sign, {{"ALIBABA_CLOUD_CREDENTIALS_FILE", file}, {"ALIBABA_CLOUD_PROFILE", "prod"}});
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    CHECK(signed_id(p) == "stsid");
    CHECK(p.out.find("x-acs-security-token: CAIS-file-token\n") != std::string::npos);
    CHECK(p.out.rfind("POST https://rds.cn-zhangjiakou.aliyuncs.com/", 0) == 0);  // the profile's region_id
  }
  SECTION("a profile's region_id is a default: the operation's own RegionId wins") {
    // Regions main.dara's endpoint map does not list (cn-zhangjiakou,
    // cn-huhehaote) have the regional endpoint rds.<region>.aliyuncs.com.
    write_file(file,
               "[default]\ntype = access_key\naccess_key_id = fileid\naccess_key_secret = filesecret\n"
               "region_id = cn-zhangjiakou\n");
    // DescribeSQLCollectorRetention's RegionId is in the host position: the
    // request names cn-huhehaote, so the host must; the profile's region
    // appears nowhere. It was refused before ("signing options conflict").
    auto r = run({"sign", "DescribeSQLCollectorRetention", "--DBInstanceId", "rm-a", "--RegionId", "cn-huhehaote"},
                 {{"ALIBABA_CLOUD_CREDENTIALS_FILE", file}});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind("POST https://rds.cn-huhehaote.aliyuncs.com/", 0) == 0);
    CHECK(r.out.find("zhangjiakou") == std::string::npos);
    // Without a RegionId of the request's own, the profile's region names the endpoint.
    auto d = run(any_sign, {{"ALIBABA_CLOUD_CREDENTIALS_FILE", file}});
    INFO(d.err);
    REQUIRE(d.exit_code == 0);
    CHECK(d.out.rfind("POST https://rds.cn-zhangjiakou.aliyuncs.com/", 0) == 0);
  }
  SECTION("a file that is there but wrong is an error naming the file and the line, never its text") {
    const auto refused = [&](const std::string& text, const std::string& says, const std::string& profile = "") {
      write_file(file, text);
      std::map<std::string, std::string> e = {{"ALIBABA_CLOUD_CREDENTIALS_FILE", file}};
      if (!profile.empty()) e["ALIBABA_CLOUD_PROFILE"] = profile;
      auto r = run(any_sign, e);
      INFO(r.err);
      CHECK(r.exit_code == 2);
      CHECK(r.out.empty());
      CHECK(r.err.find(says) != std::string::npos);
      CHECK(r.err.find("s3cret-value") == std::string::npos);
    };
    refused("[default]\ntype = access_key\naccess_key_secret s3cret-value\n", "line 3: expected key = value");
    refused("[default\ntype = access_key\n", "line 1: a section header is [name]");
    refused("[default]\ntype = ram_role_arn\naccess_key_id = a\naccess_key_secret = s3cret-value\n",
            "has type \"ram_role_arn\"; only access_key and sts are supported");
    refused("[default]\nenable = false\ntype = access_key\naccess_key_id = a\naccess_key_secret = s3cret-value\n",
            "is disabled (enable = false)");
    refused("[default]\ntype = sts\naccess_key_id = a\naccess_key_secret = s3cret-value\n",
            "lacks access_key_id, access_key_secret or security_token");
    refused("[default]\ntype = access_key\naccess_key_id = a\naccess_key_secret = s3cret-value\n", "no profile [other]",
            "other");
    refused(std::string(2u << 20, '#'), "is larger than 1 MiB");
    refused(std::string("[default]\ntype = access_key\naccess_key_id = a\x1b[2J\naccess_key_secret = s3cret-value\n"),
            "has a control byte");
    std::remove(file.c_str());
    // Not a regular file: refused without reading. A FIFO with no writer
    // blocked the tool in open() before (the test then timed out with 124).
    REQUIRE(::mkfifo(file.c_str(), 0600) == 0);
    auto fifo = run(any_sign, {{"ALIBABA_CLOUD_CREDENTIALS_FILE", file}});
    CHECK(fifo.exit_code == 2);
    CHECK(fifo.err.find(file + " is not a regular file") != std::string::npos);
    std::remove(file.c_str());
    for (const char* special : {"/dev/null", "/"}) {
      auto r = run(any_sign, {{"ALIBABA_CLOUD_CREDENTIALS_FILE", special}});
      CHECK(r.exit_code == 2);
      CHECK(r.err.find(std::string(special) + " is not a regular file") != std::string::npos);
    }
    auto gone = run(any_sign, {{"ALIBABA_CLOUD_CREDENTIALS_FILE", file}});
    CHECK(gone.exit_code == 2);
    CHECK(gone.err.find("cannot read " + file) != std::string::npos);
  }
  std::remove(file.c_str());
}

TEST_CASE("cli ops: the credential chain: environment, aliyun CLI config, credentials file", "[cli][ops][credentials]") {
  const std::string home = temp_path("home");
  REQUIRE(std::system(("mkdir -p " + shell_quote(home + "/.aliyun") + " " + shell_quote(home + "/.alibabacloud")).c_str()) == 0);
  write_file(home + "/.alibabacloud/credentials",
             "[default]\ntype = access_key\naccess_key_id = fileid\naccess_key_secret = filesecret\n"
             "[other]\ntype = access_key\naccess_key_id = otherid\naccess_key_secret = othersecret\n");
  write_file(home + "/.aliyun/config.json",
             R"({"current":"cli","profiles":[{"name":"cli","mode":"AK","access_key_id":"cliid","access_key_secret":"clisecret"}]})");
  const std::map<std::string, std::string> env_creds = {{"HOME", home},
                                                        {"ALIBABA_CLOUD_ACCESS_KEY_ID", "envid"},
                                                        {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "envsecret"}};
  CHECK(signed_id(run(any_sign, env_creds)) == "envid");
  CHECK(signed_id(run(any_sign, {{"HOME", home}})) == "cliid");
  // ALIBABA_CLOUD_PROFILE names a profile the CLI config does not have: the
  // credentials file's profile of that name is next.
  CHECK(signed_id(run(any_sign, {{"HOME", home}, {"ALIBABA_CLOUD_PROFILE", "other"}})) == "otherid");
  std::remove((home + "/.aliyun/config.json").c_str());
  CHECK(signed_id(run(any_sign, {{"HOME", home}})) == "fileid");
  std::remove((home + "/.alibabacloud/credentials").c_str());
  auto none = run(any_sign, {{"HOME", home}});
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID") != std::string::npos);
  REQUIRE(std::system(("rm -r " + shell_quote(home)).c_str()) == 0);
}
