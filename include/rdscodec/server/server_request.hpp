// rdscodec: the server side of a request — reading what arrived.
//
// An incoming_request is a view of what an HTTP server received. From it,
// parse_parameters() recovers the request parameters (query string, plus an
// application/x-www-form-urlencoded body), and decode_request<Op>() turns
// them into the operation's typed request, strictly: an unknown parameter,
// a duplicate, a missing required one, a bad number or bad encoding each
// gives the error the gateway would (UnsupportedParameter, InvalidParameter,
// MissingParameter), as an api_error ready to be written back with
// write_error(). Verifying the signature is verify.hpp's job.
//
// parse_parameters() and verify_request() (verify.hpp) check request_limits
// before decoding anything (see its defaults).
// The codes are the Alibaba API Gateway's own, from its error-code table
// (the RPC gateway in front of RDS documents none for these cases):
//
//   I400HD  400  too many headers, header bytes over the limit, or a
//                Content-Type sent twice with a body (parse_parameters and
//                V2; V3 refuses any repeated signed header first, as
//                IncompleteSignature)
//   I413UL  413  query string over max_query_bytes ("Request URL too Large")
//   I413RL  413  body over max_body_bytes ("Request body too Large")
//   I400RU  400  more than max_parameters items in the query
//   I400BD  400  more than max_parameters items in query and form body together
#ifndef RDSCODEC_SERVER_REQUEST_HPP
#define RDSCODEC_SERVER_REQUEST_HPP

#include <rdscodec/response/api_error.hpp>
#include <rdscodec/detail/request_decoding.hpp>
#include <rdscodec/model/fields.hpp>
#include <rdscodec/request/generic_request.hpp>
#include <rdscodec/request/http_request.hpp>
#include <rdscodec/core/percent.hpp>
#include <rdscodec/core/result.hpp>
#include <rdscodec/core/utf8.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace rdscodec {

struct header_view {
  std::string_view name;
  std::string_view value;
};

/// What an HTTP server received, as views (nothing is copied).
struct incoming_request {
  std::string_view method;
  std::string_view path = "/";
  /// The raw query string, without '?'.
  std::string_view query;
  std::vector<header_view> headers;
  std::string_view body;

  /// The first header with this name (ASCII case-insensitive), or empty.
  std::string_view header(std::string_view name) const noexcept {
    for (const auto& h : headers)
      if (iequals(h.name, name)) return h.value;
    return {};
  }
  bool has_header(std::string_view name) const noexcept {
    for (const auto& h : headers)
      if (iequals(h.name, name)) return true;
    return false;
  }

  static bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      char x = a[i], y = b[i];
      if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
      if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
      if (x != y) return false;
    }
    return true;
  }
};

/// A view of a request rdscodec signed, as a server would receive it (for
/// tests and in-process fakes). `r` must outlive the view.
inline incoming_request view_of(const http_request& r) {
  incoming_request in;
  in.method = to_string(r.method);
  in.path = r.path;
  in.query = r.query;
  in.body = r.body;
  in.headers.reserve(r.headers.size());
  for (const auto& h : r.headers) in.headers.push_back({h.name, h.value});
  return in;
}

/// The result of server-side steps: the value, or the error to answer with.
template <class T>
using server_result = basic_result<T, api_error>;

/// A gateway-style error (Code, Message and HTTP status as the gateway
/// documents them).
inline api_error gateway_error(int http_status, std::string code, std::string message) {
  api_error e;
  e.http_status = http_status;
  e.code = std::move(code);
  e.message = std::move(message);
  return e;
}

inline api_error missing_parameter(std::string_view name) {
  return gateway_error(400, "MissingParameter",
                       "The input parameter \"" + std::string(name) +
                           "\" that is mandatory for processing this request is not supplied.");
}

inline api_error invalid_parameter(std::string_view name, std::string_view why = {}) {
  std::string m = "The specified parameter \"" + std::string(name) + "\" is not valid.";
  if (!why.empty()) m += " " + std::string(why);
  return gateway_error(400, "InvalidParameter", std::move(m));
}

