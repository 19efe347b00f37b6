// Fuzz target: V2 and V3 signing of fuzzer-built generic requests with
// fuzzer-chosen credentials and options, fixed time and nonce. Signing must
// succeed exactly when the inputs keep the documented rules (checked here by
// a reference written from them); a success must be well formed,
// deterministic, agree with the staged functions and pass verify_request
// with the same parameters; a failure must be one of the documented
// validation errors.
#include "common.hpp"

#include <rdscodec/server/server_request.hpp>
#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/request/sign_v3.hpp>
#include <rdscodec/server/verify.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace {

bool is_expected_failure(rdscodec::errc e) {
  using rdscodec::errc;
  return e == errc::invalid_operation || e == errc::invalid_parameter_name || e == errc::reserved_parameter ||
         e == errc::invalid_utf8 || e == errc::duplicate_parameter || e == errc::invalid_credentials ||
         e == errc::invalid_option || e == errc::invalid_endpoint || e == errc::invalid_region;
}

bool is_query_text(const std::string& q) {
  for (std::size_t i = 0; i < q.size(); ++i) {
    const auto c = static_cast<unsigned char>(q[i]);
    if (c == '%') {
      if (i + 2 >= q.size()) return false;
      i += 2;
    } else if (!rdscodec::is_unreserved(c) && c != '=' && c != '&') {
      return false;
    }
  }
  return true;
}

// ---- the documented rules, written independently of the library ----------
//
// README "Checks before anything is signed", with the detail of the header
// comments: action, version and parameter names non-empty UTF-8, values
// UTF-8, names unique and none of the signer's own; AccessKeyId non-empty,
// AccessKeyId and SecurityToken printable ASCII without space or comma
// (detail/signing.hpp); an explicit endpoint host[:port] (endpoint.hpp); no
// form body with GET. V3 also sends action and version as header values:
// printable ASCII, no space at either end (sign_v3.hpp); a raw body needs a
// content type and query placement (the target only builds such bodies).

/// Well-formed UTF-8 (RFC 3629 §4): no overlong form, no surrogate, nothing
/// above U+10FFFF, no truncated sequence.
bool reference_utf8(std::string_view s) {
  std::size_t i = 0;
  auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    if (i + k >= s.size()) return false;
    const auto c = static_cast<unsigned char>(s[i + k]);
    return c >= lo && c <= hi;
  };
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    if (c <= 0x7F) n = 1;
    else if (c >= 0xC2 && c <= 0xDF) n = cont(1) ? 2 : 0;
    else if (c == 0xE0) n = cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
    else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) n = cont(1) && cont(2) ? 3 : 0;
    else if (c == 0xED) n = cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    else if (c == 0xF0) n = cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
    else if (c >= 0xF1 && c <= 0xF3) n = cont(1) && cont(2) && cont(3) ? 4 : 0;
    else if (c == 0xF4) n = cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    if (n == 0) return false;
    i += n;
  }
  return true;
}

bool reference_token(std::string_view s) {
  for (char c : s)
    if (c < 0x21 || c > 0x7E || c == ',') return false;
  return true;
}

bool reference_header_value(std::string_view s) {
  for (char c : s)
    if (c < 0x20 || c > 0x7E) return false;
  return s.empty() || (s.front() != ' ' && s.back() != ' ');
}

/// host[:port]: dot-separated labels of 1-63 letters, digits or '-', 1-253
/// bytes in all; a port 1-65535 of at most 5 digits.
bool reference_endpoint(std::string_view e) {
  const std::size_t colon = e.find(':');
  const std::string_view host = e.substr(0, colon);
  if (host.empty() || host.size() > 253 || host.front() == '.' || host.back() == '.') return false;
  std::size_t label = 0;
  for (char c : host) {
    if (c == '.') {
      if (label == 0) return false;
      label = 0;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
      if (++label > 63) return false;
    } else {
      return false;
    }
  }
  if (colon == std::string_view::npos) return true;
  const std::string_view port = e.substr(colon + 1);
  if (port.empty() || port.size() > 5) return false;
  long v = 0;
  for (char c : port) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  return v >= 1 && v <= 65535;
}

