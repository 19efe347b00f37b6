// Waiters (client/waiter.hpp): the import task through Importing -> Cancelling ->
// Cancelled as the service writes DescribeImportsForSQLServer pages (decoded by the
// library from JSON written here), an instance reaching Running, the poll spacing
// (worked out by hand), time-outs, and errors during a wait.
#include <rdscodec/client/waiter.hpp>
#include <rdscodec/rds/describe_db_instance_attribute.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>
#include <rdscodec/response/response.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace std::chrono_literals;
namespace imports = rdscodec::rds::describe_imports_for_sql_server;
namespace attr = rdscodec::rds::describe_db_instance_attribute;
using rdscodec::wait_verdict;

namespace {

// A page holding import 8562584 (the API reference's example id) in `status`, and another task.
imports::response page(const std::string& status) {
  const std::string body = R"({"RequestId":"r","TotalRecordCounts":2,"PageNumber":1,"SQLItemsCounts":2,)"
                           R"("Items":{"SQLServerImport":[)"
                           R"({"ImportId":1,"DBName":"other","ImportStatus":"Success"},)"
                           R"({"ImportId":8562584,"DBName":"testdb01","ImportStatus":")" + status + R"("}]}})";
  auto r = rdscodec::parse_response<imports::request>(200, body);
  REQUIRE(r);
  return *r;
}

}  // namespace

TEST_CASE("waiter: an import task through Importing, Cancelling, Cancelled", "[waiter]") {
  rdscodec::waiter_options o;
  o.interval = 1000ms;
  o.growth = 2;
  o.max_interval = 3000ms;
  rdscodec::waiter w(rdscodec::import_reaches(8562584, imports::import_status::cancelled), o);
  // Polls 1-3 pending: waits 1000, 2000, then 4000 capped at 3000.
  auto d = w.on_response(page("Importing"), 0ms);
  CHECK((d.verdict == wait_verdict::poll_again && d.delay == 1000ms));
  d = w.on_response(page("Importing"), 1000ms);
  CHECK((d.verdict == wait_verdict::poll_again && d.delay == 2000ms));
  d = w.on_response(page("Cancelling"), 3000ms);
  CHECK((d.verdict == wait_verdict::poll_again && d.delay == 3000ms));
  // The other task's Success does not end the wait; this one's Cancelled does
  // (the documented alternative spelling "Canceled" too).
  CHECK(w.on_response(page("Cancelled"), 6000ms).verdict == wait_verdict::done);
  CHECK(w.polls() == 4);
  rdscodec::waiter w2(rdscodec::import_reaches(8562584, imports::import_status::cancelled), o);
  CHECK(w2.on_response(page("Canceled"), 0ms).verdict == wait_verdict::done);
  // Another final status fails it: the import finished before it could be cancelled.
  rdscodec::waiter w3(rdscodec::import_reaches(8562584, imports::import_status::cancelled), o);
  CHECK(w3.on_response(page("Success"), 0ms).verdict == wait_verdict::failed);
  // A page without the task is pending (the task list may lag).
  rdscodec::waiter w4(rdscodec::import_reaches(42, imports::import_status::success), o);
  CHECK(w4.on_response(page("Importing"), 0ms).verdict == wait_verdict::poll_again);
}

TEST_CASE("waiter: time-outs and poll limits", "[waiter]") {
  rdscodec::waiter_options o;
  o.interval = 1000ms;
  o.timeout = 2500ms;
  rdscodec::waiter w(rdscodec::import_reaches(8562584, imports::import_status::success), o);
  CHECK(w.on_response(page("Importing"), 0ms).verdict == wait_verdict::poll_again);     // next at 1000
  CHECK(w.on_response(page("Importing"), 1500ms).verdict == wait_verdict::poll_again);  // next at 2500: fits
  CHECK(w.on_response(page("Importing"), 1501ms).verdict == wait_verdict::timed_out);   // 2501 > 2500
  o.timeout = std::chrono::hours(1);
  o.max_polls = 2;
  rdscodec::waiter capped(rdscodec::import_reaches(8562584, imports::import_status::success), o);
  CHECK(capped.on_response(page("Importing"), 0ms).verdict == wait_verdict::poll_again);
  CHECK(capped.on_response(page("Importing"), 0ms).verdict == wait_verdict::timed_out);
  // The interval schedule with growth 3 from 100 ms, capped at 1000: 100, 300, 900, 1000.
  o.interval = 100ms;
  o.growth = 3;
  o.max_interval = 1000ms;
  rdscodec::waiter s(rdscodec::import_reaches(1, imports::import_status::success), o);
  CHECK(s.interval_after(1) == 100ms);
  CHECK(s.interval_after(2) == 300ms);
  CHECK(s.interval_after(3) == 900ms);
  CHECK(s.interval_after(4) == 1000ms);
  CHECK(s.interval_after(4'000'000'000u) == 1000ms);
}

TEST_CASE("waiter: errors during a wait", "[waiter]") {
  rdscodec::waiter w(rdscodec::import_reaches(8562584, imports::import_status::success));
  rdscodec::api_error throttled;
  throttled.http_status = 400;
  throttled.code = "Throttling.User";
  CHECK(w.on_error(rdscodec::response_error(throttled), 0ms).verdict == wait_verdict::poll_again);
  CHECK(w.on_error(rdscodec::transport_failure::no_answer, 0ms).verdict == wait_verdict::poll_again);
  rdscodec::api_error missing;
  missing.http_status = 404;
  missing.code = "InvalidDBInstanceId.NotFound";
  CHECK(w.on_error(rdscodec::response_error(missing), 0ms).verdict == wait_verdict::failed);
}

TEST_CASE("waiter: an instance reaching Running", "[waiter]") {
  auto status = [](const std::string& s) {
    const std::string body = R"({"RequestId":"r","Items":{"DBInstanceAttribute":[{"DBInstanceId":"rm-1",)"
                             R"("DBInstanceStatus":")" + s + R"("}]}})";
    auto r = rdscodec::parse_response<attr::request>(200, body);
    REQUIRE(r);
    return *r;
  };
  rdscodec::waiter w(rdscodec::instance_reaches("Running"));
  CHECK(w.on_response(status("Creating"), 0ms).verdict == wait_verdict::poll_again);
  CHECK(w.on_response(status("Running"), 5000ms).verdict == wait_verdict::done);
  CHECK(w.on_response(attr::response{}, 0ms).verdict == wait_verdict::poll_again);  // no items yet
}
