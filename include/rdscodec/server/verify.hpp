// rdscodec: verifying a signed request the way the gateway does.
//
// verify_request() recomputes the signature of an incoming request with the
// same stages the client uses (V2 HMAC-SHA1; V3 ACS3-HMAC-SHA256 and
// ACS3-HMAC-SM3, STS tokens included), compares in constant time
// (CRYPTO_memcmp), enforces a timestamp window and, given a replay cache,
// refuses a nonce seen before. Each failure is the gateway's error:
//
//   I400HD, I413UL, I413RL,        the request is over verify_options::limits
//   I400RU, I400BD                 (server_request.hpp lists them); checked
//                                  before anything is decoded or hashed
//   IncompleteSignature            signature parts missing or malformed, a
//                                  signed header sent more than once, a nonce
//                                  empty or longer than limits.max_nonce_bytes
//   InvalidAccessKeyId.NotFound    the lookup does not know the AccessKeyId (404)
//   IllegalTimestamp               the timestamp is missing or malformed
//   InvalidTimeStamp.Expired       the timestamp is outside the window
//   SignatureDoesNotMatch          the signature differs; the message carries
//                                  the server's string-to-sign, as the gateway's does
//   InvalidSecurityToken.Mismatch  the STS token is not the key's
//   SignatureNonceUsed             the nonce was seen before
//
//   MissingParameter / InvalidParameter  (before the key lookup) the
//                                  parameters do not decode (a duplicate, a
//                                  bad encoding), Action / Version missing or
//                                  empty
//
// The checks run in that order; the nonce is recorded only once the
// signature is valid, so forged requests cannot fill the cache. With V3,
// every decision (date, nonce, token, content type, action, version) is
// taken on exactly the value that was signed: the one header of that name,
// trimmed of spaces and tabs as canonicalisation trims it.
#ifndef RDSCODEC_VERIFY_HPP
#define RDSCODEC_VERIFY_HPP

#include <rdscodec/core/clock.hpp>
#include <rdscodec/core/credentials.hpp>
#include <rdscodec/core/crypto.hpp>
#include <rdscodec/core/format.hpp>
#include <rdscodec/detail/v3_signed_headers.hpp>
#include <rdscodec/request/query.hpp>
#include <rdscodec/server/server_request.hpp>
#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/request/sign_v3.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <queue>
#include <string>
#include <string_view>
#include <unordered_map>
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
/// leave when they expire, whatever order they expire in (V2 and V3 windows
/// differ, timestamps may be ahead of the clock): a min-heap by expiry beside
/// the hash map, O(log n) per new nonce, no rescans. It fails closed: when
/// full of unexpired entries it answers nonce_check::full (verify_request
/// refuses the request with ServiceUnavailable) rather than forgetting a
/// nonce early. Size it above the requests expected per window.
class bounded_replay_cache final : public replay_cache {
 public:
  explicit bounded_replay_cache(std::size_t capacity = 100000) : capacity_(capacity == 0 ? 1 : capacity) {}

  nonce_check remember(std::string_view access_key_id, std::string_view nonce,
                       std::chrono::system_clock::time_point expires,
                       std::chrono::system_clock::time_point now) override {
    // The key id's length first: no (id, nonce) pair can spell another's key.
    std::string key = std::to_string(access_key_id.size());
    key.reserve(key.size() + 1 + access_key_id.size() + nonce.size());
    key.push_back(':');
    key.append(access_key_id.data(), access_key_id.size());
    key.append(nonce.data(), nonce.size());
    std::lock_guard<std::mutex> lock(mutex_);
    while (!by_expiry_.empty() && by_expiry_.top().expires <= now) {
      const auto it = seen_.find(*by_expiry_.top().key);
      by_expiry_.pop();
      seen_.erase(it);
    }
    if (seen_.count(key) != 0) return nonce_check::replayed;
    if (seen_.size() >= capacity_) return nonce_check::full;
    // Keys of an unordered_map stay put when it rehashes: the heap points at them.
    const auto inserted = seen_.emplace(std::move(key), expires).first;
    by_expiry_.push(entry{expires, &inserted->first});
    return nonce_check::fresh;
  }

