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
// Rules (DESIGN §2): parameters = operation fields + AccessKeyId, Action,
// Format, SignatureMethod, SignatureNonce, SignatureVersion, Timestamp,
// Version (+ SecurityToken with STS credentials); sorted by raw name in byte
// order; name and value percent-encoded; StringToSign = METHOD "&%2F&"
// percent_encode(canonical query). POST may carry the operation fields in an
// application/x-www-form-urlencoded body instead: the signature covers the
// union either way, so only the method word changes it.
//
// sign() makes one pass: the parameters are emitted once in canonical order
// and written at the same time to the query (or body) and, encoded a second
// time, straight into the HMAC; the string-to-sign is never materialised.
// None of these functions ever returns or writes the secret.
#ifndef RDSCODEC_SIGN_V2_HPP
#define RDSCODEC_SIGN_V2_HPP

#include <rdscodec/clock.hpp>
#include <rdscodec/credentials.hpp>
#include <rdscodec/crypto.hpp>
#include <rdscodec/endpoint.hpp>
#include <rdscodec/format.hpp>
#include <rdscodec/http_request.hpp>
#include <rdscodec/percent.hpp>
#include <rdscodec/query.hpp>
#include <rdscodec/result.hpp>

#include <cstring>
#include <string>
#include <string_view>

namespace rdscodec {

enum class url_scheme { https, http };

constexpr std::string_view to_string(url_scheme s) noexcept {
  return s == url_scheme::http ? std::string_view("http") : std::string_view("https");
}

namespace v2 {

/// Where a POST carries the operation's own fields. The common parameters
/// and the signature always travel in the query string.
enum class placement {
  /// Everything in the query string (what current SDKs send).
  query,
  /// Operation fields in an application/x-www-form-urlencoded body (POST only).
  form,
};

/// Everything about one signature besides the request and the credentials.
struct options {
  http_method method = http_method::post;
  placement fields = placement::query;
  response_format format = response_format::json;
  /// Chooses the host (endpoint.hpp); empty with no endpoint: rds.aliyuncs.com.
  std::string_view region;
  /// Explicit host[:port]; wins over `region`.
  std::string_view endpoint;
  url_scheme scheme = url_scheme::https;
  /// YYYY-MM-DDThh:mm:ssZ; empty: the system clock at signing time.
  std::string_view timestamp;
  /// 1-64 printable ASCII bytes, unique per request; empty: 16 random bytes as hex.
  std::string_view nonce;
};

inline constexpr std::string_view signature_method = "HMAC-SHA1";
inline constexpr std::string_view signature_version = "1.0";

namespace detail {

/// The per-request inputs after defaults are filled in. Holds the generated
/// timestamp / nonce text when the options left them empty.
class inputs {
 public:
  std::string_view timestamp;
  std::string_view nonce;

  result<void> resolve(const credentials& c, const options& o) noexcept {
    if (c.access_key_id().empty() || !is_valid_utf8(c.access_key_id()) || !is_valid_utf8(c.security_token()))
      return errc::invalid_credentials;
    if (o.fields == placement::form && o.method != http_method::post) return error(errc::invalid_option, "placement");
    if (!o.endpoint.empty()) {
      if (!is_valid_endpoint(o.endpoint)) return errc::invalid_endpoint;
    } else if (!o.region.empty() && !is_valid_region(o.region)) {
      return errc::invalid_region;
    }
    if (o.timestamp.empty()) {
      ts_ = current_timestamp();
      timestamp = ts_.view();
    } else {
      if (!is_valid_timestamp(o.timestamp)) return errc::invalid_timestamp;
      timestamp = o.timestamp;
    }
    if (o.nonce.empty()) {
      auto n = random_nonce();
      if (!n) return n.error();
      nonce_ = *n;
      nonce = nonce_.view();
    } else {
      if (!is_valid_nonce(o.nonce)) return errc::invalid_nonce;
      nonce = o.nonce;
    }
    return {};
  }

  template <class Checked>
  rdscodec::detail::v2_common_values common(const credentials& c, const options& o, const Checked& req) const {
    // Indexed like rdscodec::detail::v2_common_names.
    return {c.access_key_id(), req.action(),       to_string(o.format), c.security_token(), signature_method,
            nonce,             signature_version, timestamp,           req.version()};
  }

