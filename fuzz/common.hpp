// Shared by the rdscodec fuzz targets: a checked-invariant macro, a small
// byte consumer (libFuzzer's FuzzedDataProvider is not available to the gcc
// replay build), and reference writers for the round-trip checks.
#ifndef RDSCODEC_FUZZ_COMMON_HPP
#define RDSCODEC_FUZZ_COMMON_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

/// An invariant the code under test must keep; a violation aborts, which
/// libFuzzer reports as a crash with the input that caused it.
#define FUZZ_CHECK(cond)                                                                     \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)

namespace fuzz {

/// Takes typed values off the front of the input.
class bytes {
 public:
  bytes(const std::uint8_t* data, std::size_t size) : p_(data), n_(size) {}
  bool empty() const { return n_ == 0; }
  std::uint8_t byte() {
    if (n_ == 0) return 0;
    --n_;
    return *p_++;
  }
  bool flag() { return (byte() & 1) != 0; }
  std::uint64_t u64() {
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v = (v << 8) | byte();
    return v;
  }
  /// A string of up to `max` bytes: a length byte, then the bytes.
  std::string str(std::size_t max = 64) {
    std::size_t len = byte();
    if (len > max) len = max;
    if (len > n_) len = n_;
    std::string s(reinterpret_cast<const char*>(p_), len);
    p_ += len;
    n_ -= len;
    return s;
  }
  std::string_view rest() const { return {reinterpret_cast<const char*>(p_), n_}; }

 private:
  const std::uint8_t* p_;
  std::size_t n_;
};

/// Reference JSON string escaping (RFC 8259 §7), for round trips.
inline std::string json_quote(std::string_view s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      o += '\\';
      o += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      o += buf;
    } else {
      o += static_cast<char>(c);
    }
  }
  return o + "\"";
}

/// Reference XML text escaping, for round trips: markup characters and
/// every control character as references (so line-end normalisation cannot
/// touch them). False when the text cannot be carried (a NUL).
/// False when `s` holds a character XML 1.0 cannot carry at all (§2.2: C0
/// controls other than tab, LF and CR; U+FFFE, U+FFFF).
inline bool xml_escape(std::string_view s, std::string& o) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (s.compare(i, 3, "\xEF\xBF\xBE") == 0 || s.compare(i, 3, "\xEF\xBF\xBF") == 0) return false;
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      default:
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
        if (c < 0x20) {  // as references, so that line-end normalisation keeps them
          o += "&#" + std::to_string(c) + ";";
        } else {
          o += static_cast<char>(c);
        }
    }
  }
  return true;
}

}  // namespace fuzz

#endif
