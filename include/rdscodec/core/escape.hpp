// rdscodec: escaping text for JSON strings and XML character data, for
// anything that writes bodies (the response writers, tools).
#ifndef RDSCODEC_ESCAPE_HPP
#define RDSCODEC_ESCAPE_HPP

#include <rdscodec/detail/json_escape.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace rdscodec {

/// Appends `s` as the inside of a JSON string (RFC 8259 §7): '"' and '\'
/// escaped, control characters as \n, \r, \t or \u00XX. Other bytes are
/// copied, so valid UTF-8 in is valid UTF-8 out.
inline void json_escape_append(std::string& out, std::string_view s) { detail::json_escape_append_impl<false>(out, s); }

/// Appends `s` as XML character data: &, <, > and the quotes as entity
/// references; tab, line feed and carriage return as numeric references, so
/// that line-end normalisation cannot alter them. The other control
/// characters, and the noncharacters U+FFFE and U+FFFF, cannot appear in
/// XML 1.0 at all; each is written as U+FFFD.
inline void xml_escape_append(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0xEF && (s.compare(i, 3, "\xEF\xBF\xBE") == 0 || s.compare(i, 3, "\xEF\xBF\xBF") == 0)) {
      out += "\xEF\xBF\xBD";
      i += 2;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (c == '\t' || c == '\n' || c == '\r') {
          out += "&#";
          out += std::to_string(c);
          out += ';';
        } else if (c < 0x20) {
          out += "\xEF\xBF\xBD";
        } else {
          out += ch;
        }
    }
  }
}

}  // namespace rdscodec

#endif
