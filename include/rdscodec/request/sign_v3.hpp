// rdscodec: signature V3 (ACS3-HMAC-SHA256, and ACS3-HMAC-SM3 as an option).
//
// Each stage is public, so a user facing SignatureDoesNotMatch can compare
// them one by one with what the gateway reports:
//
//   canonical_query(req)                       DBInstanceId=...&ImportId=...
//   canonical_request(req, creds, opts)        POST\n/\n<query>\n<headers>\n\n<names>\n<payload hash>
//   string_to_sign(algorithm, canonical)       ACS3-HMAC-SHA256\n<hex(SHA-256(canonical request))>
//   signature(creds, algorithm, sts)           hex(HMAC-SHA256(secret, sts))
//   authorization(algorithm, id, names, sig)   ACS3-HMAC-SHA256 Credential=id,SignedHeaders=...,Signature=...
//   sign(req, creds, opts[, out])              the whole http_request
//
// Rules (the V3 documentation): the operation's fields go in the query
// string (or, on request, in a form body; fields the spec puts in the Body
// always go there) with an empty body otherwise; list, map and object values
// flattened as the SDKs do (detail/request_encoding.hpp); the
// signed headers are host, x-acs-action, x-acs-version, x-acs-date,
// x-acs-signature-nonce, x-acs-content-sha256 (hex hash of the body),
// x-acs-security-token with STS credentials, and content-type whenever the
// fields go in a form body (even an empty one: it says how to read the body)
// or a raw body is set; names lower case, sorted. That list is one table,
// detail/v3_signed_headers.hpp, which the verifier (server/verify.hpp) reads
// too, beside the one writer of the canonical request that sign(),
// canonical_request() and canonical_request_of() share. The key is the bare
// secret (no '&').
//
// ACS3-HMAC-SM3 replaces SHA-256 by SM3 in the payload hash, the canonical
// request hash and the HMAC. Sources disagree on the payload header's name:
// the Darabonba core that the current RDS SDKs call
// (DoRequest) sends x-acs-content-sha256 whatever the algorithm, while
// gateway-style clients send x-acs-content-sm3. rdscodec follows the SDK
// path the RDS clients take (x-acs-content-sha256) and offers the other name
// through options::sm3_payload_header.
//
// sign() streams the canonical request straight into the hash; only the
// query, body and headers of the output request are written.
#ifndef RDSCODEC_SIGN_V3_HPP
#define RDSCODEC_SIGN_V3_HPP

