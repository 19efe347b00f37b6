// rdscodec: signature V2 (RPC style, SignatureMethod=HMAC-SHA1,
// SignatureVersion=1.0).
//
// Each stage is public, so a user facing SignatureDoesNotMatch can compare
// them one by one with what the gateway reports:
//
//   canonical_query(req, creds, opts)     AccessKeyId=...&Action=...&...
//   string_to_sign(method, canonical)     POST&%2F&AccessKeyId%3D...
//   signature(creds, string_to_sign)      Base64(HMAC-SHA1(secret + "&", sts))
//   sign(req, creds, opts[, out])         the whole http_request
//
// Rules (Alibaba Cloud's V2 signature documentation; the published vectors
// in tests/data/vectors/signing-v2.json): parameters = operation fields + AccessKeyId, Action,
// Format, SignatureMethod, SignatureNonce, SignatureVersion, Timestamp,
// Version (+ SecurityToken with STS credentials); sorted by raw name in byte
// order; name and value percent-encoded; StringToSign = METHOD "&%2F&"
// percent_encode(canonical query). POST may carry the operation fields in an
// application/x-www-form-urlencoded body instead (and always carries the
// fields the spec puts in the Body there): the signature covers the union
// either way, so only the method word changes it. Fields with a list, map or
// object value are flattened first (detail/request_encoding.hpp).
//
// sign() makes one pass: the parameters are emitted once in canonical order
// and written at the same time to the query (or body) and, encoded a second
// time, straight into the HMAC; the string-to-sign is never materialised.
// None of these functions ever returns or writes the secret.
#ifndef RDSCODEC_SIGN_V2_HPP
#define RDSCODEC_SIGN_V2_HPP

#include <rdscodec/core/clock.hpp>
#include <rdscodec/core/credentials.hpp>
#include <rdscodec/core/crypto.hpp>
#include <rdscodec/request/endpoint.hpp>
#include <rdscodec/core/format.hpp>
#include <rdscodec/request/http_request.hpp>
#include <rdscodec/core/percent.hpp>
#include <rdscodec/request/query.hpp>
#include <rdscodec/core/result.hpp>
#include <rdscodec/detail/signing.hpp>
#include <rdscodec/request/sign_common.hpp>
#include <rdscodec/request/trace.hpp>

#include <cstring>
#include <string>
#include <string_view>

