// End to end over real HTTP on 127.0.0.1: the fake RDS server (cpp-httplib +
// rdscodec's server side) is started on an ephemeral port, and the libcurl
// client example (rdscodec signing + parsing) calls it. Every signing mode
// must succeed, every bad request must come back as the right classified
// error, in both response formats.
#include <catch2/catch.hpp>

#include <signal.h>
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

/// The fake server as a child process, stopped when this object dies.
class fake_server {
 public:
  fake_server() {
    int out[2];
    REQUIRE(pipe(out) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::vector<std::string> args = {RDSCODEC_FAKE_SERVER_PATH, "--port", "0", "--key", "testid:testsecret",
                                     "--key", "stsid:stssecret:CAIS-token", "--task", "rm-uf6wjk5xxxxxxx:8562584"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(&a[0]);
    argv.push_back(nullptr);
    REQUIRE(posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    // "listening on 127.0.0.1:PORT"
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    const auto colon = line.rfind(':');
    REQUIRE(line.rfind("listening on 127.0.0.1:", 0) == 0);
    port_ = std::stoi(line.substr(colon + 1));
  }
  ~fake_server() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  int port() const { return port_; }

 private:
  pid_t pid_ = 0;
  int port_ = 0;
};

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
      CHECK(before.out.find("Items: 1\nImportId=" + id + " ImportStatus=Importing\n") != std::string::npos);

      // CancelImport with the id ImportDatabaseBetweenInstances returned.
      auto cancelled = call(server, with(common, {"--db-instance-id", "rm-uf6wjk5xxxxxxx", "--import-id", id}));
      INFO(cancelled.out);
      CHECK(cancelled.exit_code == 0);

      auto after = call(server, describe);
      INFO(after.out);
      REQUIRE(after.exit_code == 0);
      CHECK(after.out.find("Items: 1\nImportId=" + id + " ImportStatus=Cancelled\n") != std::string::npos);

      // Paging rules are the gateway's.
      auto bad_page = call(server, with(describe, {"--param", "PageSize=10"}));
      CHECK(bad_page.exit_code == 14);
      CHECK(bad_page.out.find("InvalidParameter") != std::string::npos);
    }
  }
}
