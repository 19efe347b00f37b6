// rdscodec: an AccessKey pair (optionally with an STS token), prepared for
// signing.
//
// The secret is absorbed into prepared HMAC keys at construction and not kept
// anywhere else: there is no accessor for it, no stream operator, and the
// temporary "secret&" buffer is wiped with OPENSSL_cleanse. Construct one
// credentials object per key pair and share it (by reference) between
// threads: signing only reads it.
#ifndef RDSCODEC_CREDENTIALS_HPP
#define RDSCODEC_CREDENTIALS_HPP

#include <rdscodec/crypto.hpp>

#include <openssl/crypto.h>

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
        v2_key_(make_v2_key(access_key_secret)) {}

  std::string_view access_key_id() const noexcept { return id_; }
  std::string_view security_token() const noexcept { return token_; }
  bool has_security_token() const noexcept { return !token_.empty(); }

  /// HMAC-SHA1 keyed with secret + "&" (signature V2).
  const hmac_key& v2_key() const noexcept { return v2_key_; }

 private:
  static hmac_key make_v2_key(std::string_view secret) {
    std::string k;
    k.reserve(secret.size() + 1);
    k.append(secret.data(), secret.size());
    k.push_back('&');
    hmac_key key(digest_algorithm::sha1, k);
    OPENSSL_cleanse(&k[0], k.size());
    return key;
  }

  std::string id_;
  std::string token_;
  hmac_key v2_key_;
};

}  // namespace rdscodec

#endif