bool reference_request(const rdscodec::generic_request& req) {
  static const char* const signer_names[] = {"AccessKeyId",   "Action",         "Format",
                                             "SecurityToken", "Signature",      "SignatureMethod",
                                             "SignatureNonce", "SignatureVersion", "Timestamp",
                                             "Version"};
  if (req.action.empty() || !reference_utf8(req.action) || req.version.empty() || !reference_utf8(req.version))
    return false;
  for (std::size_t i = 0; i < req.parameters.size(); ++i) {
    const auto& p = req.parameters[i];
    if (p.name.empty() || !reference_utf8(p.name) || !reference_utf8(p.value)) return false;
    for (const char* r : signer_names)
      if (p.name == r) return false;
    for (std::size_t j = 0; j < i; ++j)
      if (req.parameters[j].name == p.name) return false;
  }
  return true;
}

bool reference_v2_valid(const rdscodec::generic_request& req, std::string_view id, std::string_view token,
                        const rdscodec::signing_options& o) {
  return reference_request(req) && !id.empty() && reference_token(id) && reference_token(token) &&
         !(o.fields == rdscodec::placement::form && o.method != rdscodec::http_method::post) &&
         (o.endpoint.empty() || reference_endpoint(o.endpoint));
}

bool reference_v3_valid(const rdscodec::generic_request& req, std::string_view id, std::string_view token,
                        const rdscodec::v3::options& o) {
  return reference_v2_valid(req, id, token, o) && reference_header_value(req.action) &&
         reference_header_value(req.version);
}

/// The parameters as a sorted list, to compare what was signed with what the
/// verifier read back.
std::vector<std::pair<std::string, std::string>> sorted(const std::vector<rdscodec::parameter>& ps) {
  std::vector<std::pair<std::string, std::string>> v;
  for (const auto& p : ps) v.emplace_back(p.name, p.value);
  std::sort(v.begin(), v.end());
  return v;
}

rdscodec::verify_options verify_at(std::int64_t unix_seconds) {
  rdscodec::verify_options o;
  o.now = std::chrono::system_clock::time_point(std::chrono::seconds(unix_seconds));
  return o;
}

