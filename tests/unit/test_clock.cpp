#include <rdscodec/core/clock.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <vector>

#if !defined(_WIN32)
#include <sys/wait.h>
#include <unistd.h>
#endif

using std::chrono::seconds;
using std::chrono::system_clock;

// A view of a temporary would dangle: only lvalues convert implicitly.
static_assert(std::is_convertible_v<const rdscodec::timestamp_text&, std::string_view>);
static_assert(!std::is_convertible_v<rdscodec::timestamp_text&&, std::string_view>);
static_assert(!std::is_convertible_v<rdscodec::nonce_text&&, std::string_view>);

TEST_CASE("format_timestamp renders UTC as YYYY-MM-DDThh:mm:ssZ", "[clock]") {
  auto at = [](long long s) {
    return std::string(rdscodec::format_timestamp(std::chrono::time_point<system_clock, seconds>(seconds(s))).view());
  };
  // Reference values: Python datetime.datetime.fromtimestamp(s, datetime.timezone.utc).
  CHECK(at(0) == "1970-01-01T00:00:00Z");
  CHECK(at(1678696470) == "2023-03-13T08:34:30Z");  // the V2 doc vector's Timestamp
  CHECK(at(1456231584) == "2016-02-23T12:46:24Z");  // the legacy doc vector's Timestamp
  CHECK(at(951782400) == "2000-02-29T00:00:00Z");   // leap day of a century leap year
  CHECK(at(4107542399) == "2100-02-28T23:59:59Z");  // 2100 is not a leap year
  CHECK(at(4107542400) == "2100-03-01T00:00:00Z");
  CHECK(at(-1) == "1969-12-31T23:59:59Z");
  CHECK(at(253402300799) == "9999-12-31T23:59:59Z");
  // Sub-second parts are dropped, not rounded, also before 1970.
  auto at_ms = [](long long ms) {
    return std::string(rdscodec::format_timestamp(system_clock::time_point(std::chrono::milliseconds(ms))).view());
  };
  CHECK(at_ms(1999) == "1970-01-01T00:00:01Z");
  CHECK(at_ms(-1) == "1969-12-31T23:59:59Z");
  CHECK(rdscodec::is_valid_timestamp(rdscodec::current_timestamp().view()));
}

TEST_CASE("is_valid_timestamp", "[clock]") {
  CHECK(rdscodec::is_valid_timestamp("2023-03-13T08:34:30Z"));
  CHECK(rdscodec::is_valid_timestamp("2016-12-31T23:59:60Z"));  // a leap second is representable
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-03-13T08:34:30"));
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-03-13T08:34:30.000Z"));
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-00-13T08:34:30Z"));
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-03-32T08:34:30Z"));
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-03-13T24:00:00Z"));
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-03-13t08:34:30z"));
  CHECK_FALSE(rdscodec::is_valid_timestamp(""));
}

