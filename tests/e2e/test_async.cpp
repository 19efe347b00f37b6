// Issue 17 on loopback: the fake server's injected errors, its paged
// DescribeDBInstances (by page number and by NextToken) and its import task's
// Importing -> Cancelling -> Cancelled sequence, driven through
// client/paging.hpp and client/waiter.hpp here, and through the async
// example (libcurl multi, retries on a timer queue) end to end.
#include <rdscodec.hpp>
#include <rdscodec/client/paging.hpp>
#include <rdscodec/client/waiter.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>

#include "fake_server.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using e2e::fake_server;
namespace instances = rdscodec::rds::describe_db_instances;

const rdscodec::credentials key("testid", "testsecret");

rdscodec::v3::options signing(const fake_server& server) {
  rdscodec::v3::options o;
  o.endpoint = server.endpoint();
  o.scheme = rdscodec::url_scheme::http;
  return o;
}

template <class Request>
rdscodec::response_result<rdscodec::response_of_t<Request>> call(const fake_server& server, const Request& req) {
  rdscodec::http_request http;
  REQUIRE(rdscodec::v3::sign(req, key, signing(server), http));
  const auto [status, body] = e2e::send_signed(server, http);
  return rdscodec::parse_response<Request>(status, body);
}

// --fake-instances 8 adds rm-fake0001 ... rm-fake0008 to the server's two
// default instances (the API reference's rm-g4a1jk8xxxxxxx and
// rm-uf6wjk5xxxxxxx); DescribeDBInstances lists them sorted by id, and
// "rm-f" < "rm-g" < "rm-u" byte-wise: 10 instances, in pages of 4: 4, 4, 2.
const std::vector<std::string> ten_instances = {
    "rm-fake0001", "rm-fake0002", "rm-fake0003", "rm-fake0004",       "rm-fake0005",
    "rm-fake0006", "rm-fake0007", "rm-fake0008", "rm-g4a1jk8xxxxxxx", "rm-uf6wjk5xxxxxxx"};

struct pages_seen {
  std::vector<std::size_t> sizes;
  std::vector<std::string> ids;
};

pages_seen list_all(const fake_server& server, const instances::request& first) {
  pages_seen seen;
  const auto sign = [&](const instances::request& r, rdscodec::http_request& out) {
    return rdscodec::v3::sign(r, key, signing(server), out);
  };
  const auto send = [&](const rdscodec::http_request& r) { return e2e::send_signed(server, r); };
  const auto done = rdscodec::for_each_page(first, sign, send, [&](const instances::response& page) {
    REQUIRE(page.items);
    seen.sizes.push_back(page.items->db_instance.size());
    for (const auto& d : page.items->db_instance) seen.ids.push_back(d.db_instance_id.value_or(""));
    return true;
  });
  INFO((done ? std::string() : done.error().message()));
  CHECK(done);
  return seen;
}

}  // namespace

TEST_CASE("e2e: DescribeDBInstances pages through the fake server, by PageNumber and by NextToken", "[e2e][paging]") {
  fake_server server({"--fake-instances", "8"});
  const std::vector<std::size_t> four_four_two = {4, 4, 2};

  instances::request by_number;
  by_number.region_id = "cn-hangzhou";
  by_number.page_size = 4;
  const auto numbered = list_all(server, by_number);
  CHECK(numbered.sizes == four_four_two);
  CHECK(numbered.ids == ten_instances);

  instances::request by_token;
  by_token.region_id = "cn-hangzhou";
  by_token.max_results = 4;
  const auto tokened = list_all(server, by_token);
  CHECK(tokened.sizes == four_four_two);
  CHECK(tokened.ids == ten_instances);

  // What the pages say, one by one: the page number's totals, the tokens.
  by_number.page_number = 3;
  auto third = call(server, by_number);
  REQUIRE(third);
  CHECK(third->total_record_count == 10);
  CHECK(third->page_number == 3);
  CHECK(third->page_record_count == 2);
  auto first = call(server, by_token);
  REQUIRE(first);
  REQUIRE(first->next_token);
  CHECK(!first->next_token->empty());
  // The server's token is "fake-" and the index of the page's first
  // instance (its own format, documented in the server): from index 9 one
  // instance is left, the last page, which carries no token.
  by_token.next_token = "fake-9";
  auto last = call(server, by_token);
  REQUIRE(last);
  REQUIRE(last->items);
  REQUIRE(last->items->db_instance.size() == 1);
  CHECK(last->items->db_instance[0].db_instance_id == "rm-uf6wjk5xxxxxxx");
  CHECK(!last->next_token);
  // Tokens this server never gave: the gateway's InvalidParameter.
  for (const char* token : {"not-a-token", "fake-10", "fake-0", "fake-"}) {
    INFO(token);
    by_token.next_token = token;
    auto bad = call(server, by_token);
    REQUIRE(!bad);
    REQUIRE(bad.error().is_service_error());
    CHECK(bad.error().service().code == "InvalidParameter");
  }
}

