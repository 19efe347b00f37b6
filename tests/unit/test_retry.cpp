// The retry policy (client/retry.hpp). Expected values are worked out here from
// the rules the header states, independently of its arithmetic: the backoff caps
// by doubling by hand, the jitter with 128-bit multiplication, the decisions from
// a table written below with the reason for each row.
#include <rdscodec/client/retry.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/create_db_instance.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

using namespace std::chrono_literals;
using rdscodec::attempt_outcome;
using rdscodec::idempotency;
using rdscodec::retry_reason;
using std::chrono::milliseconds;

namespace {

attempt_outcome service(int status, std::string code) {
  rdscodec::api_error e;
  e.http_status = status;
  e.code = std::move(code);
  return attempt_outcome::failed(rdscodec::response_error(e));
}

attempt_outcome malformed(int status) {
  return attempt_outcome::failed(rdscodec::response_error(rdscodec::error(rdscodec::errc::json_syntax), status));
}

// floor(random * (cap + 1) / 2^64) in 128-bit arithmetic (GCC and Clang).
__extension__ typedef unsigned __int128 u128;
std::uint64_t expected_jitter(std::uint64_t cap_ms, std::uint64_t random) {
  return static_cast<std::uint64_t>((static_cast<u128>(random) * (cap_ms + 1)) >> 64);
}

}  // namespace