TEST_CASE("random_nonce is 32 lower-case hex characters and fresh each time", "[clock]") {
  auto a = rdscodec::random_nonce();
  auto b = rdscodec::random_nonce();
  REQUIRE(a);
  REQUIRE(b);
  const std::string sa(a->view());
  CHECK(sa.size() == 32);
  CHECK(sa.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(sa != std::string(b->view()));
  CHECK(rdscodec::is_valid_nonce(sa));
  CHECK(rdscodec::is_valid_nonce("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"));  // a UUID, as some SDKs send
  CHECK_FALSE(rdscodec::is_valid_nonce(""));
  CHECK_FALSE(rdscodec::is_valid_nonce("tab\there"));
  CHECK_FALSE(rdscodec::is_valid_nonce(std::string(65, 'a')));
}

// random_nonce() hands out the bytes of a per-thread block of CSPRNG output
// (64 nonces a block). Its promises, each checked where the block design could
// break them: no byte used twice within a thread (across many refills), across
// threads, and between a parent and the child of a fork() that inherited the
// parent's unused block.
TEST_CASE("random_nonce: unique across block refills and across threads", "[clock][threads]") {
  std::set<std::string> seen;
  for (int i = 0; i < 64 * 40 + 7; ++i) {  // forty refills and a partial block
    auto n = rdscodec::random_nonce();
    REQUIRE(n);
    REQUIRE(seen.insert(std::string(n->view())).second);
  }
  std::vector<std::vector<std::string>> per_thread(4);
  std::vector<std::thread> threads;
  for (auto& out : per_thread) {
    threads.emplace_back([&out] {
      for (int i = 0; i < 300; ++i)
        if (auto n = rdscodec::random_nonce()) out.emplace_back(n->view());
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& out : per_thread) {
    REQUIRE(out.size() == 300);
    for (const auto& n : out) REQUIRE(seen.insert(n).second);
  }
}

#if !defined(_WIN32)
namespace {

// Forks with `make_child` (fork(), or _Fork(), which runs no atfork handlers), lets
// the child draw 8 nonces and the parent 8, and checks that no nonce is in both.
template <class MakeChild>
void check_child_nonces(MakeChild make_child) {
  REQUIRE(rdscodec::random_nonce());  // the parent's block now holds its next 63 nonces
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t child = make_child();
  REQUIRE(child >= 0);
  if (child == 0) {
    close(fds[0]);
    for (int i = 0; i < 8; ++i) {
      auto n = rdscodec::random_nonce();
      if (!n || write(fds[1], n->data, sizeof n->data) != static_cast<ssize_t>(sizeof n->data)) _exit(1);
    }
    _exit(0);
  }
  close(fds[1]);
  std::string from_child;
  char buf[256];
  for (ssize_t got; (got = read(fds[0], buf, sizeof buf)) > 0;) from_child.append(buf, static_cast<std::size_t>(got));
  close(fds[0]);
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  REQUIRE(from_child.size() == 8 * 32);
  std::set<std::string> parent_next;
  for (int i = 0; i < 8; ++i) {
    auto n = rdscodec::random_nonce();
    REQUIRE(n);
    parent_next.insert(std::string(n->view()));
  }
  for (int i = 0; i < 8; ++i) CHECK(parent_next.count(from_child.substr(32 * static_cast<std::size_t>(i), 32)) == 0);
}

}  // namespace

TEST_CASE("random_nonce: a forked child does not send the parent's next nonces", "[clock]") {
  check_child_nonces([] { return fork(); });
}

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
// _Fork() (glibc 2.34, POSIX 2024) runs no pthread_atfork handlers: the child must
// still find out that its block is its parent's (a reviewer's finding against the
// first, handler-based design).
TEST_CASE("random_nonce: a child made by _Fork() does not send the parent's next nonces", "[clock]") {
  check_child_nonces([] { return _Fork(); });
}
#endif
#endif

TEST_CASE("parse_timestamp is the inverse of format_timestamp", "[clock]") {
  for (long long s : {0LL, 1678696470LL, 951782400LL, 4107542399LL, 4107542400LL, -1LL, 253402300799LL, -62135596800LL}) {
    const auto tp = std::chrono::time_point<system_clock, seconds>(seconds(s));
    const auto text = rdscodec::format_timestamp(tp);
    auto back = rdscodec::parse_timestamp(text.view());
    REQUIRE(back);
    CHECK(back->time_since_epoch().count() == s);
  }
  CHECK_FALSE(rdscodec::parse_timestamp("2023-02-29T00:00:00Z"));  // 2023 is not a leap year
  CHECK(rdscodec::parse_timestamp("2024-02-29T00:00:00Z"));
  CHECK_FALSE(rdscodec::parse_timestamp("2100-02-29T00:00:00Z"));
  CHECK_FALSE(rdscodec::parse_timestamp("2023-04-31T00:00:00Z"));
  CHECK_FALSE(rdscodec::parse_timestamp("not a time"));
}
