// rdscodec: turning (HTTP status, body) into the operation's response or an
// error that says exactly what happened.
//
//   rdscodec::response_parser parser;                    // keep it: it reuses its buffers
//   auto r = parser.parse<rdscodec::cancel_import_request>(status, body);
//   if (r) use(r->request_id);
//   else if (r.error().is_service_error()) handle(r.error().service());   // api_error
//   else log(r.error().message());                                       // errc, offset, detail
//
// The format is detected from the body (a UTF-8 byte-order mark and leading
// whitespace are skipped; '{' is JSON, '<' is XML) unless the caller names
// it. Before either parser runs, the body is checked for: size over the limit
// (errc::body_too_large), emptiness (errc::empty_body), NUL bytes
// (errc::nul_byte), and for not being an API response at all — an HTML page
// from a proxy, plain text (errc::not_an_api_response, status kept).
#ifndef RDSCODEC_RESPONSE_HPP
#define RDSCODEC_RESPONSE_HPP

#include <rdscodec/detail/response_fields.hpp>
#include <rdscodec/core/format.hpp>
#include <rdscodec/response/json.hpp>
#include <rdscodec/response/response_error.hpp>
#include <rdscodec/response/xml.hpp>

#include <simdjson.h>

#include <cstddef>
#include <cstring>
#include <optional>
#include <string_view>

namespace rdscodec {

/// The format a Content-Type header names: application/json or text/json
/// (any parameters), text/xml or application/xml; otherwise none.
inline std::optional<response_format> format_from_content_type(std::string_view content_type) noexcept {
  const std::size_t semi = content_type.find(';');
  std::string_view t = content_type.substr(0, semi);
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  auto iequals = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      char c = a[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != b[i]) return false;
    }
    return true;
  };
  if (iequals(t, "application/json") || iequals(t, "text/json")) return response_format::json;
  if (iequals(t, "text/xml") || iequals(t, "application/xml")) return response_format::xml;
  return std::nullopt;
}

namespace detail {

/// What the first bytes say the body is.
enum class body_kind { json, xml, html, other, empty };

inline bool starts_with_icase(std::string_view s, std::string_view prefix) noexcept {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

/// Skips a byte-order mark and whitespace; returns what follows and where.
inline body_kind sniff(std::string_view body, std::size_t& start) noexcept {
  start = 0;
  if (body.size() >= 3 && body.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;
  std::size_t i = start;
  while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) ++i;
  if (i == body.size()) return body_kind::empty;
  const std::string_view rest = body.substr(i);
  if (rest[0] == '{' || rest[0] == '[') return body_kind::json;
  if (rest[0] == '<') {
    if (starts_with_icase(rest, "<!doctype html") || starts_with_icase(rest, "<html")) return body_kind::html;
    return body_kind::xml;
  }
  return body_kind::other;
}

}  // namespace detail

/// A reusable response parser. Not thread-safe: one per thread (or per
/// connection). Parsing into an existing response object decodes into its strings, list
/// elements and map nodes (README: "Parsing into a kept response").
class response_parser {
 public:
  explicit response_parser(parse_options options = {}) : options_(options), json_(options), xml_(options) {}

  /// Parses into `out`, decoding into the values it holds (its strings,
  /// list elements and map nodes keep their storage); a field the body does
  /// not have is reset. After a failed parse every field is reset.
  /// `format`: parse as this format instead of detecting it.
  template <class Request>
  response_result<void> parse_into(int http_status, std::string_view body, response_of_t<Request>& out,
                                   std::optional<response_format> format = std::nullopt) {
    return parse_checked<Request>(http_status, body, 0, out, format);
  }

