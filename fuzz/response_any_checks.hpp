// The response-side checks of the response_any fuzz target, for one
// operation: the body is parsed as that operation's response as JSON, as
// XML and with the format detected, each with the invariants of
// check_other() (response_checks.hpp: offsets inside the body, success only
// on 2xx/unknown status, the same outcome from a fresh parser, a success
// written as JSON parses back to the same JSON, written as XML parses), and:
// - detection is only a choice of reader: with the format detected, the
//   outcome is the one of that format forced (the kind of body is worked out
//   here, independently of the parser's sniffing);
// - parsing into a response that holds an earlier input's values gives the
//   same response as parsing into a fresh one.
// check_response<Op> is instantiated only in the shard TUs of
// any_operation_entries.hpp, a few dozen operations each.
#ifndef RDSCODEC_FUZZ_RESPONSE_ANY_CHECKS_HPP
#define RDSCODEC_FUZZ_RESPONSE_ANY_CHECKS_HPP

#include "response_checks.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace fuzz::response_any {

using rdscodec::response_format;

inline bool ascii_iprefix(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

/// The format a body is read as when none is given (the README: `{` or `[`
/// JSON, `<` XML, after an optional UTF-8 BOM and whitespace; an HTML page is
/// neither), or none.
inline std::optional<response_format> kind_of(std::string_view body) {
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  while (!body.empty() && (body[0] == ' ' || body[0] == '\t' || body[0] == '\r' || body[0] == '\n'))
    body.remove_prefix(1);
  if (body.empty()) return std::nullopt;
  if (body[0] == '{' || body[0] == '[') return response_format::json;
  if (body[0] == '<' && !ascii_iprefix(body, "<!doctype html") && !ascii_iprefix(body, "<html"))
    return response_format::xml;
  return std::nullopt;
}

template <class R>
bool same_verdict(const R& a, const R& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) {
    const auto& x = a.error();
    const auto& y = b.error();
    return x.value() == y.value() && x.offset() == y.offset() && x.field() == y.field() &&
           x.http_status() == y.http_status();
  }
  return true;
}

/// One input for the response side of `Op` (see the header comment).
template <class Op>
void check_response(int status, std::string_view body) {
  fuzz::check_other<Op>(status, body, response_format::json);
  fuzz::check_other<Op>(status, body, response_format::xml);
  fuzz::check_other<Op>(status, body, std::nullopt);

  rdscodec::response_parser parser;
  auto detected = parser.parse<Op>(status, body);
  // A decoded response always writes as JSON (check_other checks it).
  const auto canonical = [](const auto& r) { return rdscodec::write_response<Op>(*r, response_format::json).value(); };
  if (const auto kind = kind_of(body)) {
    auto forced = parser.parse<Op>(status, body, *kind);
    FUZZ_CHECK(same_verdict(detected, forced));
    if (detected) FUZZ_CHECK(canonical(detected) == canonical(forced));
  }

  // Into a response that still holds an earlier input's values.
  static std::optional<rdscodec::response_of_t<Op>> kept;
  if (kept) {
    auto into = parser.parse_into<Op>(status, body, *kept);
    FUZZ_CHECK(into.has_value() == detected.has_value());
    if (detected) FUZZ_CHECK(rdscodec::write_response<Op>(*kept, response_format::json).value() == canonical(detected));
  }
  if (detected) kept = *detected;
}

}  // namespace fuzz::response_any

#endif
