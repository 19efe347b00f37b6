// rdscodec: SignatureDoesNotMatch diagnosis.
//
// When a signature is refused the gateway's message can carry the
// string-to-sign it computed ("... server string to sign is:POST&%2F&..."
// for V2, "... server StringToSign is [ACS3-HMAC-SHA256\n...]" for V3).
// Compared with our own string-to-sign (v2::string_to_sign / explain()), the
// first differing byte shows which parameter was encoded differently. When
// both are identical the strings agree and the secret (or AccessKeyId) is
// what is wrong.
#ifndef RDSCODEC_DIAGNOSE_HPP
#define RDSCODEC_DIAGNOSE_HPP

#include <rdscodec/response/api_error.hpp>
#include <rdscodec/core/percent.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace rdscodec {

struct signature_diagnosis {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  /// The message carried the gateway's string-to-sign.
  bool server_string_found = false;
  std::string server_string_to_sign;
  /// Both strings are byte for byte the same.
  bool identical = false;
  /// First differing byte (or the shorter length when one is a prefix of the other).
  std::size_t offset = npos;
  /// Where that byte falls: "method", "path", "parameter name",
  /// "parameter value", "separator", "end" (V2); "algorithm",
  /// "canonical request hash" (V3).
  std::string part;
  /// V2: the decoded name of the parameter the difference falls in.
  std::string parameter;
  /// A few bytes of each string around the difference.
  std::string ours_excerpt;
  std::string server_excerpt;

  /// A readable explanation.
  std::string text() const {
    if (!server_string_found) return "the error message does not carry the gateway's string-to-sign";
    if (identical)
      return "the gateway computed the same string-to-sign: the AccessKey secret (or the AccessKeyId it belongs to) "
             "is what differs";
    std::string s = "the string-to-sign differs at byte " + std::to_string(offset) + ", in the " + part;
    if (!parameter.empty()) s += " of parameter " + parameter;
    s += "\n  ours:    ..." + ours_excerpt + "...\n  gateway: ..." + server_excerpt + "...";
    return s;
  }
};

namespace detail {

inline std::size_t find_icase(std::string_view hay, std::string_view needle) noexcept {
  if (needle.size() > hay.size()) return std::string_view::npos;
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k < needle.size() && same; ++k) {
      char c = hay[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      same = c == needle[k];
    }
    if (same) return i;
  }
  return std::string_view::npos;
}

inline std::string excerpt(std::string_view s, std::size_t at) {
  const std::size_t from = at > 16 ? at - 16 : 0;
  return std::string(s.substr(from, 40));
}

}  // namespace detail

/// The string-to-sign quoted in a SignatureDoesNotMatch message, or empty.
inline std::string_view server_string_to_sign(std::string_view message) noexcept {
  std::size_t at = detail::find_icase(message, "string to sign is");
  std::size_t len = 17;
  if (at == std::string_view::npos) {
    at = detail::find_icase(message, "stringtosign is");
    len = 15;
  }
  if (at == std::string_view::npos) return {};
  std::string_view rest = message.substr(at + len);
  while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
  if (!rest.empty() && rest.front() == '[') {
    rest.remove_prefix(1);
    const std::size_t close = rest.rfind(']');
    if (close != std::string_view::npos) rest = rest.substr(0, close);
  }
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '"')) rest.remove_suffix(1);
  return rest;
}

/// Compares the gateway's string-to-sign (found in `message`) with ours.
inline signature_diagnosis diagnose_signature_mismatch(std::string_view message, std::string_view ours) {
  signature_diagnosis d;
  const std::string_view server = server_string_to_sign(message);
  if (server.empty()) return d;
  d.server_string_found = true;
  d.server_string_to_sign = std::string(server);
  std::size_t i = 0;
  while (i < ours.size() && i < server.size() && ours[i] == server[i]) ++i;
  if (i == ours.size() && i == server.size()) {
    d.identical = true;
    return d;
  }
  d.offset = i;
  d.ours_excerpt = detail::excerpt(ours, i);
  d.server_excerpt = detail::excerpt(server, i);
  const std::string_view s = i < ours.size() ? ours : server;  // the longer one holds byte i

  if (s.rfind("ACS3-", 0) == 0) {  // V3: ALGORITHM "\n" hex(hash(canonical request))
    d.part = i < s.find('\n') ? "algorithm" : "canonical request hash";
    return d;
  }
  // V2: METHOD "&" "%2F" "&" encoded canonical query.
  const std::size_t method_end = s.find('&');
  if (method_end == std::string_view::npos || i < method_end) {
    d.part = "method";
    return d;
  }
  const std::size_t path_end = s.find('&', method_end + 1);
  if (path_end == std::string_view::npos || i <= path_end) {
    d.part = "path";
    return d;
  }
  if (i >= s.size()) {
    d.part = "end";
    return d;
  }
  // Parameters are separated by "%26", names and values by "%3D".
  std::size_t start = path_end + 1;
  for (;;) {
    std::size_t next = s.find("%26", start);
    if (next == std::string_view::npos) next = s.size();
    if (i < next) break;
    if (i < next + 3) {
      d.part = "separator";
      break;
    }
    start = next + 3;
  }
  std::size_t end = s.find("%26", start);
  if (end == std::string_view::npos) end = s.size();
  const std::string_view param = s.substr(start, end - start);
  const std::size_t eq = param.find("%3D");
  const std::string_view encoded_name = param.substr(0, eq);
  // The name is encoded twice in the string-to-sign.
  auto once = percent_decode(encoded_name);
  auto twice = once ? percent_decode(*once) : once;
  d.parameter = twice ? *twice : std::string(encoded_name);
  if (d.part.empty()) d.part = (eq == std::string_view::npos || i < start + eq) ? "parameter name" : "parameter value";
  return d;
}

/// Same, from a parsed SignatureDoesNotMatch error.
inline signature_diagnosis diagnose_signature_mismatch(const api_error& e, std::string_view ours) {
  return diagnose_signature_mismatch(std::string_view(e.message), ours);
}

}  // namespace rdscodec

#endif
