// rdscodec: the two inputs of a signature that change per request, the
// timestamp and the nonce, and their default sources.
//
// Signing functions take both as plain strings so that tests and debugging
// sessions can fix them; when they are left empty the signer uses
// current_timestamp() and random_nonce().
#ifndef RDSCODEC_CLOCK_HPP
#define RDSCODEC_CLOCK_HPP

#include <rdscodec/core/crypto.hpp>
#include <rdscodec/core/result.hpp>
#include <rdscodec/detail/percent_encode.hpp>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <new>

#if !defined(_WIN32)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace rdscodec {

/// "YYYY-MM-DDThh:mm:ssZ" (UTC), held by value.
struct timestamp_text {
  char data[20] = {};
  std::string_view view() const noexcept { return {data, sizeof data}; }
  /// Implicit only from an lvalue: a view of a temporary would dangle.
  operator std::string_view() const& noexcept { return view(); }  // NOLINT: intended
  operator std::string_view() const&& = delete;
};

/// Formats a UTC time point (sub-second part dropped, towards the past) for
/// Timestamp / x-acs-date. Any integral precision of a second or finer is
/// accepted, so dates beyond what a nanosecond system_clock::time_point can
/// hold (year 2262) format with a seconds-precision time point. Years
/// outside 0000..9999 are clamped.
template <class Duration>
timestamp_text format_timestamp(std::chrono::time_point<std::chrono::system_clock, Duration> tp) noexcept {
  using namespace std::chrono;
  static_assert(!treat_as_floating_point<typename Duration::rep>::value && Duration::period::num == 1,
                "format_timestamp takes an integral duration of a second or finer");
  const auto secs = floor<seconds>(tp.time_since_epoch()).count();
  std::int64_t days = secs / 86400;
  std::int64_t rem = secs % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  // Civil date from days since 1970-01-01 (proleptic Gregorian), using
  // 400-year eras that start on March 1st so leap days fall last.
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;                                 // [0, 146096]
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);          // [0, 365]
  const std::int64_t mp = (5 * doy + 2) / 153;                               // [0, 11]
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;                       // [1, 31]
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;                          // [1, 12]
  std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0) y = 0;
  if (y > 9999) y = 9999;
  timestamp_text t;
  auto put = [&](int at, std::int64_t v, int width) {
    for (int i = width - 1; i >= 0; --i) {
      t.data[at + i] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
  };
  put(0, y, 4);
  t.data[4] = '-';
  put(5, m, 2);
  t.data[7] = '-';
  put(8, d, 2);
  t.data[10] = 'T';
  put(11, rem / 3600, 2);
  t.data[13] = ':';
  put(14, rem / 60 % 60, 2);
  t.data[16] = ':';
  put(17, rem % 60, 2);
  t.data[19] = 'Z';
  return t;
}

/// The system clock's current time, formatted.
inline timestamp_text current_timestamp() noexcept {
  return format_timestamp(std::chrono::system_clock::now());
}

/// True for "YYYY-MM-DDThh:mm:ssZ" with month 01-12, day 01-31, hour 00-23,
/// minute 00-59, second 00-60. (The day is not checked against the month:
/// the service, not the codec, judges the time.)
constexpr bool is_valid_timestamp(std::string_view s) noexcept {
  if (s.size() != 20) return false;
  // The shape "dddd-dd-ddTdd:dd:ddZ", position by position (no loop: a
  // signer checks every caller-given timestamp).
  auto digit = [&](std::size_t at) { return s[at] >= '0' && s[at] <= '9'; };
  auto digits2 = [&](std::size_t at) { return digit(at) && digit(at + 1); };
  if (!(digits2(0) && digits2(2) && s[4] == '-' && digits2(5) && s[7] == '-' && digits2(8) && s[10] == 'T' &&
        digits2(11) && s[13] == ':' && digits2(14) && s[16] == ':' && digits2(17) && s[19] == 'Z'))
    return false;
  auto two = [&](std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); };
  return two(5) >= 1 && two(5) <= 12 && two(8) >= 1 && two(8) <= 31 && two(11) <= 23 && two(14) <= 59 &&
         two(17) <= 60;
}