inline api_error unsupported_parameter(std::string_view name) {
  return gateway_error(400, "UnsupportedParameter", "The parameter \"" + std::string(name) + "\" is not supported.");
}

/// Sizes a request may have before anything in it is decoded or hashed.
/// The defaults leave room for large RDS calls (a SecurityIps whitelist of
/// 1,000 "255.255.255.255/32" entries, comma-separated and percent-encoded,
/// is about 21 KB of query) and bound the work an unauthenticated request
/// can cause.
struct request_limits {
  /// Header lines (the HTTP server's own pseudo-headers count too).
  std::size_t max_headers = 64;
  /// Bytes of all header names and values together (an STS token is 1-2 KB).
  std::size_t max_header_bytes = 32 * 1024;
  /// Bytes of the raw query string.
  std::size_t max_query_bytes = 32 * 1024;
  /// Bytes of the body.
  std::size_t max_body_bytes = 1024 * 1024;
  /// name=value items of the query and a form body together.
  std::size_t max_parameters = 256;
  /// Bytes of the nonce (SignatureNonce, x-acs-signature-nonce); 64 is what
  /// rdscodec's signer sends at most (is_valid_nonce).
  std::size_t max_nonce_bytes = 64;
};

namespace detail {

/// `s` without spaces and tabs at either end (HTTP's optional whitespace,
/// and what V3 canonicalisation trims from a header value).
constexpr std::string_view trim_ows(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

inline api_error too_many_parameters(bool in_body, std::size_t limit) {
  const std::string why = "more than " + std::to_string(limit) + " parameters";
  return in_body ? gateway_error(400, "I400BD", "Invalid Body: " + why)
                 : gateway_error(400, "I400RU", "Invalid Request Uri `" + why + "`");
}

/// The size limits of request_limits that need no decoding (headers, query,
/// body), checked first of all.
inline server_result<void> check_sizes(const incoming_request& in, const request_limits& l) {
  if (in.headers.size() > l.max_headers)
    return gateway_error(400, "I400HD",
                         "Invalid Header: more than " + std::to_string(l.max_headers) + " header lines");
  std::size_t header_bytes = 0;
  for (const auto& h : in.headers) header_bytes += h.name.size() + h.value.size();
  if (header_bytes > l.max_header_bytes)
    return gateway_error(400, "I400HD",
                         "Invalid Header: the headers are longer than " + std::to_string(l.max_header_bytes) + " bytes");
  if (in.query.size() > l.max_query_bytes) return gateway_error(413, "I413UL", "Request URL too Large");
  if (in.body.size() > l.max_body_bytes) return gateway_error(413, "I413RL", "Request body too Large");
  return {};
}

/// Adds the name=value items of a form-encoded string to `out`, refusing
/// to grow it beyond `max_items` (counted before an item is decoded).
inline server_result<void> add_form_items(std::string_view text, std::vector<parameter>& out,
                                          std::size_t max_items = static_cast<std::size_t>(-1),
                                          bool in_body = false) {
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t amp = text.find('&', start);
    if (amp == std::string_view::npos) amp = text.size();
    const std::string_view item = text.substr(start, amp - start);
    start = amp + 1;
    if (item.empty()) {
      if (amp == text.size()) break;
      continue;
    }
    if (out.size() >= max_items) return too_many_parameters(in_body, max_items);
    const std::size_t eq = item.find('=');
    const std::string_view raw_name = item.substr(0, eq);
    const std::string_view raw_value = eq == std::string_view::npos ? std::string_view() : item.substr(eq + 1);
    auto name = percent_decode(raw_name, decode_mode::form);
    if (!name || name->empty() || !is_valid_utf8(*name)) {
      // Quote the raw bytes percent-encoded: the message stays ASCII whatever arrived.
      return invalid_parameter(percent_encode(raw_name.substr(0, 64)), "The parameter name is not well encoded.");
    }
    auto value = percent_decode(raw_value, decode_mode::form);
    if (!value || !is_valid_utf8(*value)) return invalid_parameter(*name, "The value is not well-encoded UTF-8.");
    out.push_back({std::move(*name), std::move(*value)});
    if (amp == text.size()) break;
  }
  return {};
}

/// True when the media type (before any ';' parameters, spaces and tabs
/// around it ignored, any case) is application/x-www-form-urlencoded.
inline bool is_form_content_type(std::string_view ct) noexcept {
  return incoming_request::iequals(trim_ows(ct.substr(0, ct.find(';'))), "application/x-www-form-urlencoded");
}

/// The body's items (when `content_type` is form-encoded) after the query's
/// items already in `out`; names unique across both.
inline server_result<void> add_body_items(std::string_view body, std::string_view content_type,
                                          const request_limits& limits, std::vector<parameter>& out) {
  if (!body.empty() && is_form_content_type(content_type)) {
    if (auto r = add_form_items(body, out, limits.max_parameters, true); !r) return r.error();
  }
  std::vector<const parameter*> sorted;
  sorted.reserve(out.size());
  for (const auto& p : out) sorted.push_back(&p);
  std::sort(sorted.begin(), sorted.end(), [](const parameter* a, const parameter* b) { return a->name < b->name; });
  for (std::size_t i = 1; i < sorted.size(); ++i)
    if (sorted[i]->name == sorted[i - 1]->name)
      return invalid_parameter(sorted[i]->name, "The parameter is specified more than once.");
  return {};
}

}  // namespace detail