 private:
  timestamp_text ts_;
  nonce_text nonce_;
};

/// Feeds bytes to an HMAC through a small stack buffer.
class mac_sink {
 public:
  explicit mac_sink(hmac_stream& s) noexcept : s_(&s) {}
  void put(char c) noexcept {
    if (n_ == sizeof buf_) flush();
    buf_[n_++] = c;
  }
  void write(const char* p, std::size_t n) noexcept {
    if (n > sizeof buf_ - n_) {
      flush();
      if (n > sizeof buf_) {
        s_->update(p, n);
        return;
      }
    }
    std::memcpy(buf_ + n_, p, n);
    n_ += n;
  }
  void flush() noexcept {
    s_->update(buf_, n_);
    n_ = 0;
  }

 private:
  hmac_stream* s_;
  std::size_t n_ = 0;
  char buf_[512];
};

/// Writes the string-to-sign, parameter by parameter, into `sink`.
template <class Sink>
struct sts_writer {
  Sink* sink;
  bool first = true;
  void operator()(std::string_view name, std::string_view value) {
    if (!first) sink->write("%26", 3);
    first = false;
    rdscodec::detail::percent_encode_twice_into(*sink, name);
    sink->write("%3D", 3);
    rdscodec::detail::percent_encode_twice_into(*sink, value);
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
  inputs in;
  if (auto r = in.resolve(c, o); !r) return r;
  rdscodec::detail::string_sink sink{&out};
  rdscodec::detail::query_writer<rdscodec::detail::string_sink> w{&sink};
  auto emit = [&](std::string_view n, std::string_view v, bool) { w(n, v); };
  checked.emit_v2(in.common(c, o, checked), emit);
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
  detail::inputs in;
  if (auto r = in.resolve(creds, opts); !r) return r.error();
  std::string out;
  rdscodec::detail::string_sink sink{&out};
  detail::write_sts_prefix(sink, to_string(opts.method));
  detail::sts_writer<rdscodec::detail::string_sink> w{&sink};
  auto emit = [&](std::string_view n, std::string_view v, bool) { w(n, v); };
  checked.emit_v2(in.common(creds, opts, checked), emit);
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
/// Nothing in `out` is touched when an input is rejected.
template <class Request>
result<void> sign(const Request& req, const credentials& creds, const options& opts, http_request& out) {
  rdscodec::detail::checked_request<Request> checked(req);
  if (!checked.status()) return checked.status();
  detail::inputs in;
  if (auto r = in.resolve(creds, opts); !r) return r;
  auto stream = creds.v2_key().start();
  if (!stream) return stream.error();

  if (auto r = resolve_endpoint_into(out.host, opts.region, opts.endpoint); !r) return r;  // checked above
  out.method = opts.method;
  const std::string_view scheme = to_string(opts.scheme);
  out.scheme.assign(scheme.data(), scheme.size());
  out.path.assign("/", 1);
  out.query.clear();
  out.body.clear();

  detail::mac_sink mac(*stream);
  detail::write_sts_prefix(mac, to_string(opts.method));
  detail::sts_writer<detail::mac_sink> sts{&mac};
  rdscodec::detail::string_sink query_sink{&out.query};
  rdscodec::detail::string_sink body_sink{&out.body};
  rdscodec::detail::query_writer<rdscodec::detail::string_sink> query{&query_sink};
  rdscodec::detail::query_writer<rdscodec::detail::string_sink> body{&body_sink};
  const bool form = opts.fields == placement::form;
  auto emit = [&](std::string_view n, std::string_view v, bool operation_field) {
    sts(n, v);
    if (form && operation_field)
      body(n, v);
    else
      query(n, v);
  };
  checked.emit_v2(in.common(creds, opts, checked), emit);
  mac.flush();
  auto digest = stream->finish();
  if (!digest) return digest.error();
  const digest_text sig = base64_encode(*digest);
  out.query.append("&Signature=", 11);
  percent_encode_append(out.query, sig.view());

  rdscodec::detail::header_writer headers(out.headers);
  if (form) headers.set("Content-Type", "application/x-www-form-urlencoded");
  headers.finish();
  return {};
}

/// Signs `req` into a new http_request.
template <class Request>
result<http_request> sign(const Request& req, const credentials& creds, const options& opts) {
  http_request out;
  if (auto r = sign(req, creds, opts, out); !r) return r.error();
  return out;
}

}  // namespace v2
}  // namespace rdscodec

#endif
