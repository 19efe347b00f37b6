// rdscodec (internal): the nine parameters the V2 signer adds to every
// request, as one named structure (their values) and one table (their wire
// names in canonical order, how each value may be written, when it is left
// out). Everything that needs them (the reserved-name check, the canonical
// merge, the signer) reads this table; nothing depends on their positions.
#ifndef RDSCODEC_DETAIL_V2_COMMON_HPP
#define RDSCODEC_DETAIL_V2_COMMON_HPP

#include <array>
#include <cstddef>
#include <string_view>

namespace rdscodec {
namespace detail {

/// Run-time values of the V2 common parameters of one signature.
struct v2_common_params {
  std::string_view access_key_id;
  std::string_view action;
  std::string_view format;
  /// Empty without STS credentials: then the parameter is not sent.
  std::string_view security_token;
  std::string_view signature_method;
  std::string_view signature_nonce;
  std::string_view signature_version;
  std::string_view timestamp;
  std::string_view version;
};

/// The values of the two common parameters that never change.
inline constexpr std::string_view v2_signature_method_value = "HMAC-SHA1";
inline constexpr std::string_view v2_signature_version_value = "1.0";

/// How a common parameter's value may be written without percent-encoding.
enum class v2_value_kind : unsigned char {
  /// Arbitrary text: always encoded.
  text,
  /// A constant of the signer (JSON / XML, HMAC-SHA1, 1.0): unreserved.
  constant,
  /// The operation's action or version: unreserved for a typed operation
  /// (check_operation() proves it), arbitrary text for a generic request.
  operation_name,
  /// The nonce: unreserved, as signing_inputs::resolve checks (is_valid_nonce)
  /// or draws it.
  nonce,
  /// The timestamp: "YYYY-MM-DDThh:mm:ssZ", as signing_inputs::resolve checks
  /// or draws it; only its two ':' are encoded.
  timestamp,
};

struct v2_common_param {
  std::string_view name;
  std::string_view v2_common_params::*value;
  v2_value_kind kind;
  /// Left out when its value is empty (SecurityToken).
  bool omitted_when_empty;
};

/// In canonical (byte) order of the names; a static_assert below checks it.
inline constexpr std::array<v2_common_param, 9> v2_common_table = {{
    {"AccessKeyId", &v2_common_params::access_key_id, v2_value_kind::text, false},
    {"Action", &v2_common_params::action, v2_value_kind::operation_name, false},
    {"Format", &v2_common_params::format, v2_value_kind::constant, false},
    {"SecurityToken", &v2_common_params::security_token, v2_value_kind::text, true},
    {"SignatureMethod", &v2_common_params::signature_method, v2_value_kind::constant, false},
    {"SignatureNonce", &v2_common_params::signature_nonce, v2_value_kind::nonce, false},
    {"SignatureVersion", &v2_common_params::signature_version, v2_value_kind::constant, false},
    {"Timestamp", &v2_common_params::timestamp, v2_value_kind::timestamp, false},
    {"Version", &v2_common_params::version, v2_value_kind::operation_name, false},
}};

constexpr std::array<std::string_view, v2_common_table.size()> v2_common_names_of() {
  std::array<std::string_view, v2_common_table.size()> out{};
  for (std::size_t i = 0; i < v2_common_table.size(); ++i) out[i] = v2_common_table[i].name;
  return out;
}

/// The names alone, in canonical order.
inline constexpr auto v2_common_names = v2_common_names_of();

constexpr bool v2_common_names_ascending() {
  for (std::size_t i = 1; i < v2_common_names.size(); ++i)
    if (!(v2_common_names[i - 1] < v2_common_names[i])) return false;
  return true;
}
static_assert(v2_common_names_ascending(), "the V2 common parameters must be listed in byte order");

/// Whether a common parameter's value is written without encoding.
constexpr bool v2_value_is_plain(const v2_common_param& p, bool typed_operation) noexcept {
  return p.kind == v2_value_kind::constant || p.kind == v2_value_kind::nonce ||
         (typed_operation && p.kind == v2_value_kind::operation_name);
}

/// Names a request may not carry as its own parameters: the common ones and
/// the signature itself.
constexpr bool is_reserved_name(std::string_view n) noexcept {
  if (n == "Signature") return true;
  for (auto c : v2_common_names)
    if (c == n) return true;
  return false;
}

}  // namespace detail
}  // namespace rdscodec

#endif