/// The request parameters: the query string's, plus a form body's (when the
/// Content-Type says application/x-www-form-urlencoded). '+' decodes as a
/// space, as form encoders emit it. Names must be unique across both. The
/// limits are checked first; a body with two Content-Type headers is
/// refused (I400HD), since they could disagree on what the body is.
inline server_result<std::vector<parameter>> parse_parameters(const incoming_request& in,
                                                              const request_limits& limits = {}) {
  if (auto r = detail::check_sizes(in, limits); !r) return r.error();
  std::string_view content_type;
  if (!in.body.empty()) {
    std::size_t count = 0;
    for (const auto& h : in.headers)
      if (incoming_request::iequals(h.name, "content-type") && ++count == 1) content_type = h.value;
    if (count > 1) return gateway_error(400, "I400HD", "Invalid Header `Content-Type` sent more than once");
  }
  std::vector<parameter> out;
  if (auto r = detail::add_form_items(in.query, out, limits.max_parameters); !r) return r.error();
  if (auto r = detail::add_body_items(in.body, content_type, limits, out); !r) return r.error();
  return out;
}

/// Parameters a request may carry besides its operation's fields: the ones
/// SDKs add on their own and the signature's (for V2 requests whose
/// parameters were not already stripped by verify_request()).
inline bool is_ignorable_parameter(std::string_view name) noexcept {
  return name == "RegionId" || name == "SignatureType" || detail::is_reserved_name(name);
}

namespace detail {

template <class Tuple, std::size_t... I>
constexpr auto flattened_flags(const Tuple& t, std::index_sequence<I...>) {
  return std::array<bool, sizeof...(I)>{(get_field<I>(t).style == wire_style::repeat_list)...};
}
template <class Tuple, std::size_t... I>
constexpr auto host_flags(const Tuple& t, std::index_sequence<I...>) {
  return std::array<bool, sizeof...(I)>{(get_field<I>(t).position == wire_position::host)...};
}

inline api_error to_api_error(const decode_failure& f) {
  switch (f.kind) {
    case decode_failure::missing: return missing_parameter(f.name);
    case decode_failure::unsupported: return unsupported_parameter(f.name);
    default: return invalid_parameter(f.name, f.why);
  }
}

/// Decodes field `I` of `req` from its parameters, entries[b, e).
template <class Request, std::size_t I>
decode_failure decode_field(Request& req, flat_entry* b, flat_entry* e, request_decoder& dec) {
  constexpr const auto& fd = get_field<I>(operation_traits<Request>::fields);
  using fd_t = std::decay_t<decltype(fd)>;
  if (b == e) {
    if (fd.required == presence::required && fd.position != wire_position::host)
      return decode_fail(decode_failure::missing, fd.name);
    return {};
  }
  auto& target = decode_target<fd_t>(req.*(fd_t::member));
  if constexpr (fd.style == wire_style::repeat_list) {
    return dec.flat(fd, target, b, e, fd.name.size());
  } else {
    // One parameter, named exactly (duplicates were refused before).
    if constexpr (fd.style == wire_style::plain) {
      if (!assign_text(target, b->value)) return decode_fail(decode_failure::invalid, fd.name);
      return {};
    } else if constexpr (fd.style == wire_style::json) {
      return dec.json(target, fd.name, b->value);
    } else {
      return dec.simple(target, fd.name, b->value);
    }
  }
}

template <class Request, std::size_t... I>
decode_failure decode_fields(Request& req, std::vector<flat_entry>& entries, request_decoder& dec,
                             std::index_sequence<I...>) {
  decode_failure out;
  flat_entry* const begin = entries.data();
  flat_entry* const end = begin + entries.size();
  flat_entry* cursor = begin;
  auto one = [&](auto index) {
    constexpr std::size_t i = decltype(index)::value;
    flat_entry* stop = cursor;
    while (stop != end && stop->key == i) ++stop;
    if (!out) out = decode_field<Request, i>(req, cursor, stop, dec);
    cursor = stop;
  };
  (one(std::integral_constant<std::size_t, I>{}), ...);
  return out;
}

}  // namespace detail

