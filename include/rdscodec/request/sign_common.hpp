// rdscodec: what signature V2 and V3 share: the per-request options (method,
// where the fields go, target host, timestamp, nonce), their validation, and
// how a signer fills the target part of an http_request.
#ifndef RDSCODEC_SIGN_COMMON_HPP
#define RDSCODEC_SIGN_COMMON_HPP

#include <rdscodec/core/clock.hpp>
#include <rdscodec/core/credentials.hpp>
#include <rdscodec/core/crypto.hpp>
#include <rdscodec/detail/sink.hpp>
#include <rdscodec/request/endpoint.hpp>
#include <rdscodec/request/http_request.hpp>
#include <rdscodec/core/result.hpp>

#include <cstring>
#include <string_view>

namespace rdscodec {

enum class url_scheme { https, http };

constexpr std::string_view to_string(url_scheme s) noexcept {
  return s == url_scheme::http ? std::string_view("http") : std::string_view("https");
}

/// Where a request carries the operation's own fields. Fields the spec puts
/// in the body (wire_position::body) go in the form body either way.
enum class placement {
  /// In the query string (what current SDKs send).
  query,
  /// In an application/x-www-form-urlencoded body (POST only).
  form,
};

/// The options both signature versions take. v2::options and v3::options
/// extend it with what is specific to each.
///
/// The string members are views: what they refer to must outlive the call
/// that signs with them (assign string literals, or strings you keep).
struct signing_options {
  http_method method = http_method::post;
  placement fields = placement::query;
  /// Chooses the host (endpoint.hpp); empty with no endpoint: rds.aliyuncs.com.
  /// An operation with a Host field (RegionId of DescribeSQLCollectorRetention)
  /// takes the region from the request instead; naming another one here is
  /// errc::invalid_option.
  std::string_view region;
  /// Explicit host[:port]; wins over `region`.
  std::string_view endpoint;
  url_scheme scheme = url_scheme::https;
  /// YYYY-MM-DDThh:mm:ssZ; empty: the system clock at signing time.
  std::string_view timestamp;
  /// 1-64 printable ASCII bytes, unique per request; empty: 16 random bytes as hex.
  std::string_view nonce;
};

namespace detail {

/// Offset of the first byte of `s` that is not printable ASCII or is a
/// space or a comma (what cannot travel unquoted in a header value or a
/// comma-separated Authorization field), or npos.
constexpr std::size_t token_text_error(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] < 0x21 || s[i] > 0x7E || s[i] == ',') return i;
  return std::string_view::npos;
}
constexpr bool is_token_text(std::string_view s) noexcept { return token_text_error(s) == std::string_view::npos; }

/// What a checked request tells the signer besides its parameters.
struct request_target {
  /// The value of the operation's Host field (a region), or empty.
  std::string_view host_region;
  /// Whether a parameter must travel in the form body (a Body field is set).
  bool has_body_params = false;
};

/// The per-request inputs after checks and defaults. Holds the generated
/// timestamp / nonce text when the options left them empty.
class signing_inputs {
 public:
  std::string_view timestamp;
  std::string_view nonce;
  /// The region that chooses the host: the request's Host field, else
  /// options::region (an explicit options::endpoint wins over both).
  std::string_view region;

  result<void> resolve(const credentials& c, const signing_options& o, const request_target& t = {}) noexcept {
    if (c.access_key_id().empty()) return error(errc::invalid_credentials, "AccessKeyId");
    if (auto at = token_text_error(c.access_key_id()); at != std::string_view::npos)
      return error(errc::invalid_credentials, "AccessKeyId", at);
    if (auto at = token_text_error(c.security_token()); at != std::string_view::npos)
      return error(errc::invalid_credentials, "SecurityToken", at);
    if (o.fields == placement::form && o.method != http_method::post) return error(errc::invalid_option, "fields");
    if (t.has_body_params && o.method != http_method::post) return error(errc::invalid_option, "method");
    region = o.region;
    if (!t.host_region.empty()) {
      // The request names its region; options naming another is a contradiction.
      if (!o.region.empty() && o.region != t.host_region) return error(errc::invalid_option, "region");
      region = t.host_region;
    }
    if (!o.endpoint.empty()) {
      if (!is_valid_endpoint(o.endpoint)) return error(errc::invalid_endpoint, "endpoint");
    } else if (!region.empty() && !is_valid_region(region)) {
      return error(errc::invalid_region, "region");
    }
    if (o.timestamp.empty()) {
      ts_ = current_timestamp();
      timestamp = ts_.view();
    } else {
      if (!is_valid_timestamp(o.timestamp)) return error(errc::invalid_timestamp, "timestamp");
      timestamp = o.timestamp;
    }
    if (o.nonce.empty()) {
      auto n = random_nonce();
      if (!n) return error(n.error().value(), "nonce");
      nonce_ = *n;
      nonce = nonce_.view();
    } else {
      if (!is_valid_nonce(o.nonce)) return error(errc::invalid_nonce, "nonce");
      nonce = o.nonce;
    }
    return {};
  }

 private:
  timestamp_text ts_;
  nonce_text nonce_;
};

/// A copy of `opts` whose timestamp and nonce are the ones `in` resolved
/// (drawn once when `opts` left them empty), so that separate stage calls
/// describe one signature. The views point into `in`.
template <class Options>
Options with_fixed_inputs(const Options& opts, const signing_inputs& in) {
  Options fixed = opts;
  fixed.timestamp = in.timestamp;
  fixed.nonce = in.nonce;
  return fixed;
}

/// Signs into a new http_request with the into-request signer `sign_into`.
template <class SignInto>
result<http_request> sign_new(SignInto&& sign_into) {
  http_request out;
  if (auto r = sign_into(out); !r) return r.error();
  return out;
}

/// Method, scheme, host and path of `out`, from options already checked by
/// signing_inputs::resolve. Clears query and body; keeps their capacity.
inline void set_target(http_request& out, const signing_options& o, const signing_inputs& in) {
  (void)resolve_endpoint_into(out.host, in.region, o.endpoint);  // cannot fail after resolve()
  out.method = o.method;
  const std::string_view scheme = to_string(o.scheme);
  if (out.scheme != scheme) out.scheme.assign(scheme.data(), scheme.size());
  if (out.path != "/") out.path.assign("/", 1);
  out.query.clear();
  out.body.clear();
}

/// The target facts of a checked request (query.hpp's checked_request).
template <class Checked>
request_target target_of(const Checked& checked) noexcept {
  return request_target{checked.host_region(), checked.has_body_params()};
}

/// Feeds bytes to an HMAC through a small stack buffer.
using mac_sink = buffered_update_sink<hmac_stream>;

}  // namespace detail
}  // namespace rdscodec

#endif
