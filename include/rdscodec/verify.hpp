// rdscodec: verifying a signed request the way the gateway does.
//
// verify_request() recomputes the signature of an incoming request with the
// same stages the client uses (V2 HMAC-SHA1; V3 ACS3-HMAC-SHA256 and
// ACS3-HMAC-SM3, STS tokens included), compares in constant time
// (CRYPTO_memcmp), enforces a timestamp window and, given a replay cache,
// refuses a nonce seen before. Each failure is the gateway's error:
//
//   IncompleteSignature            signature parts missing or malformed
//   InvalidAccessKeyId.NotFound    the lookup does not know the AccessKeyId (404)
//   IllegalTimestamp               the timestamp is missing or malformed
//   InvalidTimeStamp.Expired       the timestamp is outside the window
//   SignatureDoesNotMatch          the signature differs; the message carries
//                                  the server's string-to-sign, as the gateway's does
//   InvalidSecurityToken.Mismatch  the STS token is not the key's
//   SignatureNonceUsed             the nonce was seen before
//
// The checks run in that order; the nonce is recorded only once the
// signature is valid, so forged requests cannot fill the cache.
#ifndef RDSCODEC_VERIFY_HPP
#define RDSCODEC_VERIFY_HPP

#include <rdscodec/clock.hpp>
#include <rdscodec/credentials.hpp>
#include <rdscodec/crypto.hpp>
#include <rdscodec/format.hpp>
#include <rdscodec/query.hpp>
#include <rdscodec/server_request.hpp>
#include <rdscodec/sign_v2.hpp>
#include <rdscodec/sign_v3.hpp>

#include <chrono>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace rdscodec {

/// What a replay cache says about a nonce.
enum class nonce_check {
  /// Not seen (or its entry expired): now remembered.
  fresh,
  /// Seen within its window: a replay.
  replayed,
  /// The cache is full of unexpired entries and cannot remember more: the
  /// request must be refused, or a replay could slip through later.
  full,
};

/// Remembers nonces to refuse replays. Implementations must be thread-safe.
class replay_cache {
 public:
  virtual ~replay_cache() = default;
  /// Checks (access_key_id, nonce) and, when fresh, remembers it until
  /// `expires` (entries expiring at or before `now` are gone).
  virtual nonce_check remember(std::string_view access_key_id, std::string_view nonce,
                               std::chrono::system_clock::time_point expires,
                               std::chrono::system_clock::time_point now) = 0;
};

/// An in-memory replay cache holding at most `capacity` nonces. Entries
/// leave when they expire. It fails closed: when full of unexpired entries
/// it answers nonce_check::full (verify_request refuses the request with
/// ServiceUnavailable) rather than forgetting a nonce early. Size it above
/// the requests expected per window.
class bounded_replay_cache final : public replay_cache {
 public:
  explicit bounded_replay_cache(std::size_t capacity = 100000) : capacity_(capacity == 0 ? 1 : capacity) {}

  nonce_check remember(std::string_view access_key_id, std::string_view nonce,
                       std::chrono::system_clock::time_point expires,
                       std::chrono::system_clock::time_point now) override {
    std::string key;
    key.reserve(access_key_id.size() + 1 + nonce.size());
    key.append(access_key_id.data(), access_key_id.size());
    key.push_back('\n');
    key.append(nonce.data(), nonce.size());
    std::lock_guard<std::mutex> lock(mutex_);
    // Entries go in roughly expiry order (all share one window); drop the
    // expired ones from the front.
    while (!order_.empty() && order_.front().first <= now) {
      seen_.erase(order_.front().second);
      order_.pop_front();
    }
    if (seen_.count(key) != 0) return nonce_check::replayed;
    if (seen_.size() >= capacity_) return nonce_check::full;
    seen_.insert(key);
    order_.emplace_back(expires, std::move(key));
    return nonce_check::fresh;
  }

  std::size_t size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return seen_.size();
  }

 private:
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_set<std::string> seen_;
  std::deque<std::pair<std::chrono::system_clock::time_point, std::string>> order_;
};

/// Finds the credentials of an AccessKeyId (they carry the expected STS
/// token, if any); nullptr when the key is unknown. The object must stay
/// alive during verify_request().
using credentials_lookup = std::function<const credentials*(std::string_view access_key_id)>;

