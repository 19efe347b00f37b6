// rdscodec: the per-request options signature V2 and V3 share (method, where
// the fields go, target host, timestamp, nonce). Their validation and how a
// signer fills the target part of an http_request are internal
// (detail/signing.hpp).
#ifndef RDSCODEC_SIGN_COMMON_HPP
#define RDSCODEC_SIGN_COMMON_HPP

#include <rdscodec/request/http_request.hpp>

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

}  // namespace rdscodec

#endif
