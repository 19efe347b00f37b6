// Text from the network made safe for a terminal, for every tool that prints
// it (the CLI, the curl client, and the lines of any_operation's
// parse_response): a hostile server or a man in the middle must not be able
// to move the cursor, retitle the window or forge lines.
#ifndef RDSCODEC_TOOLS_ANY_OPERATION_TERMINAL_HPP
#define RDSCODEC_TOOLS_ANY_OPERATION_TERMINAL_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace terminal {

/// Length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlong
/// forms, no surrogates, nothing above U+10FFFF), or 0 if the byte there does
/// not start one.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);
/// `s` made safe for a terminal: every C0 control byte (tab and line feed
/// included, unless `keep_line_feeds`), DEL and every byte that is not part
/// of well-formed UTF-8 as \xNN; the C1 controls U+0080..U+009F as
/// \u0080..\u009f; a backslash as \\ (so the escapes are unambiguous).
std::string text(std::string_view s, bool keep_line_feeds = false);
/// text(s) with line feeds escaped too, as a plain function pointer (the
/// default escape of any_operation::print_options).
inline std::string escape_all(std::string_view s) { return text(s); }
/// A JSON document made safe for a terminal without changing its value: DEL
/// and the C1 controls as \u escapes (JSON escapes only C0 itself), a byte
/// that is not UTF-8 as \ufffd.
std::string json(std::string_view doc);

}  // namespace terminal

#endif
