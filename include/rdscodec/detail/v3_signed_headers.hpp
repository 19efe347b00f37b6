// rdscodec (internal): the headers a V3 signature made by rdscodec covers,
// as one table (name, where the value comes from, when it is signed) in
// canonical order, and the one writer of a V3 canonical request.
//
// The signer (request/sign_v3.hpp: sign(), canonical_request(), explain())
// signs the rows of the table; the verifier (server/verify.hpp) requires the
// same rows to be signed; and both canonical requests, the signer's (streamed
// into the hash or written out for explain()) and the one a server recomputes
// from what it received (v3::canonical_request_of), are written by
// write_v3_canonical_request below.
#ifndef RDSCODEC_DETAIL_V3_SIGNED_HEADERS_HPP
#define RDSCODEC_DETAIL_V3_SIGNED_HEADERS_HPP

#include <array>
#include <cstddef>
#include <string_view>

namespace rdscodec {
namespace detail {

/// The values of the headers of one V3 signature (views into the request,
/// the inputs and the credentials). An empty optional value means "not sent".
struct v3_header_values {
  std::string_view content_type;
  std::string_view host;
  std::string_view action;
  std::string_view payload_hash;
  std::string_view date;
  std::string_view security_token;
  std::string_view nonce;
  std::string_view version;
};

/// When a header of the table is part of the signature.
enum class v3_header_when : unsigned char {
  /// Always: the signer sends and signs it, the verifier refuses a request
  /// that does not send and sign it.
  always,
  /// With STS credentials: the signer signs it when the credentials carry a
  /// token; the verifier refuses a request that sends it unsigned.
  security_token,
  /// With a body: the signer signs it when the fields go in a form body (even
  /// an empty one: it says how to read the body) or a raw body is set; the
  /// verifier refuses a non-empty body without it signed, since it decides
  /// whether the body carries parameters. (Without a body it changes nothing,
  /// and HTTP clients often add a default content type to an empty POST.)
  body,
};

struct v3_signed_header {
  /// Lower case, as signed. The payload row's name depends on the algorithm
  /// and an option: v3_header_name() gives it.
  std::string_view name;
  std::string_view v3_header_values::*value;
  v3_header_when when;
};

/// The payload-hash header's two names (sign_v3.hpp says why there are two).
inline constexpr std::string_view v3_payload_sha256_name = "x-acs-content-sha256";
inline constexpr std::string_view v3_payload_sm3_name = "x-acs-content-sm3";

/// Every header rdscodec signs, in canonical (byte) order of the names; the
/// static_asserts below check the order with either payload name.
inline constexpr std::array<v3_signed_header, 8> v3_signed_header_table = {{
    {"content-type", &v3_header_values::content_type, v3_header_when::body},
    {"host", &v3_header_values::host, v3_header_when::always},
    {"x-acs-action", &v3_header_values::action, v3_header_when::always},
    {v3_payload_sha256_name, &v3_header_values::payload_hash, v3_header_when::always},
    {"x-acs-date", &v3_header_values::date, v3_header_when::always},
    {"x-acs-security-token", &v3_header_values::security_token, v3_header_when::security_token},
    {"x-acs-signature-nonce", &v3_header_values::nonce, v3_header_when::always},
    {"x-acs-version", &v3_header_values::version, v3_header_when::always},
}};

/// The name a row is signed under; `sm3_name`: the payload hash goes in
/// x-acs-content-sm3.
constexpr std::string_view v3_header_name(const v3_signed_header& h, bool sm3_name) noexcept {
  return sm3_name && h.value == &v3_header_values::payload_hash ? v3_payload_sm3_name : h.name;
}

constexpr bool v3_table_ascending(bool sm3_name) noexcept {
  for (std::size_t i = 1; i < v3_signed_header_table.size(); ++i)
    if (!(v3_header_name(v3_signed_header_table[i - 1], sm3_name) <
          v3_header_name(v3_signed_header_table[i], sm3_name)))
      return false;
  return true;
}
static_assert(v3_table_ascending(false) && v3_table_ascending(true),
              "the V3 signed headers must be in byte order of their names: the canonical request lists them so");

/// Room for the signed-header list ("content-type;host;...") of any row set.
constexpr std::size_t v3_signed_names_capacity() noexcept {
  std::size_t n = 0;
  for (const auto& h : v3_signed_header_table) {
    const std::size_t a = v3_header_name(h, false).size(), b = v3_header_name(h, true).size();
    n += (a > b ? a : b) + 1;  // + ';'
  }
  return n;
}

/// Writes the names of `[first, last)` (elements with `first` = name, sorted)
/// joined by ';', each distinct name once: the SignedHeaders list.
template <class Sink, class It>
void write_v3_signed_names(Sink& sink, It first, It last) {
  for (It it = first; it != last; ++it) {
    if (it != first) {
      if (it->first == (it - 1)->first) continue;
      sink.put(';');
    }
    sink.write(it->first.data(), it->first.size());
  }
}

/// Writes a V3 canonical request:
///
///   method \n uri \n query \n (name:value \n)* \n signed_names \n payload_hash
///
/// `[first, last)` are the signed headers (elements with `first` = lower-case
/// name, `second` = trimmed value), sorted by name and then value; a name
/// repeated in consecutive elements becomes one line with its values joined
/// by ','. An empty `uri` is written as "/".
template <class Sink, class It>
void write_v3_canonical_request(Sink& sink, std::string_view method, std::string_view uri, std::string_view query,
                                It first, It last, std::string_view signed_names, std::string_view payload_hash) {
  sink.write(method.data(), method.size());
  sink.put('\n');
  if (uri.empty())
    sink.put('/');
  else
    sink.write(uri.data(), uri.size());
  sink.put('\n');
  sink.write(query.data(), query.size());
  sink.put('\n');
  for (It it = first; it != last; ++it) {
    if (it != first && it->first == (it - 1)->first) {
      sink.put(',');
    } else {
      if (it != first) sink.put('\n');
      sink.write(it->first.data(), it->first.size());
      sink.put(':');
    }
    sink.write(it->second.data(), it->second.size());
  }
  if (first != last) sink.put('\n');
  sink.put('\n');
  sink.write(signed_names.data(), signed_names.size());
  sink.put('\n');
  sink.write(payload_hash.data(), payload_hash.size());
}

}  // namespace detail
}  // namespace rdscodec

#endif
