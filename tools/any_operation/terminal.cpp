// What the tools print, made safe for a terminal (terminal.hpp).
#include "terminal.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace terminal {

/// Length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlong
/// forms, no surrogates, nothing above U+10FFFF), or 0 if the byte there does
/// not start one.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const std::size_t left = s.size() - i;
  auto cont = [&](std::size_t k) { return k < s.size() && (b(k) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return left >= 2 && cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 3 || !cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) > 0x9F) return 0;   // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(i + 1) > 0x8F) return 0;   // above U+10FFFF
    return 4;
  }
  return 0;
}

namespace {

constexpr char hex_digits[] = "0123456789abcdef";

void append_hex_escape(std::string& out, const char* prefix, unsigned char c) {
  out += prefix;
  out += hex_digits[c >> 4];
  out += hex_digits[c & 15];
}

}  // namespace

std::string text(std::string_view s, bool keep_line_feeds) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n' && keep_line_feeds) {
      out += '\n';
      ++i;
    } else if (c == '\\') {
      out += "\\\\";
      ++i;
    } else if (c < 0x20 || c == 0x7F) {
      append_hex_escape(out, "\\x", c);
      ++i;
    } else if (const std::size_t n = utf8_sequence_length(s, i); n == 0) {
      append_hex_escape(out, "\\x", c);  // not UTF-8: the byte itself
      ++i;
    } else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      append_hex_escape(out, "\\u00", static_cast<unsigned char>(s[i + 1]));  // C1 control U+0080..U+009F
      i += 2;
    } else {
      out.append(s, i, n);
      i += n;
    }
  }
  return out;
}

std::string json(std::string_view doc) {
  std::string out;
  out.reserve(doc.size());
  for (std::size_t i = 0; i < doc.size();) {
    const auto c = static_cast<unsigned char>(doc[i]);
    if (c == '\t' || c == '\n' || c == '\r') {
      out += static_cast<char>(c);  // raw only between tokens: inside strings the writer escaped them
      ++i;
    } else if (c < 0x20 || c == 0x7F) {
      append_hex_escape(out, "\\u00", c);
      ++i;
    } else if (const std::size_t n = utf8_sequence_length(doc, i); n == 0) {
      out += "\\ufffd";  // JSON cannot carry a byte that is not UTF-8
      ++i;
    } else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(doc[i + 1]) <= 0x9F) {
      append_hex_escape(out, "\\u00", static_cast<unsigned char>(doc[i + 1]));
      i += 2;
    } else {
      out.append(doc, i, n);
      i += n;
    }
  }
  return out;
}

}  // namespace terminal
