// rdscodec: when to send a failed call again, and after how long. No transport
// and no clock: the caller reports what happened to an attempt and how much time
// has passed; the policy answers "retry after D" or "stop", and why.
//
//   auto req = ...;                                   // a generated request
//   rdscodec::ensure_client_token(req);               // mutating operations with a ClientToken
//   rdscodec::retry_state retry(rdscodec::retry_options{}, rdscodec::idempotency_of(req));
//   for (;;) {
//     sign req afresh (a new nonce and timestamp each attempt), send it, then
//     auto d = retry.after(outcome, time since the first attempt began);
//     if (!d.retry) break;                            // d.reason says why
//     wait d.delay;
//   }
//
// What may be retried depends on whether a second delivery can apply the call
// twice (idempotency):
// - read_only operations (operation_traits<R>::read_only, from the spec's
//   metadata): after any failure that may pass (throttling, server errors,
//   transport failures, a body cut short);
// - operations whose request carries a ClientToken: the same, since the service
//   applies one token once (keep the same token across the attempts);
// - any other operation: only after a failure that shows the service did not
//   apply it: throttling (Throttling*, HTTP 429), ServiceUnavailable / HTTP 503
//   (the server was unable to handle it; retry_options::unavailable_means_unapplied
//   turns that reading off), or a request that never left the machine.
//   InternalError, 500, 502, 504, a timeout after sending, a garbled 2xx or
//   SignatureNonceUsed (an earlier delivery used the nonce) may have been
//   applied: stop and let the caller find out.
// Each attempt must be signed afresh (leave signing_options::nonce and
// timestamp empty): the service refuses a nonce it has seen.
// Waits grow exponentially with full jitter: before attempt n + 1 the wait is
// uniform in [0, min(max_delay, base_delay * 2^(n-1))] (whole milliseconds), and
// no retry is offered once max_attempts attempts were made or when the wait
// would end after max_elapsed since the first attempt began.
#ifndef RDSCODEC_CLIENT_RETRY_HPP
#define RDSCODEC_CLIENT_RETRY_HPP

#include <rdscodec/core/clock.hpp>
#include <rdscodec/core/crypto.hpp>
#include <rdscodec/detail/field_lookup.hpp>
#include <rdscodec/model/fields.hpp>
#include <rdscodec/response/response_error.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace rdscodec {

/// A failure below HTTP, as the caller's transport reports it.
enum class transport_failure : unsigned char {
  /// No byte of the request left: name resolution, connect or TLS handshake failed.
  not_sent,
  /// The request may have reached the service, no complete answer came back
  /// (a timeout after sending, a connection reset while waiting).
  no_answer,
};

/// What happened to one attempt.
class attempt_outcome {
 public:
  /// The call succeeded (the response decoded).
  static attempt_outcome success() noexcept { return attempt_outcome(kind::success); }
  /// The response did not decode: a service error (api_error) or a body that
  /// is not one, with its HTTP status (response_parser's error).
  static attempt_outcome failed(const response_error& e) noexcept {
    attempt_outcome o(e.is_service_error() ? kind::service : kind::malformed);
    o.status_ = e.http_status();
    if (e.is_service_error()) {
      const std::string_view code = e.service().code;
      o.cls_ = classify(code, e.http_status(), &o.retryable_);
      o.throttled_ = o.cls_ == error_class::throttling;
      o.unavailable_ = e.http_status() == 503 || code.substr(0, 18) == "ServiceUnavailable";
      o.nonce_used_ = code == "SignatureNonceUsed";
    }
    return o;
  }
  /// The transport failed.
  static attempt_outcome transport(transport_failure f) noexcept {
    attempt_outcome o(kind::transport);
    o.transport_ = f;
    return o;
  }

  bool is_success() const noexcept { return kind_ == kind::success; }

 private:
  enum class kind : unsigned char { success, service, malformed, transport };
  explicit attempt_outcome(kind k) noexcept : kind_(k) {}
  friend class retry_policy;

