// rdscodec (internal): the JSON string escaper behind core/escape.hpp's
// json_escape_append (\b and \f as \u0008 and \u000c) and the value writer
// of detail/value_text.hpp (\b and \f short, as JSON.stringify writes them).
#ifndef RDSCODEC_DETAIL_JSON_ESCAPE_HPP
#define RDSCODEC_DETAIL_JSON_ESCAPE_HPP

#include <string>
#include <string_view>

namespace rdscodec {
namespace detail {

/// The inside of a JSON string (RFC 8259 §7): '"' and '\' escaped, control
/// characters as \n, \r, \t (and \b, \f when `ShortBF`, as JSON.stringify
/// writes them) or \u00xx. Other bytes are copied.
template <bool ShortBF>
void json_escape_append_impl(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b':
      case '\f':
        if constexpr (ShortBF) {
          out += c == '\b' ? "\\b" : "\\f";
          break;
        }
        [[fallthrough]];
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += ch;
        }
    }
  }
}

}  // namespace detail
}  // namespace rdscodec

#endif
