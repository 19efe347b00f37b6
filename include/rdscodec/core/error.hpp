// rdscodec: error codes (std::error_code integration) and the error value
// carried by every failing result.
#ifndef RDSCODEC_ERROR_HPP
#define RDSCODEC_ERROR_HPP

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

namespace rdscodec {

/// Every way an rdscodec call can fail. Values are stable: new ones are only
/// ever added at the end.
enum class errc {
  success = 0,
  /// A required request field is absent or empty.
  missing_required_field,
  /// A value is outside its declared range: a number outside minimum..maximum
  /// (ids must not be negative), a string outside minLength..maxLength, a
  /// non-finite float or double.
  value_out_of_range,
  /// A string is not well-formed UTF-8 (offset: first bad byte).
  invalid_utf8,
  /// A parameter name is empty or not valid UTF-8.
  invalid_parameter_name,
  /// The same parameter name appears twice.
  duplicate_parameter,
  /// A request parameter uses a name the signer sets itself (AccessKeyId, Signature, ...).
  reserved_parameter,
  /// The credentials cannot sign: the AccessKeyId is empty, or it or the
  /// SecurityToken has bytes outside printable ASCII (or a comma).
  invalid_credentials,
  /// An explicit timestamp is not of the form YYYY-MM-DDThh:mm:ssZ.
  invalid_timestamp,
  /// An explicit nonce is empty, too long, or has bytes outside A-Z a-z 0-9 - . _ ~.
  invalid_nonce,
  /// A region id has characters other than a-z, 0-9 and '-', or is empty.
  invalid_region,
  /// An explicit endpoint is not a plain host[:port].
  invalid_endpoint,
  /// The combination of signing options is not allowed (e.g. a form body with GET).
  invalid_option,
  /// The caller's output buffer is smaller than the output.
  buffer_too_small,
  /// Percent-encoded input has a '%' not followed by two hex digits (offset: the '%').
  invalid_percent_encoding,
  /// OpenSSL reported a failure (digest, MAC or random bytes).
  crypto_failure,
  /// The action or version of a generic request is empty or not valid UTF-8.
  invalid_operation,
  /// The service answered with an error body: see response_error::service().
  service_error,
  /// The response body is empty (or only whitespace).
  empty_body,
  /// The response body is larger than the parser's limit.
  body_too_large,
  /// The body is not well-formed JSON (offset: where the parser stopped).
  json_syntax,
  /// The body is not well-formed XML (offset: where the parser stopped).
  xml_syntax,
  /// The document's root is not the operation's response (nor an error).
  unexpected_root,
  /// A required response field is absent.
  missing_field,
  /// A response field has the wrong type (a number or object for a string...).
  wrong_type,
  /// A response field appears twice.
  duplicate_field,
  /// The document nests deeper than the parser's limit.
  too_deep,
  /// The body contains a NUL byte (offset: the byte).
  nul_byte,
  /// The XML body has a DOCTYPE (entity declarations are never processed).
  doctype_forbidden,
  /// The body is not an API response at all (an HTML page from a proxy,
  /// plain text...); the HTTP status is kept.
  not_an_api_response,
  /// A response value the writer cannot write in the chosen format: a
  /// raw_json that is not one JSON value, in XML a map key that is not an
  /// element name or a raw_json with no XML spelling (server/writer.hpp).
  unwritable_value,
};

/// The enumerator's name, e.g. "missing_required_field" (for logs and
/// machine-readable output).
constexpr std::string_view to_string(errc e) noexcept {
  switch (e) {
    case errc::success: return "success";
    case errc::missing_required_field: return "missing_required_field";
    case errc::value_out_of_range: return "value_out_of_range";
    case errc::invalid_utf8: return "invalid_utf8";
    case errc::invalid_parameter_name: return "invalid_parameter_name";
    case errc::duplicate_parameter: return "duplicate_parameter";
    case errc::reserved_parameter: return "reserved_parameter";
    case errc::invalid_credentials: return "invalid_credentials";
    case errc::invalid_timestamp: return "invalid_timestamp";
    case errc::invalid_nonce: return "invalid_nonce";
    case errc::invalid_region: return "invalid_region";
    case errc::invalid_endpoint: return "invalid_endpoint";
    case errc::invalid_option: return "invalid_option";
    case errc::buffer_too_small: return "buffer_too_small";
    case errc::invalid_percent_encoding: return "invalid_percent_encoding";
    case errc::crypto_failure: return "crypto_failure";
    case errc::invalid_operation: return "invalid_operation";
    case errc::service_error: return "service_error";
    case errc::empty_body: return "empty_body";
    case errc::body_too_large: return "body_too_large";
    case errc::json_syntax: return "json_syntax";
    case errc::xml_syntax: return "xml_syntax";
    case errc::unexpected_root: return "unexpected_root";
    case errc::missing_field: return "missing_field";
    case errc::wrong_type: return "wrong_type";
    case errc::duplicate_field: return "duplicate_field";
    case errc::too_deep: return "too_deep";
    case errc::nul_byte: return "nul_byte";
    case errc::doctype_forbidden: return "doctype_forbidden";
    case errc::not_an_api_response: return "not_an_api_response";
    case errc::unwritable_value: return "unwritable_value";
  }
  return "unknown";
}

namespace detail {

class error_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "rdscodec"; }
  std::string message(int ev) const override { return describe(ev); }
  static const char* describe(int ev) noexcept {
    switch (static_cast<errc>(ev)) {
      case errc::success: return "success";
      case errc::missing_required_field: return "required field is missing or empty";
      case errc::value_out_of_range: return "value is out of range";
      case errc::invalid_utf8: return "string is not valid UTF-8";
      case errc::invalid_parameter_name: return "parameter name is empty or not valid UTF-8";
      case errc::duplicate_parameter: return "parameter appears more than once";
      case errc::reserved_parameter: return "parameter name is reserved for the signer";
      case errc::invalid_credentials: return "credential is empty (AccessKeyId) or has a space, a comma or a byte outside printable ASCII";
      case errc::invalid_timestamp: return "timestamp is not of the form YYYY-MM-DDThh:mm:ssZ";
      case errc::invalid_nonce: return "nonce is empty, longer than 64 bytes or not made of A-Z a-z 0-9 - . _ ~";
      case errc::invalid_region: return "region id is empty or has characters other than a-z, 0-9, '-'";
      case errc::invalid_endpoint: return "endpoint is not a plain host[:port]";
      case errc::invalid_option: return "signing options conflict";
      case errc::buffer_too_small: return "output buffer is too small";
      case errc::invalid_percent_encoding: return "'%' is not followed by two hex digits";
      case errc::crypto_failure: return "OpenSSL reported a failure";
      case errc::invalid_operation: return "action or version is empty or not valid UTF-8";
      case errc::service_error: return "the service returned an error";
      case errc::empty_body: return "response body is empty";
      case errc::body_too_large: return "response body is larger than the limit";
      case errc::json_syntax: return "response body is not well-formed JSON";
      case errc::xml_syntax: return "response body is not well-formed XML";
      case errc::unexpected_root: return "response root is neither the operation's response nor an error";
      case errc::missing_field: return "required response field is missing";
      case errc::wrong_type: return "response field has the wrong type";
      case errc::duplicate_field: return "response field appears more than once";
      case errc::too_deep: return "response nests deeper than the limit";
      case errc::nul_byte: return "response body contains a NUL byte";
      case errc::doctype_forbidden: return "XML response has a DOCTYPE (not processed)";
      case errc::not_an_api_response: return "response body is not an API response";
      case errc::unwritable_value: return "value cannot be written in this format";
    }
    return "unknown rdscodec error";
  }
};

}  // namespace detail

