// rdscodec: an error the service returned, and what kind of error it is.
//
// Classification is by Code first and HTTP status second: the same Code comes
// with different statuses in different sources (InvalidAccessKeyId.NotFound
// 400 or 404, SignatureDoesNotMatch 400 or 403, Forbidden.RAM 400 or 403).
// The table below is the only place that knows codes; its rows are the
// common codes of Alibaba Cloud's public error pages and the RDS codes of its
// API reference pages, with the statuses those sources give.
#ifndef RDSCODEC_API_ERROR_HPP
#define RDSCODEC_API_ERROR_HPP

#include <array>
#include <string>
#include <string_view>

namespace rdscodec {

/// What a caller can do about a service error.
enum class error_class {
  /// Too many requests: back off and retry.
  throttling,
  /// The request's signature or credentials were refused (signature, key
  /// id, timestamp, nonce, security token).
  authentication,
  /// Authenticated, but not allowed (RAM policy, risk control).
  permission,
  /// The instance, task or action does not exist.
  not_found,
  /// A parameter is missing, malformed or not supported.
  invalid_request,
  /// The resource is not in a state that allows the call, or the request
  /// conflicts with an earlier one.
  conflict,
  /// The service failed; the same request may succeed later.
  server,
  /// Neither the Code nor the status says.
  unknown,
};

constexpr std::string_view to_string(error_class c) noexcept {
  switch (c) {
    case error_class::throttling: return "throttling";
    case error_class::authentication: return "authentication";
    case error_class::permission: return "permission";
    case error_class::not_found: return "not_found";
    case error_class::invalid_request: return "invalid_request";
    case error_class::conflict: return "conflict";
    case error_class::server: return "server";
    case error_class::unknown: return "unknown";
  }
  return "unknown";
}

namespace detail {

enum class match { exact, prefix, suffix };

struct classification_rule {
  std::string_view code;
  match how;
  error_class cls;
  bool retryable;
};

// First matching row wins, so specific rows come before the prefix and
// suffix rows that would also match them.
inline constexpr std::array<classification_rule, 39> classification_table = {{
    // throttling
    {"Throttling", match::prefix, error_class::throttling, true},  // Throttling, Throttling.User, Throttling.Api
    {"ServiceUnavailable", match::prefix, error_class::server, true},
    {"InternalError", match::prefix, error_class::server, true},
    // authentication
    {"SignatureDoesNotMatch", match::exact, error_class::authentication, false},
    {"IncompleteSignature", match::exact, error_class::authentication, false},
    {"InvalidAccessKeyId", match::prefix, error_class::authentication, false},  // .NotFound, .Inactive
    {"InvalidTimeStamp", match::prefix, error_class::authentication, false},    // .Expired, .Format
    {"IllegalTimestamp", match::exact, error_class::authentication, false},
    // A reused nonce: the same bytes never succeed (the call must be signed
    // again, with a fresh nonce), so not retryable.
    {"SignatureNonceUsed", match::exact, error_class::authentication, false},
    {"InvalidSecurityToken", match::prefix, error_class::authentication, false},  // .Expired, .Malformed
    {"InvalidSignatureMethod", match::exact, error_class::authentication, false},
    // not found before permission: Forbidden.InstanceNotFound is a missing instance
    {"Forbidden.InstanceNotFound", match::exact, error_class::not_found, false},
    {"InvalidDBInstanceId.NotFound", match::exact, error_class::not_found, false},
    {"InvalidDBInstance.NotFound", match::exact, error_class::not_found, false},
    {"InvalidAction.NotFound", match::exact, error_class::invalid_request, false},
    // permission
    {"Forbidden", match::prefix, error_class::permission, false},  // Forbidden, .RAM, .RiskControl
    {"Forbedden.NotSupportRAM", match::exact, error_class::permission, false},  // sic, as documented
    {"ActionUnauthorized", match::exact, error_class::permission, false},
    {"NoPermission", match::prefix, error_class::permission, false},
    // conflict / instance state
    {"IncorrectDBInstanceState", match::exact, error_class::conflict, false},
    {"OperationDenied.DBInstanceStatus", match::exact, error_class::conflict, false},
    {"IdempotentParameterMismatch", match::exact, error_class::conflict, false},
    {"IncorrectDBInstanceType", match::exact, error_class::invalid_request, false},
    {"OperationDenied.DBInstanceType", match::exact, error_class::invalid_request, false},
    {"OperationDenied", match::prefix, error_class::conflict, false},
    // any other *.NotFound (InvalidImportId.NotFound...), before the Invalid* prefixes
    {".NotFound", match::suffix, error_class::not_found, false},
    {"NotFound", match::exact, error_class::not_found, false},
    // invalid request
    {"MissingParameter", match::prefix, error_class::invalid_request, false},
    {"InvalidParameter", match::prefix, error_class::invalid_request, false},
    {"UnsupportedParameter", match::exact, error_class::invalid_request, false},
    {"UnsupportedHTTPMethod", match::exact, error_class::invalid_request, false},
    {"UnsupportedOperation", match::exact, error_class::invalid_request, false},
    {"InvalidAction", match::exact, error_class::invalid_request, false},
    {"InvalidOwnerId", match::exact, error_class::invalid_request, false},
    {"InvalidOwnerAccount", match::exact, error_class::invalid_request, false},
    {"InvalidOwner", match::exact, error_class::invalid_request, false},
    {"InvalidRegionId", match::prefix, error_class::invalid_request, false},
    {"InvalidVersion", match::prefix, error_class::invalid_request, false},
    {"Invalid", match::prefix, error_class::invalid_request, false},
}};

constexpr bool table_is_full() noexcept {
  for (const auto& r : classification_table)
    if (r.code.empty()) return false;
  return true;
}
static_assert(table_is_full(), "classification_table's size must match its rows");

constexpr bool matches(const classification_rule& r, std::string_view code) noexcept {
  switch (r.how) {
    case match::exact: return code == r.code;
    case match::prefix: return code.substr(0, r.code.size()) == r.code;
    case match::suffix: return code.size() >= r.code.size() && code.substr(code.size() - r.code.size()) == r.code;
  }
  return false;
}

}  // namespace detail

/// The class of an error from its Code, else from its HTTP status.
/// `*retryable` (when given) receives whether the same request may succeed
/// if sent again later.
constexpr error_class classify(std::string_view code, int http_status, bool* retryable = nullptr) noexcept {
  for (const auto& r : detail::classification_table) {
    if (!code.empty() && detail::matches(r, code)) {
      if (retryable != nullptr) *retryable = r.retryable;
      return r.cls;
    }
  }
  error_class c = error_class::unknown;
  bool retry = false;
  if (http_status == 429) {
    c = error_class::throttling;
    retry = true;
  } else if (http_status == 401) {
    c = error_class::authentication;
  } else if (http_status == 403) {
    c = error_class::permission;
  } else if (http_status == 404) {
    c = error_class::not_found;
  } else if (http_status == 409) {
    c = error_class::conflict;
  } else if (http_status >= 400 && http_status < 500) {
    c = error_class::invalid_request;
  } else if (http_status >= 500 && http_status < 600) {
    c = error_class::server;
    retry = http_status == 500 || http_status == 502 || http_status == 503 || http_status == 504;
  }
  if (retryable != nullptr) *retryable = retry;
  return c;
}

/// An error body from the service: the HTTP status and the fields of the
/// `<Error>` element or the flat JSON error object, verbatim.
struct api_error {
  int http_status = 0;
  std::string code;
  std::string message;
  std::string request_id;
  std::string host_id;
  /// A diagnosis URL some gateways add.
  std::string recommend;
  /// Present on some permission errors. The raw JSON text of the value
  /// (object or string), or the XML element's inner markup.
  std::string access_denied_detail;

  error_class category() const noexcept { return classify(code, http_status); }
  /// True when sending the same request again later may succeed
  /// (throttling, server errors). A request refused for its nonce
  /// (SignatureNonceUsed) must be signed again instead.
  bool retryable() const noexcept {
    bool r = false;
    (void)classify(code, http_status, &r);
    return r;
  }
};

}  // namespace rdscodec

#endif
