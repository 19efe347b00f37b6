// rdscodec (internal): the text of one request value on the wire, as the
// official SDKs produce it.
//
// - strings as they are; booleans "true" / "false"; integers in decimal;
// - float / double as JavaScript's Number::toString writes them (ECMAScript
//   Number::toString, radix 10), which is what the TypeScript SDK sends
//   (`value.toString()` in OpenApiUtil.query, JSON.stringify in shrink
//   json): the shortest digits that read back to the same value
//   (std::to_chars, which picks the closest of the shortest candidates, as
//   ECMAScript asks), laid out plainly for decimal exponents -7 < e < 21 and
//   as d.ddde+N / d.ddde-N otherwise. So 1e21 is "1e+21", 1e-7 is "1e-7",
//   1e20 is "100000000000000000000", 0.000001 is "0.000001", -0 is "0".
//   A float is formatted with the shortest digits of the float itself (0.1f
//   is "0.1"); JavaScript has no float type, its SDK holds doubles only.
//   Non-finite values have no wire text: validation refuses them.
// - JSON text as JSON.stringify writes it: no whitespace, strings escaped
//   with \" \\ \b \f \n \r \t and \u00xx (lower-case hex) for the other
//   control characters, everything else (including '/' and non-ASCII
//   UTF-8) verbatim.
#ifndef RDSCODEC_DETAIL_VALUE_TEXT_HPP
#define RDSCODEC_DETAIL_VALUE_TEXT_HPP

#include <rdscodec/core/escape.hpp>

#include <bitset>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace rdscodec {
namespace detail {

/// Whether every text of a V is unreserved (needs no percent-encoding):
/// integers and booleans. A double's text may hold '+' ("1e+21").
template <class V>
inline constexpr bool has_unreserved_text_v = std::is_integral_v<V>;

/// Whether a float or double is finite (neither an infinity nor NaN): v - v
/// is 0 for every finite v and NaN otherwise. std::isfinite would cost every
/// TU that signs <cmath> (about 0.1 s of GCC 12's time, with its special
/// functions), for this one test.
template <class F>
constexpr bool is_finite(F v) noexcept {
  return v - v == F(0);
}

/// Room for the text of any scalar: an int64 (20 bytes), a double in
/// JavaScript layout (at most 25: "-0.00000" + 17 digits).
struct value_text_buffer {
  char data[32];
};

inline std::string_view format_value(const std::string& v, value_text_buffer&) noexcept { return v; }
inline std::string_view format_value(bool v, value_text_buffer&) noexcept {
  return v ? std::string_view("true") : std::string_view("false");
}
template <class I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool>, int> = 0>
std::string_view format_value(I v, value_text_buffer& buf) noexcept {
  // Decimal digits written backwards from the end: no locale, no allocation.
  char* end = buf.data + sizeof buf.data;
  char* p = end;
  using U = std::make_unsigned_t<I>;
  const bool negative = v < 0;
  U u = negative ? static_cast<U>(U(0) - static_cast<U>(v)) : static_cast<U>(v);
  do {
    *--p = static_cast<char>('0' + static_cast<int>(u % 10));
    u = static_cast<U>(u / 10);
  } while (u != 0);
  if (negative) *--p = '-';
  return {p, static_cast<std::size_t>(end - p)};
}

/// ECMAScript Number::toString(10) of a finite value (see the header
/// comment). A non-finite value gives "" (it never reaches the wire).
template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
std::string_view format_value(F v, value_text_buffer& buf) noexcept {
  if (!is_finite(v)) return {};
  if (v == 0) return "0";  // +0 and -0 alike, as JavaScript writes them
  // Shortest round-trip digits in scientific form: [-]d[.ddd]e(+|-)XX.
  char sci[32];
  const auto r = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific);
  if (r.ec != std::errc()) return {};
  const char* p = sci;
  const bool negative = *p == '-';
  if (negative) ++p;
  char digits[24];
  int k = 0;
  for (; p != r.ptr && *p != 'e'; ++p)
    if (*p != '.') digits[k++] = *p;
  int exp = 0;
  bool exp_negative = false;
  if (p != r.ptr) {
    ++p;  // 'e'
    exp_negative = *p == '-';
    ++p;  // sign
    for (; p != r.ptr; ++p) exp = exp * 10 + (*p - '0');
  }
  if (exp_negative) exp = -exp;
  const int n = exp + 1;  // the value is 0.d1d2...dk * 10^n
  char* o = buf.data;
  if (negative) *o++ = '-';
  if (k <= n && n <= 21) {
    for (int i = 0; i < k; ++i) *o++ = digits[i];
    for (int i = k; i < n; ++i) *o++ = '0';
  } else if (0 < n && n <= 21) {
    for (int i = 0; i < n; ++i) *o++ = digits[i];
    *o++ = '.';
    for (int i = n; i < k; ++i) *o++ = digits[i];
  } else if (-6 < n && n <= 0) {
    *o++ = '0';
    *o++ = '.';
    for (int i = n; i < 0; ++i) *o++ = '0';
    for (int i = 0; i < k; ++i) *o++ = digits[i];
  } else {
    *o++ = digits[0];
    if (k > 1) {
      *o++ = '.';
      for (int i = 1; i < k; ++i) *o++ = digits[i];
    }
    *o++ = 'e';
    const int e = n - 1;
    *o++ = e < 0 ? '-' : '+';
    value_text_buffer eb;
    const std::string_view et = format_value(e < 0 ? -e : e, eb);
    for (char c : et) *o++ = c;
  }
  return {buf.data, static_cast<std::size_t>(o - buf.data)};
}

