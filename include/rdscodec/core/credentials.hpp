// rdscodec: an AccessKey pair (optionally with an STS token), prepared for
// signing.
//
// The secret is absorbed into prepared HMAC keys at construction (V2:
// HMAC-SHA1 keyed with secret + "&"; V3: HMAC-SHA256 and HMAC-SM3 keyed with
// the secret) and kept nowhere else: there is no accessor for it and no
// stream operator, the temporary "secret&" buffer is wiped with
// secure_wipe (OPENSSL_cleanse), and OpenSSL wipes its keyed contexts when they are freed.
// redacted() is the one printable form. Construct one credentials object per
// key pair and share it (by const reference) between threads: signing only
// reads it.
#ifndef RDSCODEC_CREDENTIALS_HPP
#define RDSCODEC_CREDENTIALS_HPP

#include <rdscodec/core/crypto.hpp>

#include <string>
#include <string_view>

namespace rdscodec {

class credentials {
 public:
  /// `security_token` is the STS token for temporary credentials; empty for a
  /// plain AccessKey pair.
  credentials(std::string_view access_key_id, std::string_view access_key_secret,
              std::string_view security_token = {})
      : id_(access_key_id),
        token_(security_token),
        v2_key_(make_v2_key(access_key_secret)),
        sha256_key_(digest_algorithm::sha256, access_key_secret),
        sm3_key_(digest_algorithm::sm3, access_key_secret) {}

  std::string_view access_key_id() const noexcept { return id_; }
  std::string_view security_token() const noexcept { return token_; }
  bool has_security_token() const noexcept { return !token_.empty(); }

  /// HMAC-SHA1 keyed with secret + "&" (signature V2).
  const hmac_key& v2_key() const noexcept { return v2_key_; }
  /// HMAC-SHA256 or HMAC-SM3 keyed with the bare secret (signature V3).
  const hmac_key& v3_key(digest_algorithm a) const noexcept {
    return a == digest_algorithm::sm3 ? sm3_key_ : sha256_key_;
  }

  /// "AccessKeyId=<id> AccessKeySecret=<redacted> SecurityToken=<none|redacted, N bytes>":
  /// safe to log.
  std::string redacted() const {
    std::string s = "AccessKeyId=";
    s += id_;
    s += " AccessKeySecret=<redacted> SecurityToken=";
    s += token_.empty() ? "<none>" : "<redacted, " + std::to_string(token_.size()) + " bytes>";
    return s;
  }

 private:
  static hmac_key make_v2_key(std::string_view secret) {
    std::string k;
    k.reserve(secret.size() + 1);
    k.append(secret.data(), secret.size());
    k.push_back('&');
    hmac_key key(digest_algorithm::sha1, k);
    secure_wipe(&k[0], k.size());
    return key;
  }

  std::string id_;
  std::string token_;
  hmac_key v2_key_;
  hmac_key sha256_key_;
  hmac_key sm3_key_;
};

}  // namespace rdscodec

#endif