namespace rdscodec {

namespace v2 {

/// Everything about one V2 signature besides the request and the
/// credentials: the shared signing_options plus the `Format` parameter.
struct options : signing_options {
  response_format format = response_format::json;
};

inline constexpr std::string_view signature_method = rdscodec::detail::v2_signature_method_value;
inline constexpr std::string_view signature_version = rdscodec::detail::v2_signature_version_value;

namespace detail {

/// The common parameter values of one signature.
template <class Checked>
rdscodec::detail::v2_common_params common_values(const rdscodec::detail::signing_inputs& in, const credentials& c,
                                                 const options& o, const Checked& req) {
  rdscodec::detail::v2_common_params p;
  p.access_key_id = c.access_key_id();
  p.action = req.action();
  p.format = to_string(o.format);
  p.security_token = c.security_token();
  p.signature_method = signature_method;
  p.signature_nonce = in.nonce;
  p.signature_version = signature_version;
  p.timestamp = in.timestamp;
  p.version = req.version();
  return p;
}

/// Writes the string-to-sign, parameter by parameter, into `sink`.
template <class Sink>
struct sts_writer {
  Sink* sink;
  bool first = true;
  void operator()(std::string_view name, std::string_view value, rdscodec::detail::param_place, bool, bool) {
    if (!first) sink->write("%26", 3);
    first = false;
    rdscodec::detail::percent_encode_twice_into(*sink, name);
    sink->write("%3D", 3);
    rdscodec::detail::percent_encode_twice_into(*sink, value);
  }
};

/// Encodes `in` once into two outputs: percent-encoded to the query (or
/// body), and encoded again ("%XX" becomes "%25XX") to the string-to-sign.
/// Works in chunks written straight into both sinks' buffers.
template <class Out, class Sts>
void encode_both(Out& out, Sts& sts, std::string_view in) {
  constexpr std::size_t chunk = 64;
  static_assert(chunk * 3 <= Out::capacity && chunk * 5 <= Sts::capacity, "sink buffers too small");
  const auto& table = rdscodec::detail::unreserved_table;
  const char* hex = rdscodec::detail::upper_hex;
  while (!in.empty()) {
    const std::size_t n = in.size() < chunk ? in.size() : chunk;
    char* const q0 = out.reserve(n * 3);
    char* const s0 = sts.reserve(n * 5);
    char* q = q0;
    char* s = s0;
    const char* p = in.data();
    const char* const end = p + n;
    // One byte to both outputs: copied, or "%XX" / "%25XX".
    auto put = [&](unsigned char c, bool unreserved) {
      if (unreserved) {
        *q++ = static_cast<char>(c);
        *s++ = static_cast<char>(c);
        return;
      }
      const char hi = hex[c >> 4], lo = hex[c & 15];
      q[0] = '%', q[1] = hi, q[2] = lo;
      s[0] = '%', s[1] = '2', s[2] = '5', s[3] = hi, s[4] = lo;
      q += 3;
      s += 5;
    };
    while (p != end) {
#if defined(__SSE2__)
      if (end - p >= 16) {  // 16 input bytes at once, classified by one mask
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const unsigned m = rdscodec::detail::unreserved_mask16(v);
        if (m == 0xFFFF) {
          _mm_storeu_si128(reinterpret_cast<__m128i*>(q), v);
          _mm_storeu_si128(reinterpret_cast<__m128i*>(s), v);
          p += 16;
          q += 16;
          s += 16;
          continue;
        }
        for (unsigned j = 0; j < 16; ++j) {
          put(static_cast<unsigned char>(p[j]), ((m >> j) & 1u) != 0);
        }
        p += 16;
        continue;
      }
#endif
      const auto c = static_cast<unsigned char>(*p++);
      put(c, table[c]);
    }
    out.commit(static_cast<std::size_t>(q - q0));
    sts.commit(static_cast<std::size_t>(s - s0));
    in.remove_prefix(n);
  }
}

/// Writes one parameter to the query (or body) and to the string-to-sign.
/// `plain_name` / `plain_value`: known to be unreserved, copied as they are.
template <class Out, class Sts>
void write_param(Out& out, bool& first_out, Sts& sts, bool& first_sts, std::string_view name,
                 std::string_view value, bool plain_name, bool plain_value) {
  if (!first_out) out.put('&');
  first_out = false;
  if (!first_sts) sts.write("%26", 3);
  first_sts = false;
  if (plain_name) {  // unreserved: the same bytes in both encodings
    out.write(name.data(), name.size());
    sts.write(name.data(), name.size());
  } else {
    encode_both(out, sts, name);
  }
  out.put('=');
  sts.write("%3D", 3);
  if (plain_value) {
    out.write(value.data(), value.size());
    sts.write(value.data(), value.size());
  } else {
    encode_both(out, sts, value);
  }
}

/// Writes the pre-encoded slots of a typed operation of plain scalars
/// (query.hpp's emit_v2_texts) to the query or body and to the
/// string-to-sign. Each text starts with its separator, dropped before the
/// first parameter of each output.
template <class Out, class Sts>
struct text_writer {
  Out* query;
  Out* body;
  Sts* sts;
  bool form_fields;
  bool first_query = true, first_body = true, first_sts = true;
  void param(rdscodec::detail::param_place place, std::string_view q, std::string_view s, std::string_view v,
             bool plain_value) {
    Out& out = start(place, q, s);
    if (v.empty()) return;  // a fixed slot (its view may be null: no copy from it)
    if (plain_value) {
      out.write(v.data(), v.size());
      sts->write(v.data(), v.size());
    } else {
      encode_both(out, *sts, v);
    }
  }
  /// The Timestamp: "YYYY-MM-DDThh:mm:ssZ" (signing_inputs::resolve checked
  /// its shape), so only the ':' at 13 and 16 need encoding.
  void timestamp(std::string_view q, std::string_view s, std::string_view ts) {
    char qv[24], sv[28];
    std::memcpy(qv, ts.data(), 13);
    std::memcpy(qv + 13, "%3A", 3);
    std::memcpy(qv + 16, ts.data() + 14, 2);
    std::memcpy(qv + 18, "%3A", 3);
    std::memcpy(qv + 21, ts.data() + 17, 3);
    std::memcpy(sv, ts.data(), 13);
    std::memcpy(sv + 13, "%253A", 5);
    std::memcpy(sv + 18, ts.data() + 14, 2);
    std::memcpy(sv + 20, "%253A", 5);
    std::memcpy(sv + 25, ts.data() + 17, 3);
    Out& out = start(rdscodec::detail::param_place::common, q, s);
    out.write(qv, sizeof qv);
    sts->write(sv, sizeof sv);
  }