TEST_CASE("retry: backoff caps double from base_delay up to max_delay", "[retry]") {
  rdscodec::retry_options o;
  o.base_delay = 100ms;
  o.max_delay = 1000ms;
  const rdscodec::retry_policy p(o);
  // 100, 200, 400, 800, then 1600 and beyond are capped at 1000.
  CHECK(p.backoff_cap(1) == 100ms);
  CHECK(p.backoff_cap(2) == 200ms);
  CHECK(p.backoff_cap(3) == 400ms);
  CHECK(p.backoff_cap(4) == 800ms);
  CHECK(p.backoff_cap(5) == 1000ms);
  CHECK(p.backoff_cap(60) == 1000ms);
  CHECK(p.backoff_cap(4'000'000'000u) == 1000ms);
  // No overflow with a cap near the largest duration: 1 ms doubled 70 times exceeds it.
  o.base_delay = 1ms;
  o.max_delay = milliseconds::max();
  CHECK(rdscodec::retry_policy(o).backoff_cap(70) == milliseconds::max());
  CHECK(rdscodec::retry_policy(o).backoff_cap(11) == 1024ms);
  // A zero base never grows (and does not loop over the attempt count).
  o.base_delay = 0ms;
  CHECK(rdscodec::retry_policy(o).backoff_cap(4'000'000'000u) == 0ms);
}

TEST_CASE("retry: full jitter maps 64 random bits uniformly onto [0, cap]", "[retry]") {
  for (std::uint64_t cap : {0ull, 1ull, 99ull, 1000ull, 20000ull, 4294967294ull}) {
    for (std::uint64_t r : {0ull, 1ull, 0x8000000000000000ull, 0xffffffffffffffffull, 0x0123456789abcdefull,
                            0xfedcba9876543210ull, 0x00000000ffffffffull, 0xffffffff00000000ull}) {
      INFO("cap " << cap << " random " << r);
      CHECK(static_cast<std::uint64_t>(rdscodec::retry_policy::jitter(milliseconds(cap), r).count()) ==
            expected_jitter(cap, r));
    }
  }
  // The ends: 0 maps to 0, all ones to the cap itself; half way to (cap + 1) / 2.
  CHECK(rdscodec::retry_policy::jitter(1000ms, 0) == 0ms);
  CHECK(rdscodec::retry_policy::jitter(1000ms, ~0ull) == 1000ms);
  CHECK(rdscodec::retry_policy::jitter(1000ms, 1ull << 63) == 500ms);
  CHECK(rdscodec::retry_policy::jitter(-5ms, ~0ull) == 0ms);
}

TEST_CASE("retry: what is retried, by failure and idempotency", "[retry]") {
  struct row {
    const char* what;
    attempt_outcome outcome;
    retry_reason read_only, client_token, mutating;
  };
  constexpr auto R = retry_reason::retryable;
  constexpr auto N = retry_reason::not_retryable;
  constexpr auto M = retry_reason::may_have_applied;
  const std::vector<row> table = {
      // Refused before processing: every operation may be sent again.
      {"Throttling.User (400)", service(400, "Throttling.User"), R, R, R},
      {"HTTP 429 without a code", service(429, ""), R, R, R},
      {"ServiceUnavailable (503)", service(503, "ServiceUnavailable"), R, R, R},
      {"a body that is no answer, 429", malformed(429), R, R, R},
      {"a body that is no answer, 503", malformed(503), R, R, R},
      {"the request never left", attempt_outcome::transport(rdscodec::transport_failure::not_sent), R, R, R},
      // May have been applied: only where a second delivery applies nothing twice.
      {"InternalError (500)", service(500, "InternalError"), R, R, M},
      {"HTTP 502 without a code", service(502, ""), R, R, M},
      {"a gateway page, 502", malformed(502), R, R, M},
      {"a cut-short 200 body", malformed(200), R, R, M},
      {"no answer after sending", attempt_outcome::transport(rdscodec::transport_failure::no_answer), R, R, M},
      // Sending the same call again cannot help.
      {"SignatureDoesNotMatch", service(400, "SignatureDoesNotMatch"), N, N, N},
      // An attempt signed afresh whose nonce the service has seen: an earlier delivery of
      // the same call got through, so it may have been applied; a read may go again.
      {"SignatureNonceUsed", service(400, "SignatureNonceUsed"), R, R, M},
      {"InvalidParameter", service(400, "InvalidParameter"), N, N, N},
      {"IncorrectDBInstanceState", service(403, "IncorrectDBInstanceState"), N, N, N},
      {"InvalidDBInstanceId.NotFound", service(404, "InvalidDBInstanceId.NotFound"), N, N, N},
      {"a 404 page", malformed(404), N, N, N},
  };
  const rdscodec::retry_policy p;
  for (const auto& r : table) {
    INFO(r.what);
    CHECK(p.decide(r.outcome, idempotency::read_only, 1, 0ms, 0).reason == r.read_only);
    CHECK(p.decide(r.outcome, idempotency::client_token, 1, 0ms, 0).reason == r.client_token);
    CHECK(p.decide(r.outcome, idempotency::mutating, 1, 0ms, 0).reason == r.mutating);
    CHECK(p.decide(r.outcome, idempotency::mutating, 1, 0ms, 0).retry == (r.mutating == R));
  }
  for (auto k : {idempotency::read_only, idempotency::client_token, idempotency::mutating}) {
    const auto d = p.decide(attempt_outcome::success(), k, 1, 0ms, 0);
    CHECK_FALSE(d.retry);
    CHECK(d.reason == retry_reason::success);
  }
}

TEST_CASE("retry: ServiceUnavailable as proof of nothing applied can be turned off", "[retry]") {
  rdscodec::retry_options o;
  o.unavailable_means_unapplied = false;
  const rdscodec::retry_policy p(o);
  CHECK(p.decide(service(503, "ServiceUnavailable"), idempotency::mutating, 1, 0ms, 0).reason ==
        retry_reason::may_have_applied);
  CHECK(p.decide(malformed(503), idempotency::mutating, 1, 0ms, 0).reason == retry_reason::may_have_applied);
  CHECK(p.decide(service(503, "ServiceUnavailable"), idempotency::read_only, 1, 0ms, 0).retry);
  CHECK(p.decide(service(400, "Throttling"), idempotency::mutating, 1, 0ms, 0).retry);  // throttling still proves it
}

TEST_CASE("retry: attempts and elapsed time are capped", "[retry]") {
  rdscodec::retry_options o;
  o.max_attempts = 3;
  o.base_delay = 100ms;
  o.max_delay = 10'000ms;
  o.max_elapsed = 1000ms;
  const rdscodec::retry_policy p(o);
  const auto throttled = service(400, "Throttling");
  // Attempts 1 and 2 may be followed by another; after the third, no more.
  CHECK(p.decide(throttled, idempotency::mutating, 1, 0ms, 0).retry);
  CHECK(p.decide(throttled, idempotency::mutating, 2, 0ms, 0).retry);
  CHECK(p.decide(throttled, idempotency::mutating, 3, 0ms, 0).reason == retry_reason::attempts_exhausted);
  // After attempt 2 the cap is 200 ms; all-ones random gives 200 ms: 900 + 200 > 1000 stops,
  // 800 + 200 = 1000 does not; random 0 waits 0 ms and fits at 999 ms.
  CHECK(p.decide(throttled, idempotency::mutating, 2, 900ms, ~0ull).reason == retry_reason::time_exhausted);
  const auto fits = p.decide(throttled, idempotency::mutating, 2, 800ms, ~0ull);
  CHECK(fits.retry);
  CHECK(fits.delay == 200ms);
  CHECK(p.decide(throttled, idempotency::mutating, 2, 999ms, 0).delay == 0ms);
  // No overflow near the largest durations (a review finding: elapsed + delay was signed overflow).
  o.max_elapsed = milliseconds::max();
  const rdscodec::retry_policy wide(o);
  CHECK(wide.decide(throttled, idempotency::mutating, 1, milliseconds::max(), ~0ull).reason ==
        retry_reason::time_exhausted);
  CHECK(wide.decide(throttled, idempotency::mutating, 1, milliseconds::max() - 100ms, ~0ull).reason ==
        retry_reason::retryable);  // 100 ms cap, 100 ms wait: ends exactly at the limit
  CHECK(p.decide(throttled, idempotency::mutating, 1, -5ms, 0).retry);  // a negative elapsed counts as 0
  // A refusal is not turned into a retry by the caps.
  CHECK(p.decide(service(400, "InvalidParameter"), idempotency::read_only, 3, 0ms, 0).reason ==
        retry_reason::not_retryable);
}

TEST_CASE("retry: retry_state counts attempts and draws the jitter from the given source", "[retry]") {
  rdscodec::retry_options o;
  o.max_attempts = 4;
  o.base_delay = 100ms;
  o.max_delay = 300ms;
  const std::vector<std::uint64_t> draws = {1ull << 63, ~0ull, 0x4000000000000000ull, 7};
  std::size_t next = 0;
  auto source = [&] { return draws[next++ % draws.size()]; };
  rdscodec::basic_retry_state<decltype(source)> s(o, idempotency::read_only, source);
  const auto outage = service(503, "ServiceUnavailable");
  // Caps 100, 200, 300 (capped); draws: half -> 50 (floor(101 / 2)), all ones -> 200, a quarter -> 75.
  const auto d1 = s.after(outage, 0ms);
  CHECK((d1.retry && d1.delay == milliseconds(expected_jitter(100, draws[0])) && d1.delay == 50ms));
  const auto d2 = s.after(outage, 100ms);
  CHECK((d2.retry && d2.delay == 200ms));
  const auto d3 = s.after(outage, 400ms);
  CHECK((d3.retry && d3.delay == milliseconds(expected_jitter(300, draws[2])) && d3.delay == 75ms));
  const auto d4 = s.after(outage, 500ms);
  CHECK((!d4.retry && d4.reason == retry_reason::attempts_exhausted));
  CHECK(s.attempts() == 4);
  // The default source (seeded from the CSPRNG) spreads: two states rarely agree on 8 draws.
  rdscodec::jitter_source a, b;
  bool differ = false;
  for (int i = 0; i < 8; ++i) differ |= a() != b();
  CHECK(differ);
  // A given seed reproduces.
  rdscodec::jitter_source c(42), d(42);
  CHECK(c() == d());
}

TEST_CASE("retry: idempotency from the generated flags and the ClientToken", "[retry]") {
  namespace rds = rdscodec::rds;
  // DescribeDBInstances reads (api-docs.json: systemTags.operationType "get"); it has a
  // ClientToken too, but reading wins.
  static_assert(rdscodec::is_read_only_v<rds::describe_db_instances::request>);
  static_assert(rdscodec::has_client_token_v<rds::describe_db_instances::request>);
  CHECK(rdscodec::idempotency_of(rds::describe_db_instances::request{}) == idempotency::read_only);
  // CreateDBInstance changes things ("create") and has a ClientToken.
  static_assert(!rdscodec::is_read_only_v<rds::create_db_instance::request>);
  static_assert(rdscodec::has_client_token_v<rds::create_db_instance::request>);
  rds::create_db_instance::request create;
  CHECK(rdscodec::idempotency_of(create) == idempotency::mutating);  // no token yet
  REQUIRE(rdscodec::ensure_client_token(create));
  REQUIRE(create.client_token);
  CHECK(create.client_token->size() == 32);
  CHECK(create.client_token->find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(rdscodec::idempotency_of(create) == idempotency::client_token);
  const std::string first = *create.client_token;
  CHECK(rdscodec::ensure_client_token(create));  // kept across retries
  CHECK(*create.client_token == first);
  rds::create_db_instance::request other;
  other.client_token = "";  // empty counts as unset
  REQUIRE(rdscodec::ensure_client_token(other));
  CHECK(*other.client_token != first);
  other.client_token = "my-token";
  CHECK(rdscodec::ensure_client_token(other));
  CHECK(*other.client_token == "my-token");
  // CancelImport changes things and has no ClientToken.
  static_assert(!rdscodec::has_client_token_v<rds::cancel_import::request>);
  rds::cancel_import::request cancel;
  CHECK_FALSE(rdscodec::ensure_client_token(cancel));
  CHECK(rdscodec::idempotency_of(cancel) == idempotency::mutating);
}
