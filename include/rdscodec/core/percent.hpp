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
// Every encoder comes in three shapes: size (percent_encoded_size), write into
// a caller buffer (percent_encode_to), append to a std::string
// (percent_encode_append), plus a convenience that returns a new string.
#ifndef RDSCODEC_PERCENT_HPP
#define RDSCODEC_PERCENT_HPP

#include <rdscodec/detail/sink.hpp>
#include <rdscodec/core/result.hpp>

#include <array>
#include <cstring>
#include <cstddef>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rdscodec {
namespace detail {

inline constexpr std::array<bool, 256> make_unreserved_table() noexcept {
  std::array<bool, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = true;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = true;
  t['-'] = t['_'] = t['.'] = t['~'] = true;
  return t;
}

inline constexpr std::array<bool, 256> unreserved_table = make_unreserved_table();
inline constexpr char upper_hex[] = "0123456789ABCDEF";

/// -1 for a non-hex byte, else its value (either case accepted when decoding).
inline constexpr int hex_value(unsigned char c) noexcept {
  return (c >= '0' && c <= '9')   ? c - '0'
         : (c >= 'A' && c <= 'F') ? c - 'A' + 10
         : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                                  : -1;
}

#if defined(__SSE2__)
/// Bit i set when byte i of `v` is unreserved (A-Z a-z 0-9 - . _ ~). Bytes
/// from 0x80 up are negative as signed chars and fall outside every range.
inline unsigned unreserved_mask16(__m128i v) noexcept {
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // A-Z -> a-z
  const __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                      _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
  const __m128i digit =
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  const __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('_')), _mm_cmpeq_epi8(v, _mm_set1_epi8('~'))));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(alpha, digit), marks)));
}
#endif

/// Percent-encodes `in` into `sink`, copying runs of unreserved bytes whole.
/// With Twice, writes percent_encode(percent_encode(in)) in the same single
/// pass: every byte that is not unreserved becomes "%25XX". That is how a V2
/// string-to-sign encodes the canonical query a second time.
template <bool Twice = false, class Sink>
void write_escape(Sink& sink, unsigned char c) {
  if constexpr (Twice) {
    const char esc[5] = {'%', '2', '5', upper_hex[c >> 4], upper_hex[c & 15]};
    sink.write(esc, 5);
  } else {
    const char esc[3] = {'%', upper_hex[c >> 4], upper_hex[c & 15]};
    sink.write(esc, 3);
  }
}

template <bool Twice = false, class Sink>
void percent_encode_into(Sink& sink, std::string_view in) {
  const char* p = in.data();
  const char* const end = p + in.size();
#if defined(__SSE2__)
  // 16 bytes at a time: a block of unreserved bytes is copied whole; a block
  // with escapes is split into runs by its mask, without table lookups.
  while (end - p >= 16) {
    const unsigned m = unreserved_mask16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    if (m == 0xFFFF) {
      sink.write(p, 16);
      p += 16;
      continue;
    }
    unsigned run = 0;
    for (unsigned j = 0; j < 16; ++j) {
      if ((m >> j) & 1u) {
        ++run;
        continue;
      }
      if (run != 0) sink.write(p + j - run, run);
      run = 0;
      write_escape<Twice>(sink, static_cast<unsigned char>(p[j]));
    }
    if (run != 0) sink.write(p + 16 - run, run);
    p += 16;
  }
#endif
  while (p != end) {
    const char* run = p;
    while (p != end && unreserved_table[static_cast<unsigned char>(*p)]) ++p;
    if (p != run) sink.write(run, static_cast<std::size_t>(p - run));
    if (p == end) break;
    write_escape<Twice>(sink, static_cast<unsigned char>(*p++));
  }
}

/// percent_encode(percent_encode(in)), in one pass.
template <class Sink>
void percent_encode_twice_into(Sink& sink, std::string_view in) {
  percent_encode_into<true>(sink, in);
}

}  // namespace detail

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