/// The category of rdscodec::errc values.
inline const std::error_category& error_category() noexcept {
  static const detail::error_category_impl instance;
  return instance;
}

inline std::error_code make_error_code(errc e) noexcept {
  return {static_cast<int>(e), error_category()};
}

/// The failure value of rdscodec::result: an errc plus, where it applies, the
/// wire name of the field at fault and a byte offset into that field's value
/// (or into the input being decoded). It never holds a value or a secret,
/// only names, so it is safe to log.
class error {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_field_length = 63;

  constexpr error() noexcept = default;
  /// `field` is copied (up to max_field_length bytes), so the error does not
  /// depend on the lifetime of the request it came from.
  error(errc code, std::string_view field = {}, std::size_t offset = npos) noexcept
      : code_(code), offset_(offset) {
    field_len_ = field.size() < max_field_length ? field.size() : max_field_length;
    if (field_len_ != 0) std::memcpy(field_, field.data(), field_len_);
  }

  constexpr errc value() const noexcept { return code_; }
  std::error_code code() const noexcept { return make_error_code(code_); }
  std::string_view field() const noexcept { return {field_, field_len_}; }
  constexpr std::size_t offset() const noexcept { return offset_; }
  /// The static text of the code, without the field name.
  const char* what() const noexcept { return detail::error_category_impl::describe(static_cast<int>(code_)); }
  /// One line: "<field>: <text>[ (byte N)]".
  std::string message() const {
    std::string s;
    if (field_len_ != 0) {
      s.append(field_, field_len_);
      s += ": ";
    }
    s += what();
    if (offset_ != npos) {
      s += " (byte ";
      s += std::to_string(offset_);
      s += ')';
    }
    return s;
  }

  operator std::error_code() const noexcept { return code(); }  // NOLINT: intended implicit

  friend bool operator==(const error& a, errc b) noexcept { return a.code_ == b; }
  friend bool operator!=(const error& a, errc b) noexcept { return a.code_ != b; }
  friend bool operator==(errc b, const error& a) noexcept { return a.code_ == b; }
  friend bool operator!=(errc b, const error& a) noexcept { return a.code_ != b; }

 private:
  errc code_ = errc::success;
  std::size_t offset_ = npos;
  std::size_t field_len_ = 0;
  char field_[max_field_length] = {};
};

}  // namespace rdscodec

namespace std {
template <>
struct is_error_code_enum<rdscodec::errc> : true_type {};
}  // namespace std

#endif