/// The time a valid "YYYY-MM-DDThh:mm:ssZ" names (UTC), or nullopt when
/// the text is not a valid timestamp or names no real date (February 30th).
inline std::optional<std::chrono::time_point<std::chrono::system_clock, std::chrono::seconds>> parse_timestamp(
    std::string_view s) noexcept {
  if (!is_valid_timestamp(s)) return std::nullopt;
  auto num = [&](std::size_t at, std::size_t n) {
    std::int64_t v = 0;
    for (std::size_t i = 0; i < n; ++i) v = v * 10 + (s[at + i] - '0');
    return v;
  };
  const std::int64_t y = num(0, 4), m = num(5, 2), d = num(8, 2);
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  constexpr int days_in[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d > days_in[m - 1] + (m == 2 && leap ? 1 : 0)) return std::nullopt;
  // Days since 1970-01-01 (the inverse of format_timestamp's computation).
  const std::int64_t yy = y - (m <= 2 ? 1 : 0);
  const std::int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  const std::int64_t yoe = yy - era * 400;
  const std::int64_t mp = m > 2 ? m - 3 : m + 9;
  const std::int64_t doy = (153 * mp + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const std::int64_t days = era * 146097 + doe - 719468;
  const std::int64_t secs = days * 86400 + num(11, 2) * 3600 + num(14, 2) * 60 + num(17, 2);
  return std::chrono::time_point<std::chrono::system_clock, std::chrono::seconds>(std::chrono::seconds(secs));
}

/// 32 lower-case hex characters (16 random bytes), held by value.
struct nonce_text {
  char data[32] = {};
  std::string_view view() const noexcept { return {data, sizeof data}; }
  /// Implicit only from an lvalue: a view of a temporary would dangle.
  operator std::string_view() const& noexcept { return view(); }  // NOLINT: intended
  operator std::string_view() const&& = delete;
};

namespace detail {

/// Names the process a block of random bytes was drawn in, so that a child
/// created by fork() (or _Fork(), or clone()) never uses bytes its parent
/// drew: a block records the epoch it was filled under and is refilled when
/// the epoch differs.
///
/// On Linux the epoch lives in a page marked MADV_WIPEONFORK: the kernel gives
/// a child that page zeroed, whatever created the child and whatever code is
/// loaded, and the first caller in the child takes a new epoch from a counter
/// the child inherited (so it differs from every epoch of the parent). Where
/// that is not available the epoch is getpid() (a system call per nonce).
/// The epoch word in the wiped page, or null where there is none.
inline std::atomic<std::uint64_t>* wiped_epoch_word() noexcept {
  static std::atomic<std::uint64_t>* const word = []() -> std::atomic<std::uint64_t>* {
#if defined(__linux__) && defined(MADV_WIPEONFORK)
    const long page = sysconf(_SC_PAGESIZE);
    const std::size_t size = page > 0 ? static_cast<std::size_t>(page) : 4096;
    void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return nullptr;
    if (madvise(p, size, MADV_WIPEONFORK) != 0) {
      munmap(p, size);
      return nullptr;
    }
    return new (p) std::atomic<std::uint64_t>(0);  // the page is never unmapped
#else
    return nullptr;
#endif
  }();
  return word;
}

/// Epochs handed out in this process and its ancestors (ordinary memory: a child inherits it).
inline std::atomic<std::uint64_t>& epoch_counter() noexcept {
  static std::atomic<std::uint64_t> counter{0};
  return counter;
}

inline std::uint64_t current_epoch() noexcept {
  if (std::atomic<std::uint64_t>* word = wiped_epoch_word()) {
    std::uint64_t e = word->load(std::memory_order_acquire);
    if (e != 0) return e;
    const std::uint64_t fresh = epoch_counter().fetch_add(1, std::memory_order_relaxed) + 1;
    if (word->compare_exchange_strong(e, fresh, std::memory_order_acq_rel)) return fresh;
    return e;  // another thread of this process set it first
  }
#if defined(_WIN32)
  return 1;  // no fork()
#else
  return static_cast<std::uint64_t>(getpid());
#endif
}

/// A thread's unused CSPRNG output: 64 nonces' worth per OpenSSL call.
struct nonce_block {
  static constexpr std::size_t size = 1024;
  unsigned char bytes[size] = {};
  std::size_t next = size;  // nothing drawn yet
  std::uint64_t epoch = 0;  // no epoch is 0
};

}  // namespace detail

/// 16 bytes from OpenSSL's CSPRNG as hex. errc::crypto_failure if the
/// generator cannot be seeded.
///
/// The bytes are drawn in blocks of 1 KiB per thread (one RAND_bytes_ex call
/// per 64 nonces; one call per nonce cost more than the signature's hashing)
/// and each byte is used once, so the nonces are as unique and unpredictable
/// as OpenSSL's output; the bytes of a thread's next nonces sit in that
/// thread's memory until used, where only what can already read the secret
/// key could read them. A forked child never uses a block drawn before the
/// fork (detail::current_epoch: a page the kernel wipes in the child, on Linux;
/// the process id elsewhere), however the child was made. Not async-signal-safe
/// (neither is OpenSSL's generator): do not sign from a signal handler.
inline result<nonce_text> random_nonce() noexcept {
  thread_local detail::nonce_block block;
  const std::uint64_t epoch = detail::current_epoch();
  if (block.next + 16 > detail::nonce_block::size || block.epoch != epoch) {
    if (auto r = random_bytes(block.bytes, detail::nonce_block::size); !r) return r.error();
    block.next = 0;
    block.epoch = epoch;
  }
  const unsigned char* raw = block.bytes + block.next;
  block.next += 16;
  static constexpr char hex[] = "0123456789abcdef";
  nonce_text n;
  for (std::size_t i = 0; i < 16; ++i) {
    n.data[2 * i] = hex[raw[i] >> 4];
    n.data[2 * i + 1] = hex[raw[i] & 15];
  }
  return n;
}

/// An explicit nonce must be 1 to 64 characters from A-Z a-z 0-9 - . _ ~
/// (RFC 3986's unreserved set; UUIDs and hex qualify). Those bytes are the
/// same in a V2 query (percent-encoding leaves them alone), in a V3 header
/// and in the verifier's replay cache: no ',' (a repeated header's values
/// are joined by one, so "a,b" could be re-sent as two headers), no spaces
/// or tabs (trimmed from header values), no ';', '"' or '%' that HTTP
/// intermediaries may treat as syntax.
constexpr bool is_valid_nonce(std::string_view s) noexcept {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)  // A-Z a-z 0-9 - . _ ~: the unreserved bytes, one table look-up each
    if (!detail::unreserved_table[static_cast<unsigned char>(c)]) return false;
  return true;
}

}  // namespace rdscodec

#endif