/// Decimal text to an integer of type I, strictly: optional '-', digits
/// only, within range.
template <class I>
bool parse_integer(std::string_view text, I& out) noexcept {
  if (text.empty()) return false;
  bool negative = false;
  std::size_t i = 0;
  if (text[0] == '-') {
    if (!std::is_signed_v<I> || text.size() == 1) return false;
    negative = true;
    i = 1;
  }
  std::uint64_t v = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return false;
    const std::uint64_t d = static_cast<std::uint64_t>(c - '0');
    if (v > (std::numeric_limits<std::uint64_t>::max() - d) / 10) return false;
    v = v * 10 + d;
  }
  if (negative) {
    const std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<I>::max()) + 1;
    if (v > limit) return false;
    out = static_cast<I>(v == limit ? std::numeric_limits<I>::min() : -static_cast<I>(v));
  } else {
    if (v > static_cast<std::uint64_t>(std::numeric_limits<I>::max())) return false;
    out = static_cast<I>(v);
  }
  return true;
}

/// Decimal text to a float or double, strictly: the whole text is one
/// number as std::from_chars reads it (optional '-', digits, '.', exponent;
/// no '+', no whitespace, no hex), rounded once from the decimal to F
/// (to nearest, ties to even, as strtof / strtod round). Refused: a value
/// that rounds beyond F's largest finite value (so FLT_MAX, 3.4028235e38,
/// is a float and 1e39 is not), a nonzero value that rounds to zero (1e-50
/// for a float; a subnormal such as 1e-45 is kept), "inf", "nan". The same
/// rule for JSON numbers, numbers in JSON strings and XML text.
template <class F>
bool parse_float(std::string_view text, F& out) noexcept {
  if (text.empty()) return false;
  F v{};
  const auto r = std::from_chars(text.data(), text.data() + text.size(), v, std::chars_format::general);
  // from_chars reports an overflow as result_out_of_range, and libstdc++
  // an underflow to zero too; a subnormal result is a value.
  if (r.ec != std::errc() || r.ptr != text.data() + text.size() || !is_finite(v)) return false;
  if (v == 0) {
    // A zero from a nonzero mantissa is an underflow, whichever library.
    for (const char c : text) {
      if (c == 'e' || c == 'E') break;
      if (c >= '1' && c <= '9') return false;
    }
  }
  out = v;
  return true;
}

