// rdscodec: UTF-8 validation of string values (RFC 3629: no overlong forms,
// no surrogates, nothing above U+10FFFF).
#ifndef RDSCODEC_UTF8_HPP
#define RDSCODEC_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace rdscodec {

/// Offset of the first byte that does not start a well-formed UTF-8 sequence,
/// or std::string_view::npos when `s` is entirely valid.
inline std::size_t utf8_error_offset(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    if (n - i >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return i;  // continuation byte, C0/C1 or F5..FF
    }
    if (n - i < len) return i;
    if (p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return i;
    i += len;
  }
  return std::string_view::npos;
}

/// True when `s` is well-formed UTF-8.
inline bool is_valid_utf8(std::string_view s) noexcept {
  return utf8_error_offset(s) == std::string_view::npos;
}

}  // namespace rdscodec

#endif