  kind kind_;
  int status_ = 0;
  error_class cls_ = error_class::unknown;
  bool retryable_ = false;
  bool throttled_ = false;    // refused for the rate: not applied
  bool unavailable_ = false;  // ServiceUnavailable / 503
  bool nonce_used_ = false;   // SignatureNonceUsed
  transport_failure transport_ = transport_failure::not_sent;
};

/// Whether a second delivery of a call can apply it twice.
enum class idempotency : unsigned char {
  /// The operation only reads.
  read_only,
  /// It changes something, and its request carries a ClientToken: the
  /// service applies each token once.
  client_token,
  /// It changes something and nothing stops a second delivery from applying.
  mutating,
};

/// Why a decision was taken.
enum class retry_reason : unsigned char {
  /// The attempt succeeded: nothing to retry.
  success,
  /// A failure that may pass: retry after the delay.
  retryable,
  /// A failure that will not pass by sending the same call again (a bad
  /// parameter, a refused signature, a missing instance...).
  not_retryable,
  /// A failure that may have left the call applied, for an operation that
  /// could then be applied twice.
  may_have_applied,
  /// max_attempts attempts were made.
  attempts_exhausted,
  /// The wait would end after max_elapsed.
  time_exhausted,
};

constexpr std::string_view to_string(retry_reason r) noexcept {
  switch (r) {
    case retry_reason::success: return "success";
    case retry_reason::retryable: return "retryable";
    case retry_reason::not_retryable: return "not_retryable";
    case retry_reason::may_have_applied: return "may_have_applied";
    case retry_reason::attempts_exhausted: return "attempts_exhausted";
    case retry_reason::time_exhausted: return "time_exhausted";
  }
  return "not_retryable";
}

struct retry_decision {
  bool retry = false;
  /// The wait before the next attempt (zero when not retrying).
  std::chrono::milliseconds delay{0};
  retry_reason reason = retry_reason::not_retryable;
};

