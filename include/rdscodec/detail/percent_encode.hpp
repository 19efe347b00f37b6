// rdscodec (internal): the percent-encoding loops behind core/percent.hpp,
// shared by the canonical query (request/query.hpp) and the V2 signer
// (request/sign_v2.hpp), which write through them straight into a sink: the
// unreserved-byte table, the SSE2 block classifier, and the single-pass
// encoders (once, and twice for the V2 string-to-sign). core/percent.hpp
// says what the encoding is.
#ifndef RDSCODEC_DETAIL_PERCENT_ENCODE_HPP
#define RDSCODEC_DETAIL_PERCENT_ENCODE_HPP

#include <array>
#include <cstddef>
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
}  // namespace rdscodec

#endif