/// Appends `s` as a JSON string literal, escaped as JSON.stringify does.
inline void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  json_escape_append_impl<true>(out, s);
  out += '"';
}

/// Whether `s` is one well-formed JSON value (RFC 8259; surrounding
/// whitespace allowed), nesting at most `max_depth` arrays / objects (at
/// most json_text_depth_cap, the response parser's own cap). Linear time, no
/// recursion, no allocation. UTF-8 is checked separately.
inline constexpr std::size_t json_text_depth_cap = 1024;
inline bool is_json_text(std::string_view s, std::size_t max_depth = 64) noexcept {
  std::size_t i = 0;
  const std::size_t n = s.size();
  // One bit per open container: 1 = object, 0 = array.
  std::bitset<json_text_depth_cap> kinds;
  std::size_t depth = 0;
  if (max_depth > json_text_depth_cap) max_depth = json_text_depth_cap;
  auto ws = [&] {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  };
  auto digit = [&](std::size_t at) { return at < n && s[at] >= '0' && s[at] <= '9'; };
  auto string_lit = [&]() -> bool {  // at '"'
    ++i;
    while (i < n) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c == '"') {
        ++i;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        if (++i >= n) return false;
        const char e = s[i];
        if (e == 'u') {
          for (int h = 0; h < 4; ++h) {
            ++i;
            if (i >= n) return false;
            const char x = s[i];
            if (!((x >= '0' && x <= '9') || (x >= 'a' && x <= 'f') || (x >= 'A' && x <= 'F'))) return false;
          }
        } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' &&
                   e != 't') {
          return false;
        }
      }
      ++i;
    }
    return false;
  };
  auto number = [&]() -> bool {
    if (i < n && s[i] == '-') ++i;
    if (!digit(i)) return false;
    if (s[i] == '0') {
      ++i;
    } else {
      while (digit(i)) ++i;
    }
    if (i < n && s[i] == '.') {
      ++i;
      if (!digit(i)) return false;
      while (digit(i)) ++i;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
      ++i;
      if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
      if (!digit(i)) return false;
      while (digit(i)) ++i;
    }
    return true;
  };
  auto word = [&](std::string_view w) {
    if (s.substr(i, w.size()) != w) return false;
    i += w.size();
    return true;
  };
  // Expect a value; after it, a ',' or the close of the container.
  for (;;) {
    ws();
    if (i >= n) return false;
    const char c = s[i];
    if (c == '{' || c == '[') {
      if (depth == max_depth) return false;
      const bool obj = c == '{';
      kinds[depth] = obj;
      ++depth;
      ++i;
      ws();
      if (i < n && s[i] == (obj ? '}' : ']')) {
        ++i;
        --depth;
      } else {
        if (obj) {
          if (i >= n || s[i] != '"' || !string_lit()) return false;
          ws();
          if (i >= n || s[i] != ':') return false;
          ++i;
        }
        continue;  // the first member's value
      }
    } else if (c == '"') {
      if (!string_lit()) return false;
    } else if (c == 't') {
      if (!word("true")) return false;
    } else if (c == 'f') {
      if (!word("false")) return false;
    } else if (c == 'n') {
      if (!word("null")) return false;
    } else {
      if (!number()) return false;
    }
    // A value is complete: close containers or move to the next member.
    for (;;) {
      ws();
      if (depth == 0) return i == n;
      if (i >= n) return false;
      const bool obj = kinds[depth - 1];
      if (s[i] == (obj ? '}' : ']')) {
        ++i;
        --depth;
        continue;
      }
      if (s[i] != ',') return false;
      ++i;
      if (obj) {
        ws();
        if (i >= n || s[i] != '"' || !string_lit()) return false;
        ws();
        if (i >= n || s[i] != ':') return false;
        ++i;
      }
      break;
    }
  }
}

}  // namespace detail
}  // namespace rdscodec

#endif
