// rdscodec (internal): what the V2 and V3 signers share besides the public
// signing_options (request/sign_common.hpp): the checks of credentials and
// options, the timestamp and nonce drawn when the options leave them empty,
// how the target part of an http_request is filled, and the writer that
// rewrites its header list in place (keeping each string's capacity, so
// re-signing into a kept request allocates nothing).
#ifndef RDSCODEC_DETAIL_SIGNING_HPP
#define RDSCODEC_DETAIL_SIGNING_HPP

#include <rdscodec/core/clock.hpp>
#include <rdscodec/core/credentials.hpp>
#include <rdscodec/core/crypto.hpp>
#include <rdscodec/core/result.hpp>
#include <rdscodec/detail/sink.hpp>
#include <rdscodec/request/endpoint.hpp>
#include <rdscodec/request/http_request.hpp>
#include <rdscodec/request/sign_common.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec {
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

/// Rewrites a request's header list in place: set(i, ...) reuses element i
/// when it exists; finish() drops what is left over.
class header_writer {
 public:
  explicit header_writer(std::vector<http_header>& h) noexcept : h_(&h) {}
  void set(std::string_view name, std::string_view value) {
    if (n_ < h_->size()) {
      auto& h = (*h_)[n_];
      if (h.name != name) h.name.assign(name.data(), name.size());
      if (h.value != value) h.value.assign(value.data(), value.size());
    } else {
      h_->push_back(http_header{std::string(name), std::string(value)});
    }
    ++n_;
  }
  /// Sets the name of the next header and returns its value, emptied (with
  /// its capacity kept) for the caller to write into.
  std::string& set_value(std::string_view name) {
    if (n_ < h_->size()) {
      if ((*h_)[n_].name != name) (*h_)[n_].name.assign(name.data(), name.size());
      (*h_)[n_].value.clear();
    } else {
      h_->push_back(http_header{std::string(name), std::string()});
    }
    return (*h_)[n_++].value;
  }
  void finish() { h_->resize(n_); }

 private:
  std::vector<http_header>* h_;
  std::size_t n_ = 0;
};

}  // namespace detail
}  // namespace rdscodec

#endif
