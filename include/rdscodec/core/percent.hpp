// rdscodec: percent-encoding as Alibaba Cloud signs it (both V2 and V3).
//
// The UTF-8 bytes of the input are copied when they are unreserved
// (A-Z a-z 0-9 - _ . ~) and written as %XX with upper-case hex otherwise:
// space is %20 (never '+'), '*' is %2A, '~' stays '~'. Any byte value is
// safe: with SSE2, whole 16-byte blocks are classified by range comparisons
// (unreserved_mask16, where bytes from 0x80 up match no range) and only the
// shorter tail goes through the 256-entry table indexed by unsigned char;
// without SSE2 the table does every byte.
//
// The encoding loops are internal (detail/percent_encode.hpp): the signers and
// the canonical query write through them straight into their sinks.
//
// Every encoder comes in three shapes: size (percent_encoded_size), write into
// a caller buffer (percent_encode_to), append to a std::string
// (percent_encode_append), plus a convenience that returns a new string.
#ifndef RDSCODEC_PERCENT_HPP
#define RDSCODEC_PERCENT_HPP

#include <rdscodec/core/result.hpp>
#include <rdscodec/detail/percent_encode.hpp>
#include <rdscodec/detail/sink.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rdscodec {

/// True for the bytes that percent-encoding copies unchanged.
constexpr bool is_unreserved(unsigned char c) noexcept { return detail::unreserved_table[c]; }

/// Number of bytes percent_encode(in) produces.
inline std::size_t percent_encoded_size(std::string_view in) noexcept {
  std::size_t n = in.size();
  const char* p = in.data();
  const char* const end = p + in.size();
#if defined(__SSE2__)
  for (; end - p >= 16; p += 16) {
    const unsigned m = detail::unreserved_mask16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    n += 2 * static_cast<std::size_t>(__builtin_popcount(~m & 0xFFFFu));
  }
#endif
  for (; p != end; ++p)
    if (!detail::unreserved_table[static_cast<unsigned char>(*p)]) n += 2;
  return n;
}

/// Writes the encoding of `in` to out[0, capacity) and returns its length
/// (no terminating NUL). errc::buffer_too_small when it does not fit; then
/// the content of `out` is unspecified. Never allocates.
inline result<std::size_t> percent_encode_to(std::string_view in, char* out,
                                             std::size_t capacity) noexcept {
  detail::buffer_sink sink(out, capacity);
  detail::percent_encode_into(sink, in);
  if (sink.overflow()) return errc::buffer_too_small;
  return sink.size;
}

/// Appends the encoding of `in` to `out` (sized first, then written in place).
inline void percent_encode_append(std::string& out, std::string_view in) {
  const std::size_t at = out.size();
  out.resize(at + percent_encoded_size(in));
  detail::buffer_sink sink(&out[0] + at, out.size() - at);
  detail::percent_encode_into(sink, in);
}

/// Returns the encoding of `in`.
inline std::string percent_encode(std::string_view in) {
  std::string s;
  s.reserve(percent_encoded_size(in));
  percent_encode_append(s, in);
  return s;
}

/// How decoding treats '+'.
enum class decode_mode {
  /// RFC 3986: '+' is a literal plus sign (queries as rdscodec writes them).
  strict,
  /// application/x-www-form-urlencoded: '+' means a space (what SDK form
  /// encoders emit for POST bodies).
  form,
};

namespace detail {

template <class Sink>
result<std::size_t> percent_decode_into(Sink& sink, std::string_view in, decode_mode mode) {
  const char* const begin = in.data();
  const char* p = begin;
  const char* const end = p + in.size();
  std::size_t produced = 0;
  while (p != end) {
    const char* run = p;
    while (p != end && *p != '%' && !(*p == '+' && mode == decode_mode::form)) ++p;
    if (p != run) {
      sink.write(run, static_cast<std::size_t>(p - run));
      produced += static_cast<std::size_t>(p - run);
    }
    if (p == end) break;
    if (*p == '+') {
      sink.put(' ');
      ++produced;
      ++p;
      continue;
    }
    const auto at = static_cast<std::size_t>(p - begin);
    if (end - p < 3) return error(errc::invalid_percent_encoding, {}, at);
    const int hi = hex_value(static_cast<unsigned char>(p[1]));
    const int lo = hex_value(static_cast<unsigned char>(p[2]));
    if (hi < 0 || lo < 0) return error(errc::invalid_percent_encoding, {}, at);
    sink.put(static_cast<char>(hi * 16 + lo));
    ++produced;
    p += 3;
  }
  return produced;
}

}  // namespace detail

/// Writes the decoding of `in` to out[0, capacity) and returns its length.
/// errc::invalid_percent_encoding (offset of the '%') for a '%' that is not
/// followed by two hex digits; errc::buffer_too_small when it does not fit.
/// The decoded bytes are returned as they are (they need not be UTF-8).
inline result<std::size_t> percent_decode_to(std::string_view in, char* out, std::size_t capacity,
                                             decode_mode mode = decode_mode::strict) noexcept {
  detail::buffer_sink sink(out, capacity);
  auto r = detail::percent_decode_into(sink, in, mode);
  if (r && sink.overflow()) return errc::buffer_too_small;
  return r;
}

/// Appends the decoding of `in` to `out`. On error `out` keeps the bytes
/// decoded before the bad escape.
inline result<std::size_t> percent_decode_append(std::string& out, std::string_view in,
                                                 decode_mode mode = decode_mode::strict) {
  detail::string_sink sink{&out};
  return detail::percent_decode_into(sink, in, mode);
}

/// Returns the decoding of `in`.
inline result<std::string> percent_decode(std::string_view in, decode_mode mode = decode_mode::strict) {
  std::string s;
  s.reserve(in.size());
  auto r = percent_decode_append(s, in, mode);
  if (!r) return r.error();
  return s;
}

}  // namespace rdscodec

#endif