 private:
  /// The output of a parameter at `place`, with the slot's fixed texts
  /// written (their separators dropped for a first parameter).
  Out& start(rdscodec::detail::param_place place, std::string_view q, std::string_view s) {
    using rdscodec::detail::param_place;
    const bool to_body = place == param_place::body || (place == param_place::query && form_fields);
    Out& out = to_body ? *body : *query;
    bool& first_out = to_body ? first_body : first_query;
    if (first_out) q.remove_prefix(1);  // '&'
    first_out = false;
    if (first_sts) s.remove_prefix(3);  // "%26"
    first_sts = false;
    out.write(q.data(), q.size());
    sts->write(s.data(), s.size());
    return out;
  }
};

template <class Sink>
void write_sts_prefix(Sink& sink, std::string_view method) {
  sink.write(method.data(), method.size());
  sink.write("&%2F&", 5);
}

template <class Request>
result<void> append_canonical_query(std::string& out, const Request& req, const credentials& c, const options& o) {
  rdscodec::detail::checked_request<Request> checked(req);
  if (!checked.status()) return checked.status();
  rdscodec::detail::signing_inputs in;
  if (auto r = in.resolve(c, o, rdscodec::detail::target_of(checked)); !r) return r;
  rdscodec::detail::string_sink sink{&out};
  rdscodec::detail::query_writer<rdscodec::detail::string_sink> w{&sink};
  checked.emit_v2(common_values(in, c, o, checked), w);
  return {};
}

}  // namespace detail

// ---- stage 1: canonical query ----

/// Appends the canonical query (all parameters, without Signature) to `out`.
/// With an empty timestamp or nonce in `opts` a fresh one is drawn, so pass
/// fixed ones to compare stages with sign().
template <class Request>
result<void> canonical_query_append(std::string& out, const Request& req, const credentials& creds,
                                    const options& opts) {
  return detail::append_canonical_query(out, req, creds, opts);
}

/// The canonical query as a new string.
template <class Request>
result<std::string> canonical_query(const Request& req, const credentials& creds, const options& opts) {
  std::string s;
  if (auto r = detail::append_canonical_query(s, req, creds, opts); !r) return r.error();
  return s;
}

// ---- stage 2: string-to-sign ----

/// Appends METHOD "&%2F&" percent_encode(canonical_query) to `out`. `method`
/// is taken verbatim (some SDK test vectors sign with an empty method).
inline void string_to_sign_append(std::string& out, std::string_view method, std::string_view canonical_query) {
  rdscodec::detail::string_sink sink{&out};
  detail::write_sts_prefix(sink, method);
  rdscodec::detail::percent_encode_into(sink, canonical_query);
}

inline std::string string_to_sign(std::string_view method, std::string_view canonical_query) {
  std::string s;
  s.reserve(method.size() + 5 + percent_encoded_size(canonical_query));
  string_to_sign_append(s, method, canonical_query);
  return s;
}

inline std::string string_to_sign(http_method method, std::string_view canonical_query) {
  return string_to_sign(to_string(method), canonical_query);
}

/// Stages 1 and 2 in one pass, straight from the request.
template <class Request>
result<std::string> string_to_sign(const Request& req, const credentials& creds, const options& opts) {
  rdscodec::detail::checked_request<Request> checked(req);
  if (!checked.status()) return checked.status().error();
  rdscodec::detail::signing_inputs in;
  if (auto r = in.resolve(creds, opts, rdscodec::detail::target_of(checked)); !r) return r.error();
  std::string out;
  rdscodec::detail::string_sink sink{&out};
  detail::write_sts_prefix(sink, to_string(opts.method));
  detail::sts_writer<rdscodec::detail::string_sink> w{&sink};
  checked.emit_v2(detail::common_values(in, creds, opts, checked), w);
  return out;
}

// ---- stage 3: signature ----

/// Base64(HMAC-SHA1(secret + "&", string_to_sign)): 28 characters. The
/// Signature parameter carries it percent-encoded.
inline result<digest_text> signature(const credentials& creds, std::string_view string_to_sign) noexcept {
  auto mac = creds.v2_key().compute(string_to_sign);
  if (!mac) return mac.error();
  return base64_encode(*mac);
}

// ---- everything: the signed request ----

/// Signs `req` into `out`, overwriting every member and reusing its storage.
/// Nothing in `out` is touched when an input is rejected; only an OpenSSL
/// failure (errc::crypto_failure) can leave it partly written.
template <class Request>
result<void> sign(const Request& req, const credentials& creds, const options& opts, http_request& out) {
  rdscodec::detail::checked_request<Request> checked(req);
  if (!checked.status()) return checked.status();
  rdscodec::detail::signing_inputs in;
  if (auto r = in.resolve(creds, opts, rdscodec::detail::target_of(checked)); !r) return r;
  auto stream = creds.v2_key().start();
  if (!stream) return stream.error();

  rdscodec::detail::set_target(out, opts, in);

  rdscodec::detail::mac_sink mac(*stream);
  detail::write_sts_prefix(mac, to_string(opts.method));
  rdscodec::detail::chunked_string_sink query_sink(out.query);
  rdscodec::detail::chunked_string_sink body_sink(out.body);
  const bool form = opts.fields == rdscodec::placement::form || checked.has_body_params();
  if constexpr (rdscodec::detail::has_v2_texts_v<rdscodec::detail::checked_request<Request>>) {
    detail::text_writer<rdscodec::detail::chunked_string_sink, rdscodec::detail::mac_sink> w{
        &query_sink, &body_sink, &mac, opts.fields == rdscodec::placement::form};
    checked.emit_v2_texts(detail::common_values(in, creds, opts, checked), w);
  } else {
    bool first_sts = true, first_query = true, first_body = true;
    using rdscodec::detail::param_place;
    auto emit = [&](std::string_view n, std::string_view v, param_place place, bool plain_name, bool plain_value) {
      if (place == param_place::body || (place == param_place::query && opts.fields == rdscodec::placement::form))
        detail::write_param(body_sink, first_body, mac, first_sts, n, v, plain_name, plain_value);
      else
        detail::write_param(query_sink, first_query, mac, first_sts, n, v, plain_name, plain_value);
    };
    checked.emit_v2(detail::common_values(in, creds, opts, checked), emit);
  }
  mac.flush();
  body_sink.flush();
  auto digest = stream->finish();
  if (!digest) return digest.error();
  const digest_text sig = base64_encode(*digest);
  {
    // Base64 is A-Z a-z 0-9 (unreserved) and '+', '/', '=' (encoded); 28
    // characters for HMAC-SHA1, at most 3 bytes each, written in one go.
    char buf[11 + 28 * 3];
    if (sig.size() > 28) return errc::crypto_failure;  // not an HMAC-SHA1
    std::memcpy(buf, "&Signature=", 11);
    std::size_t n = 11;
    for (const char c : sig.view()) {
      const auto u = static_cast<unsigned char>(c);
      if (rdscodec::detail::unreserved_table[u]) {
        buf[n++] = c;
      } else {
        buf[n] = '%';
        buf[n + 1] = rdscodec::detail::upper_hex[u >> 4];
        buf[n + 2] = rdscodec::detail::upper_hex[u & 15];
        n += 3;
      }
    }
    query_sink.write(buf, n);
  }
  query_sink.flush();

  rdscodec::detail::header_writer headers(out.headers);
  if (form) headers.set("Content-Type", "application/x-www-form-urlencoded");
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
  t.method = "V2 HMAC-SHA1";
  t.access_key_id = std::string(creds.access_key_id());
  if (auto r = canonical_query_append(t.canonical_query, req, creds, fixed); !r) return r.error();
  t.string_to_sign = string_to_sign(fixed.method, t.canonical_query);
  auto sig = signature(creds, t.string_to_sign);
  if (!sig) return sig.error();
  t.signature = std::string(sig->view());
  if (auto r = sign(req, creds, fixed, t.request); !r) return r.error();
  return t;
}

}  // namespace v2
}  // namespace rdscodec

#endif