#include <rdscodec/core/credentials.hpp>
#include <rdscodec/core/crypto.hpp>
#include <rdscodec/detail/signing.hpp>
#include <rdscodec/detail/sink.hpp>
#include <rdscodec/detail/v3_signed_headers.hpp>
#include <rdscodec/request/http_request.hpp>
#include <rdscodec/core/percent.hpp>
#include <rdscodec/request/query.hpp>
#include <rdscodec/core/result.hpp>
#include <rdscodec/request/sign_common.hpp>
#include <rdscodec/request/trace.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rdscodec {
namespace v3 {

enum class algorithm { acs3_hmac_sha256, acs3_hmac_sm3 };

/// "ACS3-HMAC-SHA256" or "ACS3-HMAC-SM3".
constexpr std::string_view to_string(algorithm a) noexcept {
  return a == algorithm::acs3_hmac_sm3 ? std::string_view("ACS3-HMAC-SM3") : std::string_view("ACS3-HMAC-SHA256");
}

constexpr digest_algorithm digest_of(algorithm a) noexcept {
  return a == algorithm::acs3_hmac_sm3 ? digest_algorithm::sm3 : digest_algorithm::sha256;
}

/// The name of the payload-hash header when signing with SM3 (see the
/// header comment). With SHA-256 it is always x-acs-content-sha256.
enum class sm3_payload_header { x_acs_content_sha256, x_acs_content_sm3 };

/// Everything about one V3 signature besides the request and the
/// credentials: the shared signing_options plus the algorithm and an
/// optional raw body.
struct options : signing_options {
  algorithm alg = algorithm::acs3_hmac_sha256;
  sm3_payload_header sm3_header = sm3_payload_header::x_acs_content_sha256;
  /// A raw body to send and sign (for example a JSON document for an API
  /// whose metadata says bodyType json). Needs content_type; cannot be
  /// combined with fields == placement::form.
  std::string_view body;
  /// The body's media type, e.g. "application/json"; printable ASCII.
  std::string_view content_type;
};

/// Hex SHA-256 of the empty string: the payload hash of a request without body.
inline constexpr std::string_view empty_payload_sha256 =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/// Hex SM3 of the empty string (GB/T 32905-2016), the same for ACS3-HMAC-SM3.
inline constexpr std::string_view empty_payload_sm3 =
    "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b";

namespace detail {

inline constexpr std::string_view form_content_type = "application/x-www-form-urlencoded";

/// Header value text: printable ASCII and inner spaces (no CR, LF or other
/// control bytes, so nothing can be injected into the header block).
constexpr bool is_header_text(std::string_view s) noexcept {
  for (char c : s)
    if (c < 0x20 || c > 0x7E) return false;
  // Canonicalisation trims values (the gateway does too): a value with
  // spaces at either end would be sent differently from how it is signed.
  return s.empty() || (s.front() != ' ' && s.back() != ' ');
}

/// The signed headers of one request (the rows of
/// rdscodec::detail::v3_signed_header_table that apply), sorted by name, with
/// their values. Values point into the output request, the inputs and the
/// credentials.
struct plan {
  using header = std::pair<std::string_view, std::string_view>;
  std::array<header, rdscodec::detail::v3_signed_header_table.size()> headers{};
  std::size_t count = 0;
  digest_text payload_hash;
  char names_buf[rdscodec::detail::v3_signed_names_capacity()] = {};
  std::size_t names_len = 0;

  const header* begin() const noexcept { return headers.data(); }
  const header* end() const noexcept { return headers.data() + count; }
  std::string_view signed_names() const noexcept { return {names_buf, names_len}; }