struct retry_options {
  /// Attempts in all, the first included (1: never retry).
  unsigned max_attempts = 4;
  /// The cap of the first wait; each further wait's cap doubles.
  std::chrono::milliseconds base_delay{200};
  /// No wait's cap exceeds this.
  std::chrono::milliseconds max_delay{20'000};
  /// No retry whose wait would end later than this after the first attempt began.
  std::chrono::milliseconds max_elapsed{60'000};
  /// Whether ServiceUnavailable / HTTP 503 shows that the call was not applied
  /// (so that any operation may be sent again). RFC 9110 §15.6.4: 503 means the
  /// server "is currently unable to handle the request"; Alibaba's error page
  /// says "the request has failed due to a temporary failure of the server" and
  /// does not say whether anything was done. Set false to treat it like
  /// InternalError for operations without a ClientToken.
  bool unavailable_means_unapplied = true;
};

/// The decisions, as a pure function of the outcome, the attempt number, the
/// time spent and one random number (see the header comment).
class retry_policy {
 public:
  explicit retry_policy(retry_options o = {}) noexcept : o_(o) {}

  const retry_options& options() const noexcept { return o_; }

  /// The largest wait before attempt `attempt` + 1 (attempt >= 1):
  /// min(max_delay, base_delay * 2^(attempt-1)), without overflow.
  std::chrono::milliseconds backoff_cap(unsigned attempt) const noexcept {
    const std::int64_t base = o_.base_delay.count() < 0 ? 0 : o_.base_delay.count();
    const std::int64_t cap = o_.max_delay.count() < 0 ? 0 : o_.max_delay.count();
    std::int64_t d = base;
    for (unsigned i = 1; i < attempt && d != 0 && d < cap; ++i) d = d > cap / 2 ? cap : d * 2;
    return std::chrono::milliseconds(d < cap ? d : cap);
  }

  /// Full jitter: `random` (uniform over 64 bits) mapped onto [0, cap] whole
  /// milliseconds, as floor(random * (cap + 1) / 2^64); a cap above 2^32 - 2
  /// ms (49 days) counts as that much.
  static std::chrono::milliseconds jitter(std::chrono::milliseconds cap, std::uint64_t random) noexcept {
    constexpr std::int64_t largest = 0xffffffffLL - 1;
    const std::int64_t c = cap.count() < 0 ? 0 : cap.count() > largest ? largest : cap.count();
    const auto span = static_cast<std::uint64_t>(c) + 1;  // <= 2^32: the products below fit
    const std::uint64_t lo = (random & 0xffffffffu) * span;
    const std::uint64_t hi = (random >> 32) * span + (lo >> 32);
    return std::chrono::milliseconds(static_cast<std::int64_t>(hi >> 32));
  }

  /// Whether a wait of `delay` from `elapsed` ends after `limit` (no overflow;
  /// a negative elapsed counts as 0).
  static bool ends_after(std::chrono::milliseconds elapsed, std::chrono::milliseconds delay,
                         std::chrono::milliseconds limit) noexcept {
    const auto e = elapsed.count() < 0 ? std::chrono::milliseconds(0) : elapsed;
    return e > limit || delay > limit - e;
  }

  /// The decision after attempt number `attempt` (1 after the first) ended
  /// with `o`, `elapsed` after the first attempt began.
  retry_decision decide(const attempt_outcome& o, idempotency k, unsigned attempt, std::chrono::milliseconds elapsed,
                        std::uint64_t random) const noexcept {
    if (o.is_success()) return {false, {}, retry_reason::success};
    const retry_reason why = classify_failure(o, k);
    if (why != retry_reason::retryable) return {false, {}, why};
    if (attempt >= o_.max_attempts) return {false, {}, retry_reason::attempts_exhausted};
    const auto delay = jitter(backoff_cap(attempt), random);
    if (ends_after(elapsed, delay, o_.max_elapsed)) return {false, {}, retry_reason::time_exhausted};
    return {true, delay, retry_reason::retryable};
  }

 private:
  retry_reason classify_failure(const attempt_outcome& o, idempotency k) const noexcept {
    using kind = attempt_outcome::kind;
    const bool any_delivery_ok = k != idempotency::mutating;
    // `proves_not_applied`: the service refused before applying (or nothing was sent).
    bool may_pass = false;
    bool proves_not_applied = false;
    switch (o.kind_) {
      case kind::success: return retry_reason::success;
      case kind::transport:
        may_pass = true;
        proves_not_applied = o.transport_ == transport_failure::not_sent;
        break;
      case kind::service:
        // SignatureNonceUsed after a fresh signature: an earlier delivery of this
        // call used the nonce, so the call may have been applied; a fresh one may pass.
        may_pass = o.retryable_ || o.nonce_used_;
        proves_not_applied = o.throttled_ || (o.unavailable_ && o_.unavailable_means_unapplied);
        break;
      case kind::malformed:
        // A body that is no answer: a gateway's page or a cut-short body.
        may_pass = o.status_ == 429 || o.status_ == 500 || o.status_ == 502 || o.status_ == 503 ||
                   o.status_ == 504 || (o.status_ >= 200 && o.status_ < 300);
        proves_not_applied = o.status_ == 429 || (o.status_ == 503 && o_.unavailable_means_unapplied);
        break;
    }
    if (!may_pass) return retry_reason::not_retryable;
    if (!proves_not_applied && !any_delivery_ok) return retry_reason::may_have_applied;
    return retry_reason::retryable;
  }

  retry_options o_;
};

/// A source of uniform 64-bit values for the jitter (splitmix64; jitter need
/// not be unpredictable, only spread). Seeded from OpenSSL's CSPRNG, or from
/// a given seed for reproducible tests.
class jitter_source {
 public:
  jitter_source() noexcept {
    unsigned char b[8] = {};
    if (random_bytes(b, sizeof b)) {
      for (unsigned char c : b) state_ = state_ << 8 | c;
    } else {
      // No CSPRNG: the clock and this object's address still set clients apart.
      state_ = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
               static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(this));
    }
  }
  explicit jitter_source(std::uint64_t seed) noexcept : state_(seed) {}
  std::uint64_t operator()() noexcept {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
  }

 private:
  std::uint64_t state_ = 0;
};

/// One call's retries: counts the attempts and draws the jitter. `Random` is
/// any callable returning std::uint64_t (jitter_source by default).
template <class Random = jitter_source>
class basic_retry_state {
 public:
  basic_retry_state(retry_options o, idempotency k, Random random = Random()) noexcept
      : policy_(o), kind_(k), random_(std::move(random)) {}
  /// Call after each attempt; `elapsed` since the first attempt began.
  retry_decision after(const attempt_outcome& o, std::chrono::milliseconds elapsed) noexcept {
    ++attempts_;
    return policy_.decide(o, kind_, attempts_, elapsed, random_());
  }
  unsigned attempts() const noexcept { return attempts_; }