struct verify_options {
  /// How far a V2 Timestamp may be from now (the docs: valid 31 minutes).
  std::chrono::seconds v2_window{31 * 60};
  /// How far a V3 x-acs-date may be from now (the docs: 15 minutes).
  std::chrono::seconds v3_window{15 * 60};
  /// "Now"; unset: the system clock.
  std::optional<std::chrono::system_clock::time_point> now;
  /// Replay protection; nullptr: nonces are not checked.
  replay_cache* nonces = nullptr;
};

/// What a valid request asked for.
struct verified_request {
  int signature_version = 0;  // 2 or 3
  /// "HMAC-SHA1", "ACS3-HMAC-SHA256" or "ACS3-HMAC-SM3".
  std::string algorithm;
  std::string access_key_id;
  std::string action;
  std::string version;
  /// V2's Format parameter, when the request named one.
  std::optional<response_format> format;
  /// The operation's parameters (the signer's own removed).
  std::vector<parameter> parameters;
};

namespace detail {

inline api_error incomplete_signature(std::string why) {
  return gateway_error(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards. " + why);
}

inline api_error key_not_found() {
  return gateway_error(404, "InvalidAccessKeyId.NotFound", "The Access Key ID provided does not exist in our records.");
}

inline server_result<void> check_time(std::string_view text, std::string_view name, std::chrono::seconds window,
                                      const verify_options& o, std::chrono::system_clock::time_point& expires) {
  if (text.empty())
    return gateway_error(400, "IllegalTimestamp",
                         "The input parameter \"" + std::string(name) +
                             "\" that is mandatory for processing this request is not supplied.");
  const auto t = parse_timestamp(text);
  if (!t)
    return gateway_error(400, "IllegalTimestamp",
                         "The input parameter \"" + std::string(name) + "\" is not a valid YYYY-MM-DDThh:mm:ssZ time.");
  // Compared in seconds: a timestamp may name any year up to 9999, beyond
  // what a nanosecond system_clock::time_point can hold.
  const auto now = std::chrono::floor<std::chrono::seconds>(o.now ? *o.now : std::chrono::system_clock::now());
  if (*t < now - window || *t > now + window)
    return gateway_error(400, "InvalidTimeStamp.Expired",
                         "Specified time stamp or date value is expired or outside the allowed window.");
  // The timestamp is accepted while floor(now) <= t + window, i.e. until
  // t + window + 1 s: the nonce must be remembered at least that long.
  expires = std::chrono::time_point_cast<std::chrono::system_clock::duration>(*t + window + std::chrono::seconds(1));
  return {};
}

inline server_result<void> check_token(const credentials& c, std::string_view presented) {
  if (presented == c.security_token()) return {};
  return gateway_error(400, "InvalidSecurityToken.Mismatch", "The security token does not match the AccessKeyId.");
}

inline server_result<void> check_nonce(const verify_options& o, std::string_view id, std::string_view nonce,
                                       std::chrono::system_clock::time_point expires) {
  if (o.nonces == nullptr) return {};
  const auto now = o.now ? *o.now : std::chrono::system_clock::now();
  switch (o.nonces->remember(id, nonce, expires, now)) {
    case nonce_check::fresh: return {};
    case nonce_check::replayed:
      return gateway_error(400, "SignatureNonceUsed", "The request signature nonce has been used.");
    case nonce_check::full: break;
  }
  return gateway_error(503, "ServiceUnavailable", "The server is temporarily unavailable (replay cache full).");
}

inline server_result<verified_request> verify_v2(const incoming_request& in, const credentials_lookup& lookup,
                                                 const verify_options& o) {
  auto params = parse_parameters(in);
  if (!params) return params.error();
  auto find = [&](std::string_view name) -> const std::string* {
    for (const auto& p : *params)
      if (p.name == name) return &p.value;
    return nullptr;
  };
  const std::string* signature = find("Signature");
  const std::string* key_id = find("AccessKeyId");
  const std::string* method = find("SignatureMethod");
  const std::string* sig_version = find("SignatureVersion");
  const std::string* nonce = find("SignatureNonce");
  if (signature == nullptr || key_id == nullptr || method == nullptr || sig_version == nullptr || nonce == nullptr)
    return incomplete_signature(
        "Signature, AccessKeyId, SignatureMethod, SignatureVersion and SignatureNonce are all required.");
  if (*method != "HMAC-SHA1" || *sig_version != "1.0")
    return incomplete_signature("SignatureMethod must be HMAC-SHA1 and SignatureVersion 1.0.");
  const std::string* action = find("Action");
  const std::string* version = find("Version");
  if (action == nullptr || action->empty()) return missing_parameter("Action");
  if (version == nullptr || version->empty()) return missing_parameter("Version");
  const credentials* creds = lookup(*key_id);
  if (creds == nullptr) return key_not_found();
  const std::string* stamp = find("Timestamp");
  std::chrono::system_clock::time_point expires;
  if (auto r = check_time(stamp != nullptr ? std::string_view(*stamp) : std::string_view(), "Timestamp", o.v2_window,
                          o, expires);
      !r)
    return r.error();

  // Everything but the signature, canonicalised as the client did.
  std::vector<parameter> signed_params;
  signed_params.reserve(params->size());
  for (const auto& p : *params)
    if (p.name != "Signature") signed_params.push_back(p);
  auto cq = canonical_query(signed_params);
  if (!cq) return invalid_parameter(cq.error().field());
  const std::string sts = v2::string_to_sign(in.method, *cq);
  auto expected = v2::signature(*creds, sts);
  if (!expected) return gateway_error(500, "InternalError", "The request processing has failed due to an internal error.");
  if (!constant_time_equal(expected->view(), *signature))
    return gateway_error(400, "SignatureDoesNotMatch",
                         "Specified signature is not matched with our calculation. server string to sign is:" + sts);
  const std::string* token = find("SecurityToken");
  if (auto r = check_token(*creds, token != nullptr ? std::string_view(*token) : std::string_view()); !r)
    return r.error();
  if (auto r = check_nonce(o, *key_id, *nonce, expires); !r) return r.error();

  verified_request v;
  v.signature_version = 2;
  v.algorithm = "HMAC-SHA1";
  v.access_key_id = *key_id;
  v.action = *action;
  v.version = *version;
  if (const std::string* f = find("Format")) {
    if (incoming_request::iequals(*f, "XML")) v.format = response_format::xml;
    else if (incoming_request::iequals(*f, "JSON")) v.format = response_format::json;
    else return invalid_parameter("Format");
  }
  for (auto& p : *params)
    if (!is_reserved_name(p.name)) v.parameters.push_back(std::move(p));
  return v;
}

/// The parts of "ACS3-... Credential=..,SignedHeaders=..,Signature=..".
struct authorization_parts {
  std::string_view algorithm, credential, signed_headers, signature;
};

inline std::optional<authorization_parts> parse_authorization(std::string_view h) {
  authorization_parts a;
  const std::size_t sp = h.find(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  a.algorithm = h.substr(0, sp);
  std::string_view rest = h.substr(sp + 1);
  while (!rest.empty()) {
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
    const std::size_t comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    const std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    const std::string_view key = item.substr(0, eq), value = item.substr(eq + 1);
    if (key == "Credential") a.credential = value;
    else if (key == "SignedHeaders") a.signed_headers = value;
    else if (key == "Signature") a.signature = value;
    else return std::nullopt;
  }
  if (a.credential.empty() || a.signed_headers.empty() || a.signature.empty()) return std::nullopt;
  return a;
}

inline bool lists_header(std::string_view list, std::string_view name) {
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t semi = list.find(';', start);
    if (semi == std::string_view::npos) semi = list.size();
    if (list.substr(start, semi - start) == name) return true;
    start = semi + 1;
  }
  return false;
}

inline server_result<verified_request> verify_v3(const incoming_request& in, const credentials_lookup& lookup,
                                                 const verify_options& o) {
  const auto auth = parse_authorization(in.header("authorization"));
  if (!auth) return incomplete_signature("The Authorization header is malformed.");
  v3::algorithm alg;
  if (auth->algorithm == "ACS3-HMAC-SHA256") alg = v3::algorithm::acs3_hmac_sha256;
  else if (auth->algorithm == "ACS3-HMAC-SM3") alg = v3::algorithm::acs3_hmac_sm3;
  else return incomplete_signature("Unsupported signature algorithm.");
  const std::string_view payload_header =
      in.has_header("x-acs-content-sm3") && alg == v3::algorithm::acs3_hmac_sm3 ? "x-acs-content-sm3"
                                                                                 : "x-acs-content-sha256";
  for (std::string_view required :
       {std::string_view("host"), std::string_view("x-acs-action"), std::string_view("x-acs-version"),
        std::string_view("x-acs-date"), std::string_view("x-acs-signature-nonce"), payload_header}) {
    if (!in.has_header(required) || !lists_header(auth->signed_headers, required))
      return incomplete_signature("The header " + std::string(required) + " must be sent and signed.");
  }
  if (in.has_header("x-acs-security-token") && !lists_header(auth->signed_headers, "x-acs-security-token"))
    return incomplete_signature("The header x-acs-security-token must be signed.");
  // With a body, the content type decides whether it carries parameters: it
  // must be signed. (Without one it changes nothing; HTTP clients often add
  // a default content type to an empty POST.)
  if (!in.body.empty() && !lists_header(auth->signed_headers, "content-type"))
    return incomplete_signature("The header content-type must be sent and signed with a body.");
  // Every header the client says it signed must be there.
  for (std::size_t start = 0; start <= auth->signed_headers.size();) {
    std::size_t semi = auth->signed_headers.find(';', start);
    if (semi == std::string_view::npos) semi = auth->signed_headers.size();
    if (!in.has_header(auth->signed_headers.substr(start, semi - start)))
      return incomplete_signature("A signed header is missing.");
    start = semi + 1;
  }
  const credentials* creds = lookup(auth->credential);
  if (creds == nullptr) return key_not_found();
  std::chrono::system_clock::time_point expires;
  if (auto r = check_time(in.header("x-acs-date"), "x-acs-date", o.v3_window, o, expires); !r) return r.error();

  // The body must be what the client hashed.
  auto body_hash = digest(v3::digest_of(alg), in.body);
  if (!body_hash) return gateway_error(500, "InternalError", "The request processing has failed due to an internal error.");
  const digest_text body_hex = hex_encode(*body_hash);
  if (!constant_time_equal(body_hex.view(), in.header(payload_header)))
    return gateway_error(400, "SignatureDoesNotMatch",
                         "Specified signature does not match our calculation: the payload hash does not match the body.");

  // The canonical request from what arrived, signing exactly the listed headers.
  std::vector<parameter> query_params;
  if (auto r = detail::add_form_items(in.query, query_params); !r) return r.error();
  auto cq = canonical_query(query_params);
  if (!cq) return invalid_parameter(cq.error().field());
  const std::string_view listed = auth->signed_headers;
  const auto cr = v3::canonical_request_of(in.method, in.path, *cq, in.headers, in.header(payload_header),
                                           [&](std::string_view n) { return lists_header(listed, n); });
  auto sts = v3::string_to_sign(alg, cr.text);
  if (!sts) return gateway_error(500, "InternalError", "The request processing has failed due to an internal error.");
  auto expected = v3::signature(*creds, alg, *sts);
  if (!expected) return gateway_error(500, "InternalError", "The request processing has failed due to an internal error.");
  if (cr.signed_headers != listed || !constant_time_equal(expected->view(), auth->signature))
    return gateway_error(400, "SignatureDoesNotMatch",
                         "Specified signature does not match our calculation. server StringToSign is [" + *sts + "]");
  if (auto r = check_token(*creds, in.header("x-acs-security-token")); !r) return r.error();
  if (auto r = check_nonce(o, auth->credential, in.header("x-acs-signature-nonce"), expires); !r) return r.error();

  verified_request v;
  v.signature_version = 3;
  v.algorithm = std::string(auth->algorithm);
  v.access_key_id = std::string(auth->credential);
  v.action = std::string(in.header("x-acs-action"));
  v.version = std::string(in.header("x-acs-version"));
  auto all = parse_parameters(in);  // query and a form body: the operation's fields
  if (!all) return all.error();
  v.parameters = std::move(*all);
  return v;
}

}  // namespace detail

/// Verifies `in` (V3 when it has an ACS3 Authorization header, else V2).
inline server_result<verified_request> verify_request(const incoming_request& in, const credentials_lookup& lookup,
                                                      const verify_options& options = {}) {
  if (in.header("authorization").substr(0, 5) == "ACS3-") return detail::verify_v3(in, lookup, options);
  return detail::verify_v2(in, lookup, options);
}

}  // namespace rdscodec

#endif