  /// As parse_into, for a body followed by simdjson::SIMDJSON_PADDING
  /// readable bytes (body.capacity() counts them; their content does not
  /// matter): a simdjson::padded_string, or a receive buffer allocated with
  /// room for them. A JSON body is then read where it lies, without the
  /// padded copy parse_into makes; an XML body is parsed as by parse_into. A
  /// view whose capacity is short of the padding (or below its size) is
  /// copied, as by parse_into; so is a body that turns out malformed, for its
  /// error to be parse_into's.
  /// The decoded values are copies: `out` does not point into `body`.
  template <class Request>
  response_result<void> parse_padded_into(int http_status, simdjson::padded_string_view body,
                                          response_of_t<Request>& out,
                                          std::optional<response_format> format = std::nullopt) {
    // simdjson 3.0's view stores the capacity it is given, even one below the
    // size (a caller passing the padding alone): such a view has no room.
    const std::size_t room = body.capacity() > body.size() ? body.capacity() - body.size() : 0;
    return parse_checked<Request>(http_status, body, room >= simdjson::SIMDJSON_PADDING ? room : 0, out, format);
  }

  /// Parses into a new response object.
  template <class Request>
  response_result<response_of_t<Request>> parse(int http_status, std::string_view body,
                                                      std::optional<response_format> format = std::nullopt) {
    response_of_t<Request> out{};
    if (auto r = parse_into<Request>(http_status, body, out, format); !r) return r.error();
    return out;
  }

 private:
  /// parse_into and parse_padded_into: `padding` is the number of readable
  /// bytes after `body` (0: none promised, the JSON reader copies). A failed
  /// parse may have decoded some fields: all are reset, so no value of this
  /// or an earlier parse is left behind as if it were the result.
  template <class Request>
  response_result<void> parse_checked(int http_status, std::string_view body, std::size_t padding,
                                      response_of_t<Request>& out, std::optional<response_format> format) {
    auto r = parse_dispatch<Request>(http_status, body, padding, out, format);
    if (!r) detail::reset_response<Request>(out);
    return r;
  }

  /// The checks and the dispatch of parse_checked.
  template <class Request>
  response_result<void> parse_dispatch(int http_status, std::string_view body, std::size_t padding,
                                       response_of_t<Request>& out, std::optional<response_format> format) {
    static_assert(check_operation<Request>());
    if (body.size() > options_.max_body_size)
      return response_error(error(errc::body_too_large, {}, options_.max_body_size), http_status);
    std::size_t start = 0;
    const detail::body_kind kind = detail::sniff(body, start);
    if (kind == detail::body_kind::empty) return response_error(error(errc::empty_body), http_status);
    if (const void* nul = std::memchr(body.data(), '\0', body.size()))
      return response_error(
          error(errc::nul_byte, {}, static_cast<std::size_t>(static_cast<const char*>(nul) - body.data())),
          http_status);
    if (kind == detail::body_kind::html)
      return response_error(error(errc::not_an_api_response, {}, start), http_status, "an HTML page");
    response_format f;
    if (format) {
      f = *format;
    } else if (kind == detail::body_kind::json) {
      f = response_format::json;
    } else if (kind == detail::body_kind::xml) {
      f = response_format::xml;
    } else {
      return response_error(error(errc::not_an_api_response, {}, start), http_status, "neither JSON nor XML");
    }
    const std::string_view content = body.substr(start);
    if (f == response_format::json) {
      if (padding == 0) return json_.template parse<Request>(http_status, content, start, out);
      auto r = json_.template parse_in_place<Request>(
          http_status, simdjson::padded_string_view(content.data(), content.size(), content.size() + padding), start,
          out);
      // A body that is not a valid response: simdjson looks at the first
      // padding byte of an unbalanced document ending in '}' and may report
      // it elsewhere than with zeros after it. The slow path reports it as
      // parse_into does (same error, same offset). A service error is a
      // complete document: no second pass.
      if (!r && !r.error().is_service_error()) return json_.template parse<Request>(http_status, content, start, out);
      return r;
    }
    return xml_.template parse<Request>(http_status, content, start, out);
  }

  parse_options options_;
  detail::json_reader json_;
  detail::xml_reader xml_;
};

/// One-shot convenience: builds a parser per call. In a loop, keep a
/// response_parser instead.
template <class Request>
response_result<response_of_t<Request>> parse_response(int http_status, std::string_view body,
                                                             std::optional<response_format> format = std::nullopt) {
  response_parser p;
  return p.parse<Request>(http_status, body, format);
}

}  // namespace rdscodec

#endif
