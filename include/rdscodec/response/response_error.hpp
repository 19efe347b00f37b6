// rdscodec: the failure branch of response parsing.
//
// A response_error says either that the service answered with an error
// (errc::service_error, the api_error in service()), or why the bytes could
// not be decoded: an errc, the byte offset in the body where it applies, the
// name of the field at fault, and a static detail text from the underlying
// parser. The HTTP status is always kept.
#ifndef RDSCODEC_RESPONSE_ERROR_HPP
#define RDSCODEC_RESPONSE_ERROR_HPP

#include <rdscodec/response/api_error.hpp>
#include <rdscodec/core/error.hpp>
#include <rdscodec/core/result.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

namespace rdscodec {

class response_error {
 public:
  response_error() = default;
  response_error(errc e) noexcept : reason_(e) {}  // NOLINT: implicit, as result<> needs
  response_error(error reason, int http_status, const char* detail = "") noexcept
      : reason_(reason), http_status_(http_status), detail_(detail != nullptr ? detail : "") {}
  /// A service error.
  explicit response_error(api_error service) noexcept
      : reason_(errc::service_error), http_status_(service.http_status), service_(std::move(service)) {}

  errc value() const noexcept { return reason_.value(); }
  std::error_code code() const noexcept { return reason_.code(); }
  /// The response field at fault (missing_field, wrong_type, duplicate_field), if any.
  std::string_view field() const noexcept { return reason_.field(); }
  /// Byte offset in the body where decoding stopped, or error::npos.
  std::size_t offset() const noexcept { return reason_.offset(); }
  /// The HTTP status the response came with (0 when the caller passed none).
  int http_status() const noexcept { return http_status_; }
  /// Static text from the JSON or XML parser, or "".
  const char* detail() const noexcept { return detail_; }

  bool is_service_error() const noexcept { return reason_.value() == errc::service_error; }
  /// The service's error; empty unless is_service_error().
  const api_error& service() const noexcept { return service_; }

  /// One line for logs, e.g. "HTTP 403: service error SignatureDoesNotMatch
  /// (authentication): Specified signature ..." or "HTTP 200: RequestId:
  /// required response field is missing".
  std::string message() const {
    std::string s = "HTTP " + std::to_string(http_status_) + ": ";
    if (is_service_error()) {
      s += "service error ";
      s += service_.code.empty() ? std::string("(no code)") : service_.code;
      s += " (";
      s += to_string(service_.category());
      s += ")";
      if (!service_.message.empty()) {
        s += ": ";
        s += service_.message;
      }
      if (!service_.request_id.empty()) {
        s += " [RequestId ";
        s += service_.request_id;
        s += "]";
      }
      return s;
    }
    s += reason_.message();
    if (detail_[0] != '\0') {
      s += " (";
      s += detail_;
      s += ")";
    }
    return s;
  }

  friend bool operator==(const response_error& a, errc b) noexcept { return a.value() == b; }
  friend bool operator!=(const response_error& a, errc b) noexcept { return a.value() != b; }

 private:
  error reason_;
  int http_status_ = 0;
  const char* detail_ = "";
  api_error service_;
};

/// The result of parsing a response.
template <class T>
using response_result = basic_result<T, response_error>;

/// Limits for response parsing.
struct parse_options {
  /// Bodies larger than this are refused (errc::body_too_large).
  std::size_t max_body_size = std::size_t{1} << 20;
  /// Deeper nesting is refused (errc::too_deep). Clamped to [2, depth_cap].
  std::size_t max_depth = 64;
  static constexpr std::size_t depth_cap = 1024;
};

}  // namespace rdscodec

#endif