 private:
  retry_policy policy_;
  idempotency kind_;
  Random random_;
  unsigned attempts_ = 0;
};
using retry_state = basic_retry_state<>;

namespace detail {

template <class Request>
inline constexpr bool has_client_token_v = has_field(operation_traits<Request>::fields, "ClientToken");

/// The ClientToken member of `r` (const when `r` is).
template <class R>
decltype(auto) client_token_member(R& r) {
  using Request = std::remove_const_t<R>;
  constexpr std::size_t i = field_index(operation_traits<Request>::fields, "ClientToken");
  return member_at<i>(operation_traits<Request>::fields, r);
}

template <class T>
constexpr bool read_only_flag(...) {
  return false;
}
template <class T>
constexpr bool read_only_flag(decltype(T::read_only)*) {
  return T::read_only;
}

}  // namespace detail

/// True when the operation only reads (the generated operation_traits<R>::read_only;
/// false for an operation declared without it).
template <class Request>
inline constexpr bool is_read_only_v = detail::read_only_flag<operation_traits<Request>>(nullptr);

/// True when the operation has a ClientToken parameter.
template <class Request>
inline constexpr bool has_client_token_v = detail::has_client_token_v<Request>;

/// Gives `r` a ClientToken if its operation has one and it is unset or empty:
/// 32 random lower-case hex characters (the parameter allows 64 ASCII
/// characters). Call once before the first attempt and send the same request
/// on every retry. Returns true when `r` carries a token afterwards.
template <class Request>
bool ensure_client_token(Request& r) {
  if constexpr (!has_client_token_v<Request>) {
    (void)r;
    return false;
  } else {
    auto& m = detail::client_token_member(r);
    using member_t = std::remove_reference_t<decltype(m)>;
    static_assert(std::is_same_v<member_t, std::optional<std::string>> || std::is_same_v<member_t, std::string>,
                  "ClientToken is a string");
    const bool empty = [&] {
      if constexpr (std::is_same_v<member_t, std::string>) {
        return m.empty();
      } else {
        return !m || m->empty();
      }
    }();
    if (!empty) return true;
    auto n = random_nonce();
    if (!n) return false;
    m = std::string(n->view());
    return true;
  }
}

/// How a call of `r` may be retried: read_only for reading operations,
/// client_token when `r` carries a non-empty ClientToken, else mutating.
template <class Request>
idempotency idempotency_of(const Request& r) noexcept {
  if constexpr (is_read_only_v<Request>) {
    (void)r;
    return idempotency::read_only;
  } else if constexpr (has_client_token_v<Request>) {
    const auto& m = detail::client_token_member(r);
    using member_t = std::remove_cv_t<std::remove_reference_t<decltype(m)>>;
    if constexpr (std::is_same_v<member_t, std::string>) {
      return m.empty() ? idempotency::mutating : idempotency::client_token;
    } else {
      return m && !m->empty() ? idempotency::client_token : idempotency::mutating;
    }
  } else {
    (void)r;
    return idempotency::mutating;
  }
}

}  // namespace rdscodec

#endif