/// The typed request from decoded parameters (query and form body alike),
/// for every field kind the encoder writes (detail/request_decoding.hpp
/// lists the wire forms and what is refused). Unknown parameters are
/// refused (UnsupportedParameter) unless is_ignorable_parameter(); a Host
/// field is not a parameter and stays unset. The result passes validate()
/// (ranges, lengths, UTF-8), or the error names the parameter at fault.
template <class Request>
server_result<Request> decode_request(const std::vector<parameter>& params, const decode_limits& limits = {}) {
  static_assert(check_operation<Request>());
  using traits = operation_traits<Request>;
  constexpr auto seq = std::make_index_sequence<std::tuple_size_v<std::remove_const_t<decltype(traits::fields)>>>{};
  constexpr auto names = detail::field_names(traits::fields);
  constexpr auto flattened = detail::flattened_flags(traits::fields, seq);
  constexpr auto hosts = detail::host_flags(traits::fields, seq);

  // Names are unique (a caller's own list may repeat one).
  std::vector<const parameter*> sorted;
  sorted.reserve(params.size());
  for (const auto& p : params) sorted.push_back(&p);
  std::sort(sorted.begin(), sorted.end(), [](const parameter* a, const parameter* b) { return a->name < b->name; });
  for (std::size_t i = 1; i < sorted.size(); ++i)
    if (sorted[i]->name == sorted[i - 1]->name)
      return invalid_parameter(sorted[i]->name, "The parameter is specified more than once.");

  // Each parameter to its field: its exact name, or `Name.` + rest for a
  // repeat-list field.
  std::vector<detail::flat_entry> entries;
  entries.reserve(params.size());
  for (const auto& p : params) {
    const std::string_view name = p.name;
    std::size_t index = names.size();
    for (std::size_t i = 0; i < names.size() && index == names.size(); ++i)
      if (!hosts[i] && names[i] == name) index = i;
    for (std::size_t i = 0; i < names.size() && index == names.size(); ++i)
      if (flattened[i] && name.size() > names[i].size() && name[names[i].size()] == '.' &&
          name.compare(0, names[i].size(), names[i]) == 0)
        index = i;
    if (index == names.size()) {
      if (is_ignorable_parameter(name)) continue;
      return unsupported_parameter(name);
    }
    entries.push_back(detail::flat_entry{name, p.value, {}, index});
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const detail::flat_entry& a, const detail::flat_entry& b) { return a.key < b.key; });

  Request req{};
  detail::request_decoder dec(limits);
  if (auto f = detail::decode_fields(req, entries, dec, seq)) return detail::to_api_error(f);
  if (auto v = validate(req); !v) {
    if (v.error() == errc::missing_required_field) return missing_parameter(v.error().field());
    return invalid_parameter(v.error().field(), v.error().message());
  }
  return req;
}

}  // namespace rdscodec

#endif