bool is_lower_hex(std::string_view s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::bytes in(data, size);
  rdscodec::generic_request req;
  req.action = in.flag() ? "CancelImport" : in.str(16);
  req.version = in.flag() ? "2014-08-15" : in.str(16);
  const int n = in.byte() % 8;
  for (int i = 0; i < n; ++i) req.parameters.push_back({in.str(24), in.str(48)});
  const std::string id = in.flag() ? "testid" : in.str(16);
  const std::string secret = in.str(32);
  const std::string token = in.flag() ? in.str(24) : "";
  const rdscodec::credentials creds(id, secret, token);
  const std::string endpoint = in.flag() ? in.str(24) : "";

  rdscodec::v2::options o2;
  o2.method = in.flag() ? rdscodec::http_method::get : rdscodec::http_method::post;
  o2.fields = in.flag() ? rdscodec::placement::form : rdscodec::placement::query;
  o2.format = in.flag() ? rdscodec::response_format::xml : rdscodec::response_format::json;
  o2.endpoint = endpoint;
  o2.timestamp = "2023-03-13T08:34:30Z";
  o2.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";

  const auto lookup = [&](std::string_view key_id) { return key_id == id ? &creds : nullptr; };

  auto v2 = rdscodec::v2::sign(req, creds, o2);
  FUZZ_CHECK(bool(v2) == reference_v2_valid(req, id, token, o2));
  if (!v2) {
    FUZZ_CHECK(is_expected_failure(v2.error().value()));
  } else {
    FUZZ_CHECK(is_query_text(v2->query) && is_query_text(v2->body));
    const auto at = v2->query.rfind("&Signature=");
    FUZZ_CHECK(at != std::string::npos);
    auto sig = rdscodec::percent_decode(v2->query.substr(at + 11));
    FUZZ_CHECK(sig && sig->size() == 28 && (*sig)[27] == '=');
    // Deterministic, and the same as the stages.
    rdscodec::http_request reused = *v2;
    reused.body = "stale";
    FUZZ_CHECK(rdscodec::v2::sign(req, creds, o2, reused));
    FUZZ_CHECK(reused.url() == v2->url() && reused.body == v2->body);
    auto cq = rdscodec::v2::canonical_query(req, creds, o2);
    FUZZ_CHECK(cq);
    const std::string sts = rdscodec::v2::string_to_sign(o2.method, *cq);
    FUZZ_CHECK(*rdscodec::v2::string_to_sign(req, creds, o2) == sts);
    FUZZ_CHECK(rdscodec::v2::signature(creds, sts)->view() == *sig);
    // The verifier accepts it and reads back the same parameters.
    auto verified = rdscodec::verify_request(rdscodec::view_of(*v2), lookup, verify_at(1678696470));  // o2.timestamp
    FUZZ_CHECK(verified && verified->signature_version == 2 && verified->action == req.action &&
               verified->version == req.version && sorted(verified->parameters) == sorted(req.parameters));
  }

  rdscodec::v3::options o3;
  static_cast<rdscodec::signing_options&>(o3) = o2;
  o3.alg = in.flag() ? rdscodec::v3::algorithm::acs3_hmac_sm3 : rdscodec::v3::algorithm::acs3_hmac_sha256;
  o3.timestamp = "2023-10-26T10:22:32Z";
  o3.nonce = "3156853299f313e23d1673dc12e1703d";
  const std::string body = in.flag() ? in.str(64) : "";
  if (!body.empty() && o3.fields == rdscodec::placement::query) {
    o3.body = body;
    o3.content_type = "application/json";
  }
  auto v3 = rdscodec::v3::sign(req, creds, o3);
  FUZZ_CHECK(bool(v3) == reference_v3_valid(req, id, token, o3));
  if (!v3) {
    FUZZ_CHECK(is_expected_failure(v3.error().value()));
    return 0;
  }
  FUZZ_CHECK(is_query_text(v3->query));
  FUZZ_CHECK(!v3->headers.empty() && v3->headers.back().name == "Authorization");
  const std::string& auth = v3->headers.back().value;
  const std::string prefix = std::string(rdscodec::v3::to_string(o3.alg)) + " Credential=" + id + ",SignedHeaders=";
  FUZZ_CHECK(auth.compare(0, prefix.size(), prefix) == 0);
  std::string names;
  for (std::size_t i = 0; i + 1 < v3->headers.size(); ++i) {
    if (i != 0) names += ';';
    names += v3->headers[i].name;
    for (char c : v3->headers[i].value) FUZZ_CHECK(c >= 0x20 && c <= 0x7E);  // nothing to inject
  }
  const std::string tail = names + ",Signature=";
  FUZZ_CHECK(auth.compare(prefix.size(), tail.size(), tail) == 0);
  const std::string_view hex = std::string_view(auth).substr(prefix.size() + tail.size());
  FUZZ_CHECK(hex.size() == 64 && is_lower_hex(hex));
  // Deterministic, and the same as the stages.
  auto again = rdscodec::v3::sign(req, creds, o3);
  FUZZ_CHECK(again && again->headers.back().value == auth && again->url() == v3->url());
  auto cr = rdscodec::v3::canonical_request(req, creds, o3);
  FUZZ_CHECK(cr);
  auto sts = rdscodec::v3::string_to_sign(o3.alg, *cr);
  FUZZ_CHECK(sts && rdscodec::v3::signature(creds, o3.alg, *sts)->view() == hex);
  auto verified = rdscodec::verify_request(rdscodec::view_of(*v3), lookup, verify_at(1698315752));  // o3.timestamp
  FUZZ_CHECK(verified && verified->signature_version == 3 && verified->action == req.action &&
             verified->version == req.version && sorted(verified->parameters) == sorted(req.parameters));
  return 0;
}