  std::size_t size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return seen_.size();
  }

 private:
  struct entry {
    std::chrono::system_clock::time_point expires;
    const std::string* key;
    bool operator>(const entry& o) const noexcept { return expires > o.expires; }
  };
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::chrono::system_clock::time_point> seen_;
  std::priority_queue<entry, std::vector<entry>, std::greater<entry>> by_expiry_;
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
  /// Sizes checked before anything is decoded or hashed (defaults in
  /// server_request.hpp: 64 headers, 32 KiB of headers, 32 KiB query, 1 MiB
  /// body, 256 parameters, 64-byte nonce).
  request_limits limits;
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

inline server_result<void> check_nonce_size(std::string_view nonce, std::string_view name, const verify_options& o) {
  if (nonce.empty()) return incomplete_signature(std::string(name) + " is empty.");
  if (nonce.size() <= o.limits.max_nonce_bytes) return {};
  return incomplete_signature(std::string(name) + " is longer than " + std::to_string(o.limits.max_nonce_bytes) +
                              " bytes.");
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
  auto params = parse_parameters(in, o.limits);
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
  if (auto r = check_nonce_size(*nonce, "SignatureNonce", o); !r) return r.error();
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

/// The value of the one header called `name` (any case), trimmed of spaces
/// and tabs; `count` receives how many headers have that name.
inline std::string_view single_header(const incoming_request& in, std::string_view name, std::size_t& count) noexcept {
  std::string_view value;
  count = 0;
  for (const auto& h : in.headers)
    if (incoming_request::iequals(h.name, name) && ++count == 1) value = trim_ows(h.value);
  return value;
}

inline server_result<verified_request> verify_v3(const incoming_request& in, const credentials_lookup& lookup,
                                                 const verify_options& o) {
  std::size_t count = 0;
  const std::string_view authorization = single_header(in, "authorization", count);
  if (count != 1) return incomplete_signature("The Authorization header must be sent once.");
  const auto auth = parse_authorization(authorization);
  if (!auth) return incomplete_signature("The Authorization header is malformed.");
  v3::algorithm alg;
  if (auth->algorithm == "ACS3-HMAC-SHA256") alg = v3::algorithm::acs3_hmac_sha256;
  else if (auth->algorithm == "ACS3-HMAC-SM3") alg = v3::algorithm::acs3_hmac_sm3;
  else return incomplete_signature("Unsupported signature algorithm.");
  // Every header the client says it signed must be there exactly once: with
  // two, the signature covers both values joined by ',' while a reader of
  // one value would see something else (a nonce split in two would be new
  // to the replay cache once per ordering). Each listed name is a distinct
  // header, so a list longer than the headers cannot be right.
  std::size_t listed_count = 0;
  for (std::size_t start = 0; start <= auth->signed_headers.size(); ++listed_count) {
    std::size_t semi = auth->signed_headers.find(';', start);
    if (semi == std::string_view::npos) semi = auth->signed_headers.size();
    if (listed_count >= in.headers.size()) return incomplete_signature("A signed header is missing.");
    const std::string_view name = auth->signed_headers.substr(start, semi - start);
    (void)single_header(in, name, count);
    if (count == 0) return incomplete_signature("A signed header is missing.");
    if (count > 1) return incomplete_signature("The signed header " + std::string(name) + " is sent more than once.");
    start = semi + 1;
  }
  // From here on, only the signed values (one header each, trimmed).
  auto signed_value = [&](std::string_view name, std::string_view& value) {
    if (!lists_header(auth->signed_headers, name)) return false;
    std::size_t n = 0;
    value = single_header(in, name, n);
    return n == 1;
  };
  // The headers rdscodec signs must be signed here too (the one table).
  using rdscodec::detail::v3_header_when;
  rdscodec::detail::v3_header_values values;
  const bool sm3_name = alg == v3::algorithm::acs3_hmac_sm3 && in.has_header(rdscodec::detail::v3_payload_sm3_name);
  for (const auto& row : rdscodec::detail::v3_signed_header_table) {
    const std::string_view name = rdscodec::detail::v3_header_name(row, sm3_name);
    std::string_view& value = values.*row.value;
    switch (row.when) {
      case v3_header_when::always:
        if (!signed_value(name, value))
          return incomplete_signature("The header " + std::string(name) + " must be sent and signed.");
        break;
      case v3_header_when::security_token:
        if (in.has_header(name) && !signed_value(name, value))
          return incomplete_signature("The header " + std::string(name) + " must be signed.");
        break;
      case v3_header_when::body:
        if (!in.body.empty() && !signed_value(name, value))
          return incomplete_signature("The header " + std::string(name) + " must be sent and signed with a body.");
        break;
    }
  }
  const std::string_view action = values.action, version = values.version, date = values.date,
                         nonce = values.nonce, payload_hash = values.payload_hash, token = values.security_token,
                         content_type = values.content_type;
  if (auto r = check_nonce_size(nonce, "x-acs-signature-nonce", o); !r) return r.error();
  if (action.empty()) return missing_parameter("x-acs-action");
  if (version.empty()) return missing_parameter("x-acs-version");
  // The parameters (query, and a form body by the signed content type),
  // decoded and counted before anything is hashed.
  std::vector<parameter> params;
  if (auto r = detail::add_form_items(in.query, params, o.limits.max_parameters); !r) return r.error();
  auto cq = canonical_query(params);
  if (!cq) return invalid_parameter(cq.error().field());
  if (auto r = detail::add_body_items(in.body, content_type, o.limits, params); !r) return r.error();
  const credentials* creds = lookup(auth->credential);
  if (creds == nullptr) return key_not_found();
  std::chrono::system_clock::time_point expires;
  if (auto r = check_time(date, "x-acs-date", o.v3_window, o, expires); !r) return r.error();

  // The body must be what the client hashed.
  auto body_hash = digest(v3::digest_of(alg), in.body);
  if (!body_hash) return gateway_error(500, "InternalError", "The request processing has failed due to an internal error.");
  const digest_text body_hex = hex_encode(*body_hash);
  if (!constant_time_equal(body_hex.view(), payload_hash))
    return gateway_error(400, "SignatureDoesNotMatch",
                         "Specified signature does not match our calculation: the payload hash does not match the body.");

  // The canonical request from what arrived, signing exactly the listed headers.
  const std::string_view listed = auth->signed_headers;
  const auto cr = v3::canonical_request_of(in.method, in.path, *cq, in.headers, payload_hash,
                                           [&](std::string_view n) { return lists_header(listed, n); });
  auto sts = v3::string_to_sign(alg, cr.text);
  if (!sts) return gateway_error(500, "InternalError", "The request processing has failed due to an internal error.");
  auto expected = v3::signature(*creds, alg, *sts);
  if (!expected) return gateway_error(500, "InternalError", "The request processing has failed due to an internal error.");
  if (cr.signed_headers != listed || !constant_time_equal(expected->view(), auth->signature))
    return gateway_error(400, "SignatureDoesNotMatch",
                         "Specified signature does not match our calculation. server StringToSign is [" + *sts + "]");
  if (auto r = check_token(*creds, token); !r) return r.error();
  if (auto r = check_nonce(o, auth->credential, nonce, expires); !r) return r.error();

  verified_request v;
  v.signature_version = 3;
  v.algorithm = std::string(auth->algorithm);
  v.access_key_id = std::string(auth->credential);
  v.action = std::string(action);
  v.version = std::string(version);
  v.parameters = std::move(params);
  return v;
}

}  // namespace detail

/// Verifies `in` (V3 when it has an ACS3 Authorization header, else V2).
inline server_result<verified_request> verify_request(const incoming_request& in, const credentials_lookup& lookup,
                                                      const verify_options& options = {}) {
  if (auto r = detail::check_sizes(in, options.limits); !r) return r.error();
  if (detail::trim_ows(in.header("authorization")).substr(0, 5) == "ACS3-") return detail::verify_v3(in, lookup, options);
  return detail::verify_v2(in, lookup, options);
}

}  // namespace rdscodec

#endif