  /// Writes the canonical request for `method` and `query` into `sink`.
  template <class Sink>
  void write_canonical_request(Sink& sink, std::string_view method, std::string_view query) const {
    rdscodec::detail::write_v3_canonical_request(sink, method, "/", query, begin(), end(), signed_names(),
                                                 payload_hash.view());
  }
};

/// Checks, fills the target, query and body of `out`, and the plan. `in`
/// must outlive `p`.
template <class Checked>
result<void> prepare(const Checked& checked, const credentials& creds, const options& opts,
                     const rdscodec::detail::signing_inputs& in, http_request& out, plan& p) {
  rdscodec::detail::set_target(out, opts, in);
  const bool form = opts.fields == placement::form || checked.has_body_params();
  {
    using rdscodec::detail::param_place;
    rdscodec::detail::chunked_string_sink query_sink(out.query);
    rdscodec::detail::chunked_string_sink body_sink(out.body);
    rdscodec::detail::query_writer<rdscodec::detail::chunked_string_sink> query_w{&query_sink};
    rdscodec::detail::query_writer<rdscodec::detail::chunked_string_sink> body_w{&body_sink};
    auto emit = [&](std::string_view n, std::string_view v, param_place place, bool, bool) {
      if (place == param_place::body || (place == param_place::query && opts.fields == placement::form))
        body_w(n, v);
      else
        query_w(n, v);
    };
    checked.emit_operation(emit);
  }
  if (!opts.body.empty()) out.body.assign(opts.body.data(), opts.body.size());

  if (out.body.empty()) {
    p.payload_hash = hex_text(opts.alg == algorithm::acs3_hmac_sm3 ? empty_payload_sm3 : empty_payload_sha256);
  } else {
    auto hash = digest(digest_of(opts.alg), out.body);
    if (!hash) return hash.error();
    p.payload_hash = hex_encode(*hash);
  }

  using rdscodec::detail::v3_header_when;
  rdscodec::detail::v3_header_values values;
  values.content_type = form ? form_content_type : opts.content_type;
  values.host = out.host;
  values.action = checked.action();
  values.payload_hash = p.payload_hash.view();
  values.date = in.timestamp;
  values.security_token = creds.security_token();
  values.nonce = in.nonce;
  values.version = checked.version();
  const bool sm3_name =
      opts.alg == algorithm::acs3_hmac_sm3 && opts.sm3_header == sm3_payload_header::x_acs_content_sm3;
  // check() made sure a raw body comes with its content type.
  const bool has_body = form || !opts.body.empty();
  for (const auto& row : rdscodec::detail::v3_signed_header_table) {
    if ((row.when == v3_header_when::security_token && !creds.has_security_token()) ||
        (row.when == v3_header_when::body && !has_body))
      continue;
    p.headers[p.count++] = {rdscodec::detail::v3_header_name(row, sm3_name), values.*row.value};
  }
  // names_buf has room for every row's longer name and a ';' each.
  rdscodec::detail::buffer_sink names(p.names_buf, sizeof p.names_buf);
  rdscodec::detail::write_v3_signed_names(names, p.begin(), p.end());
  p.names_len = names.overflow() ? 0 : names.size;
  return {};
}

/// The V3-specific checks on top of signing_inputs::resolve.
template <class Checked>
result<void> check(const Checked& checked, const options& opts) {
  if (!checked.status()) return checked.status();
  if (!detail::is_header_text(checked.action()) || !detail::is_header_text(checked.version()))
    return errc::invalid_operation;
  if (!opts.body.empty()) {
    if (opts.fields == placement::form || checked.has_body_params()) return error(errc::invalid_option, "body");
    if (opts.content_type.empty()) return error(errc::invalid_option, "content_type");
  }
  if (!opts.content_type.empty() && (opts.body.empty() || !is_header_text(opts.content_type)))
    return error(errc::invalid_option, "content_type");
  return {};
}

template <class Sink>
void write_authorization(Sink& sink, algorithm alg, std::string_view access_key_id, std::string_view signed_names,
                         std::string_view signature) {
  const auto a = to_string(alg);
  sink.write(a.data(), a.size());
  sink.write(" Credential=", 12);
  sink.write(access_key_id.data(), access_key_id.size());
  sink.write(",SignedHeaders=", 15);
  sink.write(signed_names.data(), signed_names.size());
  sink.write(",Signature=", 11);
  sink.write(signature.data(), signature.size());
}

}  // namespace detail

// ---- stage 1: canonical query and canonical request ----

/// The canonical query of the operation's fields (V3 signs no common
/// parameters in the query), without those the spec puts in the Body.
template <class Request>
result<std::string> canonical_query(const Request& req) {
  rdscodec::detail::checked_request<Request> checked(req);
  if (!checked.status()) return checked.status().error();
  std::string s;
  rdscodec::detail::string_sink sink{&s};
  rdscodec::detail::query_writer<rdscodec::detail::string_sink> w{&sink};
  auto emit = [&](std::string_view n, std::string_view v, rdscodec::detail::param_place place, bool, bool) {
    if (place != rdscodec::detail::param_place::body) w(n, v);
  };
  checked.emit_operation(emit);
  return s;
}

/// The canonical request sign() would hash. With an empty timestamp or nonce
/// in `opts` a fresh one is drawn, so pass fixed ones to compare stages.
template <class Request>
result<std::string> canonical_request(const Request& req, const credentials& creds, const options& opts) {
  rdscodec::detail::checked_request<Request> checked(req);
  if (auto r = detail::check(checked, opts); !r) return r.error();
  rdscodec::detail::signing_inputs in;
  if (auto r = in.resolve(creds, opts, rdscodec::detail::target_of(checked)); !r) return r.error();
  http_request scratch;
  detail::plan p;
  if (auto r = detail::prepare(checked, creds, opts, in, scratch, p); !r) return r.error();
  std::string s;
  rdscodec::detail::string_sink sink{&s};
  p.write_canonical_request(sink, rdscodec::to_string(opts.method), scratch.query);
  return s;
}

/// A canonical request with the signed-header list that goes with it.
struct canonical_request_text {
  std::string text;
  std::string signed_headers;
};

/// The canonical request of arbitrary parts, signing the headers for which
/// `signs(lower_case_name)` is true: names lower-cased, values trimmed of
/// spaces and tabs, sorted by name; repeated names are merged into one line
/// with their values sorted and joined by ','. `Headers` is any range of
/// elements with `name` and `value` (http_header, header_view). `method` and
/// `canonical_uri` are taken verbatim ("" becomes "/" for the URI).
template <class Headers, class SignsHeader>
canonical_request_text canonical_request_of(std::string_view method, std::string_view canonical_uri,
                                            std::string_view canonical_query, const Headers& headers,
                                            std::string_view payload_hash, SignsHeader signs) {
  auto lower = [](std::string_view s) {
    std::string o(s);
    for (auto& c : o)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return o;
  };
  auto trim = [](std::string_view s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return std::string_view();
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
  };
  std::vector<std::pair<std::string, std::string>> signed_headers;
  for (const auto& h : headers) {
    std::string name = lower(h.name);
    if (signs(std::string_view(name))) signed_headers.emplace_back(std::move(name), std::string(trim(h.value)));
  }
  std::sort(signed_headers.begin(), signed_headers.end());  // by name, then value: merged values come out sorted
  canonical_request_text out;
  const auto* first = signed_headers.data();
  const auto* last = first + signed_headers.size();
  rdscodec::detail::string_sink names{&out.signed_headers};
  rdscodec::detail::write_v3_signed_names(names, first, last);
  rdscodec::detail::string_sink text{&out.text};
  rdscodec::detail::write_v3_canonical_request(text, method, canonical_uri, canonical_query, first, last,
                                               out.signed_headers, payload_hash);
  return out;
}

/// The canonical request of arbitrary parts, as the V3 documentation
/// defines it: of `headers`, those named host, content-type or x-acs-*
/// (any case) are signed. This is the stage a server recomputes from what
/// it received.
inline canonical_request_text canonical_request(std::string_view method, std::string_view canonical_uri,
                                                std::string_view canonical_query,
                                                const std::vector<http_header>& headers,
                                                std::string_view payload_hash) {
  return canonical_request_of(method, canonical_uri, canonical_query, headers, payload_hash, [](std::string_view n) {
    return n == "host" || n == "content-type" || n.substr(0, 6) == "x-acs-";
  });
}

// ---- stage 2: string-to-sign ----

/// ALGORITHM "\n" hex(hash(canonical_request)).
inline result<std::string> string_to_sign(algorithm alg, std::string_view canonical_request) {
  auto h = digest(digest_of(alg), canonical_request);
  if (!h) return h.error();
  std::string s(to_string(alg));
  s += '\n';
  s += hex_encode(*h).view();
  return s;
}

// ---- stage 3: signature ----

/// hex(HMAC(secret, string_to_sign)) with SHA-256 or SM3: 64 characters.
inline result<digest_text> signature(const credentials& creds, algorithm alg,
                                     std::string_view string_to_sign) noexcept {
  auto mac = creds.v3_key(digest_of(alg)).compute(string_to_sign);
  if (!mac) return mac.error();
  return hex_encode(*mac);
}

// ---- stage 4: the Authorization header ----

/// "<ALGORITHM> Credential=<id>,SignedHeaders=<names>,Signature=<hex>".
inline std::string authorization(algorithm alg, std::string_view access_key_id, std::string_view signed_headers,
                                 std::string_view signature) {
  std::string s;
  rdscodec::detail::string_sink sink{&s};
  detail::write_authorization(sink, alg, access_key_id, signed_headers, signature);
  return s;
}

// ---- everything: the signed request ----

/// Signs `req` into `out`, overwriting every member and reusing its storage.
/// Headers come out in signing order (lower-case names), then Authorization.
/// Nothing in `out` is touched when an input is rejected; only an OpenSSL
/// failure (errc::crypto_failure) can leave it partly written.
template <class Request>
result<void> sign(const Request& req, const credentials& creds, const options& opts, http_request& out) {
  rdscodec::detail::checked_request<Request> checked(req);
  if (auto r = detail::check(checked, opts); !r) return r;
  rdscodec::detail::signing_inputs in;
  if (auto r = in.resolve(creds, opts, rdscodec::detail::target_of(checked)); !r) return r;
  const hmac_key& key = creds.v3_key(digest_of(opts.alg));
  if (!key.valid()) return errc::crypto_failure;

  detail::plan p;
  if (auto r = detail::prepare(checked, creds, opts, in, out, p); !r) return r;

  digest_stream cr(digest_of(opts.alg));
  {
    rdscodec::detail::buffered_update_sink<digest_stream> sink(cr);
    p.write_canonical_request(sink, rdscodec::to_string(opts.method), out.query);
    sink.flush();
  }
  auto cr_hash = cr.finish();
  if (!cr_hash) return cr_hash.error();

  auto mac = key.start();
  if (!mac) return mac.error();
  mac->update(to_string(opts.alg));
  mac->update("\n", 1);
  mac->update(hex_encode(*cr_hash).view());
  auto sig = mac->finish();
  if (!sig) return sig.error();
  const digest_text sig_hex = hex_encode(*sig);

  rdscodec::detail::header_writer headers(out.headers);
  for (const auto& h : p) headers.set(h.first, h.second);
  std::string& auth = headers.set_value("Authorization");
  rdscodec::detail::string_sink auth_sink{&auth};
  detail::write_authorization(auth_sink, opts.alg, creds.access_key_id(), p.signed_names(), sig_hex.view());
  headers.finish();
  return {};
}

/// Signs `req` into a new http_request.
template <class Request>
result<http_request> sign(const Request& req, const credentials& creds, const options& opts) {
  return rdscodec::detail::sign_new([&](http_request& out) { return sign(req, creds, opts, out); });
}

/// Every stage of one signature, with one timestamp and nonce (drawn once
/// when `opts` leaves them empty), plus the signed request.
template <class Request>
result<signing_trace> explain(const Request& req, const credentials& creds, const options& opts) {
  rdscodec::detail::signing_inputs in;
  if (auto r = in.resolve(creds, opts); !r) return r.error();
  const options fixed = rdscodec::detail::with_fixed_inputs(opts, in);
  signing_trace t;
  t.method = "V3 ";
  t.method += to_string(opts.alg);
  t.access_key_id = std::string(creds.access_key_id());
  if (auto r = sign(req, creds, fixed, t.request); !r) return r.error();
  t.canonical_query = t.request.query;
  auto cr = canonical_request(req, creds, fixed);
  if (!cr) return cr.error();
  t.canonical_request = std::move(*cr);
  auto sts = string_to_sign(opts.alg, t.canonical_request);
  if (!sts) return sts.error();
  t.string_to_sign = std::move(*sts);
  t.hashed_canonical_request = t.string_to_sign.substr(t.string_to_sign.find('\n') + 1);
  auto sig = signature(creds, opts.alg, t.string_to_sign);
  if (!sig) return sig.error();
  t.signature = std::string(sig->view());
  if (const std::string* auth = t.request.find_header("Authorization")) t.authorization = *auth;
  return t;
}

}  // namespace v3
}  // namespace rdscodec

#endif
