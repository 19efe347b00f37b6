// rdscodec: waiting for a state through polling, as a state machine without
// transport or clock. Fed each decoded response of the polled operation (or the
// error of a poll) and the time since waiting began, a waiter says "poll again
// after D", "done", "failed" or "timed out".
//
//   rdscodec::waiter w(rdscodec::import_reaches(import_id, import_status::cancelled));
//   for (;;) {
//     sign and send DescribeImportsForSQLServer, decode it into resp (or an error);
//     auto d = resp ? w.on_response(*resp, elapsed) : w.on_error(resp.error(), elapsed);
//     if (d.verdict != rdscodec::wait_verdict::poll_again) break;   // done, failed, timed_out
//     wait d.delay;
//   }
//
// What a response means is the predicate's: any callable taking the response
// and returning wait_state (pending, done, failed). Two come with the library:
// import_reaches() for the import task of DescribeImportsForSQLServer, and
// instance_reaches() for an instance's DBInstanceStatus in
// DescribeDBInstanceAttribute. A poll that failed with an error that may pass
// (retry_policy's rules for a read: throttling, server errors, transport
// failures) is polled again; any other error fails the wait.
//
// Polls are spaced interval, interval x growth, x growth^2 ... up to
// max_interval (growth 1: a fixed interval); the wait times out when the next
// poll would start after `timeout`, or after max_polls polls (0: no limit).
#ifndef RDSCODEC_CLIENT_WAITER_HPP
#define RDSCODEC_CLIENT_WAITER_HPP

#include <rdscodec/client/retry.hpp>
#include <rdscodec/response/response_error.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace rdscodec {

/// What one response says of the awaited state.
enum class wait_state : unsigned char {
  /// Not there yet.
  pending,
  /// Reached.
  done,
  /// It will not be reached (another final state).
  failed,
};

enum class wait_verdict : unsigned char { poll_again, done, failed, timed_out };

constexpr std::string_view to_string(wait_verdict v) noexcept {
  switch (v) {
    case wait_verdict::poll_again: return "poll_again";
    case wait_verdict::done: return "done";
    case wait_verdict::failed: return "failed";
    case wait_verdict::timed_out: return "timed_out";
  }
  return "failed";
}

struct wait_decision {
  wait_verdict verdict = wait_verdict::failed;
  /// The wait before the next poll (poll_again only).
  std::chrono::milliseconds delay{0};
};

struct waiter_options {
  std::chrono::milliseconds interval{5'000};
  /// Each further interval is the previous one times this (1: fixed).
  unsigned growth = 1;
  std::chrono::milliseconds max_interval{60'000};
  /// No poll starts later than this after waiting began.
  std::chrono::milliseconds timeout{30 * 60'000};
  /// At most this many polls (0: no limit but the timeout).
  unsigned max_polls = 0;
};

/// The state machine; `Predicate` maps a response to a wait_state.
template <class Predicate>
class waiter {
 public:
  explicit waiter(Predicate p, waiter_options o = {}) : predicate_(std::move(p)), o_(o) {}

  /// After a poll that decoded into `r`, `elapsed` since waiting began.
  template <class Response>
  wait_decision on_response(const Response& r, std::chrono::milliseconds elapsed) {
    ++polls_;
    switch (predicate_(r)) {
      case wait_state::done: return {wait_verdict::done, {}};
      case wait_state::failed: return {wait_verdict::failed, {}};
      case wait_state::pending: break;
    }
    return again(elapsed);
  }

  /// After a poll that failed (a service error, a body that is no answer).
  wait_decision on_error(const response_error& e, std::chrono::milliseconds elapsed) {
    return on_outcome(attempt_outcome::failed(e), elapsed);
  }
  /// After a poll the transport could not complete.
  wait_decision on_error(transport_failure f, std::chrono::milliseconds elapsed) {
    return on_outcome(attempt_outcome::transport(f), elapsed);
  }

  unsigned polls() const noexcept { return polls_; }

  /// The interval before poll n + 1 (n >= 1): interval x growth^(n-1), at most max_interval.
  std::chrono::milliseconds interval_after(unsigned n) const noexcept {
    const std::int64_t cap = o_.max_interval.count() < 0 ? 0 : o_.max_interval.count();
    std::int64_t d = o_.interval.count() < 0 ? 0 : o_.interval.count();
    for (unsigned i = 1; i < n && o_.growth > 1 && d != 0 && d < cap; ++i)
      d = d > cap / static_cast<std::int64_t>(o_.growth) ? cap : d * static_cast<std::int64_t>(o_.growth);
    return std::chrono::milliseconds(d < cap ? d : cap);
  }

 private:
  wait_decision on_outcome(const attempt_outcome& o, std::chrono::milliseconds elapsed) {
    ++polls_;
    // A read may always be sent again; only whether the failure may pass matters.
    retry_options unlimited;
    unlimited.max_attempts = ~0u;
    unlimited.max_elapsed = std::chrono::milliseconds::max();
    const auto d = retry_policy(unlimited).decide(o, idempotency::read_only, 1, {}, 0);
    if (!d.retry) return {wait_verdict::failed, {}};
    return again(elapsed);
  }

  wait_decision again(std::chrono::milliseconds elapsed) const {
    if (o_.max_polls != 0 && polls_ >= o_.max_polls) return {wait_verdict::timed_out, {}};
    const auto delay = interval_after(polls_);
    if (retry_policy::ends_after(elapsed, delay, o_.timeout)) return {wait_verdict::timed_out, {}};
    return {wait_verdict::poll_again, delay};
  }

  Predicate predicate_;
  waiter_options o_;
  unsigned polls_ = 0;
};

/// For DescribeImportsForSQLServer: the import task `import_id` reaching
/// `want` (import_status of rds/describe_imports_for_sql_server.hpp, any
/// enum with pending, importing, cancelling, success, failed, cancelled).
/// Another final status (Success, Failed, Cancelled) fails the wait; the task
/// absent from the page, or a status not known yet, is pending: poll with the
/// request's ImportId set, so that the task is on the page (a wrong id waits
/// until the timeout).
template <class Status>
auto import_reaches(std::int64_t import_id, Status want) {
  return [import_id, want](const auto& response) {
    for (const auto& item : response.items) {
      if (item.import_id != import_id) continue;
      const Status s = item.status();
      if (s == want) return wait_state::done;
      if (s == Status::success || s == Status::failed || s == Status::cancelled) return wait_state::failed;
      return wait_state::pending;
    }
    return wait_state::pending;
  };
}

/// For DescribeDBInstanceAttribute: the instance's DBInstanceStatus equal to
/// `want` (e.g. "Running"); any other status is pending. Right after
/// CreateDBInstance the instance may briefly be unknown to this call
/// (InvalidDBInstanceId.NotFound), which fails the wait: start polling once
/// the create call has returned, or treat that error as pending yourself.
inline auto instance_reaches(std::string want) {
  return [want = std::move(want)](const auto& response) {
    if (!response.items) return wait_state::pending;
    for (const auto& a : response.items->db_instance_attribute)
      if (a.db_instance_status && *a.db_instance_status == want) return wait_state::done;
    return wait_state::pending;
  };
}

}  // namespace rdscodec

#endif