TEST_CASE("e2e: injected errors come with the gateway's status and body, in order, then calls pass", "[e2e][inject]") {
  fake_server server({"--inject", "Throttling.User:2,ServiceUnavailable:1"});
  instances::request r;
  r.region_id = "cn-hangzhou";
  auto expect = [&](int status, const char* code) {
    auto got = call(server, r);
    REQUIRE(!got);
    REQUIRE(got.error().is_service_error());
    CHECK(got.error().service().http_status == status);
    CHECK(got.error().service().code == code);
    CHECK(!got.error().service().message.empty());
  };
  expect(400, "Throttling.User");  // Alibaba's common error codes: 400, "Request was denied due to user flow control."
  expect(400, "Throttling.User");
  expect(503, "ServiceUnavailable");  // 503, "The request has failed due to a temporary failure of the server."
  CHECK(call(server, r));
  CHECK(call(server, r));
}

TEST_CASE("e2e: a waiter follows the import task from Importing through Cancelling to Cancelled", "[e2e][waiter]") {
  // The task the server was given (rm-uf6wjk5xxxxxxx:8562584) is Importing;
  // after CancelImport it shows Cancelling in 3 answers, then Cancelled. The
  // first poll is throttled (the waiter polls again).
  fake_server server({"--cancel-polls", "3", "--inject", "Throttling:1"});
  rdscodec::describe_imports_for_sql_server_request poll;
  poll.db_instance_id = "rm-uf6wjk5xxxxxxx";
  poll.import_id = 8562584;
  poll.start_time = "2014-06-11T15:00Z";
  poll.end_time = "2030-06-11T16:00Z";
  rdscodec::waiter_options fast;
  fast.interval = std::chrono::milliseconds(1);
  fast.timeout = std::chrono::milliseconds(60'000);
  rdscodec::waiter w(rdscodec::import_reaches(8562584, rdscodec::import_status::cancelled), fast);
  std::vector<std::string> seen;
  bool cancelled = false;
  rdscodec::wait_decision d;
  for (int guard = 0; guard < 20; ++guard) {
    auto r = call(server, poll);
    if (!r) {
      INFO(r.error().message());
      CHECK(r.error().is_service_error());
      seen.push_back("error " + (r.error().is_service_error() ? r.error().service().code : std::string()));
      d = w.on_error(r.error(), std::chrono::milliseconds(0));
    } else {
      REQUIRE(r->items.size() == 1);
      seen.push_back(r->items[0].import_status_text.value_or(""));
      d = w.on_response(*r, std::chrono::milliseconds(0));
      if (!cancelled && seen.back() == "Importing") {
        rdscodec::cancel_import_request cancel;
        cancel.db_instance_id = "rm-uf6wjk5xxxxxxx";
        cancel.import_id = 8562584;
        REQUIRE(call(server, cancel));
        cancelled = true;
      }
    }
    if (d.verdict != rdscodec::wait_verdict::poll_again) break;
  }
  const std::vector<std::string> expected = {"error Throttling", "Importing",  "Cancelling",
                                             "Cancelling",       "Cancelling", "Cancelled"};
  CHECK(seen == expected);
  CHECK(d.verdict == rdscodec::wait_verdict::done);
  CHECK(w.polls() == 6);

  // Cancelled is final: waiting for Success now fails at the first poll.
  rdscodec::waiter success(rdscodec::import_reaches(8562584, rdscodec::import_status::success), fast);
  auto r = call(server, poll);
  REQUIRE(r);
  CHECK(success.on_response(*r, std::chrono::milliseconds(0)).verdict == rdscodec::wait_verdict::failed);
}

namespace {

struct run_result {
  int exit_code;
  std::string out;
};

run_result run_async(const fake_server& server, const std::vector<std::string>& args) {
  const std::string out = std::string(std::getenv("TMPDIR") != nullptr ? std::getenv("TMPDIR") : "/tmp") +
                          "/rdscodec-async-" + std::to_string(getpid()) + ".out";
  std::string cmd = "env -u ALIBABA_CLOUD_SECURITY_TOKEN ALIBABA_CLOUD_ACCESS_KEY_ID=testid "
                    "ALIBABA_CLOUD_ACCESS_KEY_SECRET=testsecret '" RDSCODEC_ASYNC_CLIENT_PATH
                    "' --scheme http --endpoint " +
                    server.endpoint();
  for (const auto& a : args) cmd += " " + a;  // plain words only
  cmd += " > '" + out + "' 2>&1";
  const int status = std::system(cmd.c_str());
  std::ifstream in(out);
  std::ostringstream s;
  s << in.rdbuf();
  std::remove(out.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, s.str()};
}

// 7 instances (rm-fake0001..5 and the two defaults), pages of 3: 3, 3, 1.
const char* const seven =
    " rm-fake0001 rm-fake0002 rm-fake0003 rm-fake0004 rm-fake0005 rm-g4a1jk8xxxxxxx rm-uf6wjk5xxxxxxx\n";

}  // namespace

TEST_CASE("e2e: the async example, with throttling and transient errors injected", "[e2e][async]") {
  // Calls, counted from the example's jobs: 3 pages by PageNumber, 3 by
  // NextToken, a DescribeDBInstanceAttribute per instance (7), the workflow's
  // ImportDatabaseBetweenInstances, DescribeImportsForSQLServer (Importing),
  // CancelImport, then polls: Cancelling twice (--cancel-polls 2), Cancelled:
  // 3 + 3 + 7 + 3 + 3 = 19. Each injected error costs one more attempt (3
  // injected, fewer than --attempts 4 minus 1, so no call runs out whichever
  // calls they hit; Throttling and ServiceUnavailable prove the call was not
  // applied, so even the mutating calls are retried).
  const std::vector<std::string> server_args = {"--fake-instances", "5", "--cancel-polls", "2"};
  const std::vector<std::string> client_args = {"--page-size",  "3", "--attempts", "4", "--base-delay-ms",
                                                "20",           "--poll-ms", "10", "--seed", "17"};
  for (const bool inject : {false, true}) {
    auto args = server_args;
    if (inject) args.insert(args.end(), {"--inject", "Throttling.User:2,ServiceUnavailable:1"});
    fake_server server(args);
    const auto r = run_async(server, client_args);
    INFO(r.out);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(std::string("DescribeDBInstances by PageNumber: 3 pages, 7 instances:") + seven) !=
          std::string::npos);
    CHECK(r.out.find(std::string("DescribeDBInstances by NextToken: 3 pages, 7 instances:") + seven) !=
          std::string::npos);
    CHECK(r.out.find("DescribeDBInstanceAttribute: 7 of 7 succeeded\n") != std::string::npos);
    CHECK(r.out.find(": Importing Cancelling Cancelling Cancelled (waiter: done after 3 polls)\n") !=
          std::string::npos);
    if (inject) {
      CHECK(r.out.find("calls: 19, attempts: 22, retries: 3 (ServiceUnavailable 1, Throttling.User 2)\n") !=
            std::string::npos);
    } else {
      CHECK(r.out.find("calls: 19, attempts: 19, retries: 0 ()\n") != std::string::npos);
    }
    // The two listings and the import start together, before the loop runs.
    const auto at = r.out.find("most transfers at once: ");
    REQUIRE(at != std::string::npos);
    CHECK(std::stoi(r.out.substr(at + 24)) >= 3);
    CHECK(r.out.find("testsecret") == std::string::npos);
    CHECK(r.out.find("failed:") == std::string::npos);
  }
}

TEST_CASE("e2e: the async example stops a call that stays throttled after its attempts", "[e2e][async]") {
  // The first 5 requests are throttled; the three jobs start together, so
  // requests 1-3 are their first attempts and 4-5 second attempts: with
  // --attempts 2 at least one call gives up.
  fake_server server({"--inject", "Throttling:5"});
  const auto r = run_async(server, {"--attempts", "2", "--base-delay-ms", "1", "--poll-ms", "1"});
  INFO(r.out);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("HTTP 400 Throttling (attempts_exhausted)") != std::string::npos);
}
