// rdscodec: the only header that talks to OpenSSL (3.x, EVP APIs only).
//
// - digest() / digest_stream: SHA-1 / SHA-256 / SM3 of a byte string.
// - hmac_key: an HMAC key prepared once (algorithm fetched, key absorbed).
//   compute() then costs the hash work and little else. A prepared key is
//   safe to use from many threads at once: each call leases a context from a
//   small pool owned by the key, whose 8 slots are taken and returned with
//   atomic exchanges (no lock). When every slot is empty, a new context is
//   copied from the prepared one (never re-keyed) under a mutex, so one
//   thread at a time copies it; a context returned to a full pool is freed.
//   Key material lives only inside OpenSSL contexts, which OpenSSL wipes
//   when they are freed.
// - base64_encode / hex_encode of digests into fixed buffers (no heap).
// - random_bytes from OpenSSL's CSPRNG.
#ifndef RDSCODEC_CRYPTO_HPP
#define RDSCODEC_CRYPTO_HPP

#include <rdscodec/core/result.hpp>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <array>
#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string_view>

namespace rdscodec {

enum class digest_algorithm { sha1, sha256, sm3 };

/// OpenSSL's name of the algorithm.
constexpr const char* openssl_name(digest_algorithm a) noexcept {
  switch (a) {
    case digest_algorithm::sha1: return "SHA1";
    case digest_algorithm::sha256: return "SHA256";
    case digest_algorithm::sm3: return "SM3";
  }
  return "SHA256";
}

/// A digest or MAC output (at most 64 bytes), held by value.
struct digest_value {
  std::array<unsigned char, 64> bytes{};
  std::size_t size = 0;
};

/// Fixed-capacity text (base64 or hex of a digest_value), held by value.
class digest_text {
 public:
  std::string_view view() const noexcept { return {data_.data(), size_}; }
  /// Implicit only from an lvalue: a view of a temporary would dangle.
  operator std::string_view() const& noexcept { return view(); }  // NOLINT: intended
  operator std::string_view() const&& = delete;
  std::size_t size() const noexcept { return size_; }

 private:
  friend digest_text base64_encode(const digest_value&) noexcept;
  friend digest_text hex_encode(const digest_value&) noexcept;
  friend digest_text hex_text(std::string_view) noexcept;
  // Not zero-filled: only the first size_ bytes are ever read.
  std::array<char, 129> data_;
  std::size_t size_ = 0;
};

/// Standard Base64 with '=' padding (RFC 4648 §4), as the V2 signature uses.
inline digest_text base64_encode(const digest_value& d) noexcept {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const std::size_t size = d.size < d.bytes.size() ? d.size : d.bytes.size();
  digest_text t;
  std::size_t o = 0, i = 0;
  for (; i + 3 <= size; i += 3) {
    const unsigned v = (unsigned{d.bytes[i]} << 16) | (unsigned{d.bytes[i + 1]} << 8) | d.bytes[i + 2];
    t.data_[o++] = alphabet[(v >> 18) & 63];
    t.data_[o++] = alphabet[(v >> 12) & 63];
    t.data_[o++] = alphabet[(v >> 6) & 63];
    t.data_[o++] = alphabet[v & 63];
  }
  if (i < size) {
    const bool two = i + 1 < size;
    const unsigned v = (unsigned{d.bytes[i]} << 16) | (two ? unsigned{d.bytes[i + 1]} << 8 : 0u);
    t.data_[o++] = alphabet[(v >> 18) & 63];
    t.data_[o++] = alphabet[(v >> 12) & 63];
    t.data_[o++] = two ? alphabet[(v >> 6) & 63] : '=';
    t.data_[o++] = '=';
  }
  t.size_ = o;
  return t;
}

/// A digest_text holding `text` (at most 128 bytes; the rest is cut), for
/// digests known in advance.
inline digest_text hex_text(std::string_view text) noexcept {
  digest_text t;
  t.size_ = text.size() < 128 ? text.size() : 128;
  for (std::size_t i = 0; i < t.size_; ++i) t.data_[i] = text[i];
  return t;
}

/// Lower-case hex, as V3 uses.
inline digest_text hex_encode(const digest_value& d) noexcept {
  static constexpr char hex[] = "0123456789abcdef";
  digest_text t;
  const std::size_t size = d.size < d.bytes.size() ? d.size : d.bytes.size();
  for (std::size_t i = 0; i < size; ++i) {
    t.data_[2 * i] = hex[d.bytes[i] >> 4];
    t.data_[2 * i + 1] = hex[d.bytes[i] & 15];
  }
  t.size_ = 2 * size;
  return t;
}

namespace detail {

struct md_deleter {
  void operator()(EVP_MD* p) const noexcept { EVP_MD_free(p); }
};
struct md_ctx_deleter {
  void operator()(EVP_MD_CTX* p) const noexcept { EVP_MD_CTX_free(p); }
};
struct mac_deleter {
  void operator()(EVP_MAC* p) const noexcept { EVP_MAC_free(p); }
};
struct mac_ctx_deleter {
  void operator()(EVP_MAC_CTX* p) const noexcept { EVP_MAC_CTX_free(p); }
};

/// Fetched digest implementations, one per algorithm for the whole process
/// (fetching is the expensive part of OpenSSL's one-shot calls).
inline EVP_MD* fetched_md(digest_algorithm a) noexcept {
  static EVP_MD* const sha1 = EVP_MD_fetch(nullptr, "SHA1", nullptr);
  static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  static EVP_MD* const sm3 = EVP_MD_fetch(nullptr, "SM3", nullptr);
  switch (a) {
    case digest_algorithm::sha1: return sha1;
    case digest_algorithm::sha256: return sha256;
    case digest_algorithm::sm3: return sm3;
  }
  return nullptr;
}

inline EVP_MAC* fetched_hmac() noexcept {
  static EVP_MAC* const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  return mac;
}

}  // namespace detail

namespace detail {

/// Spare digest contexts for one algorithm, shared by the whole process, so
/// that a hash in steady state reuses a context instead of creating one.
struct md_pool {
  std::array<std::atomic<EVP_MD_CTX*>, 8> spare{};
  EVP_MD_CTX* take() noexcept {
    for (auto& slot : spare)
      if (EVP_MD_CTX* ctx = slot.exchange(nullptr, std::memory_order_acquire)) return ctx;
    return EVP_MD_CTX_new();
  }
  void give_back(EVP_MD_CTX* ctx) noexcept {
    for (auto& slot : spare) {
      EVP_MD_CTX* expected = nullptr;
      if (slot.compare_exchange_strong(expected, ctx, std::memory_order_release, std::memory_order_relaxed))
        return;
    }
    EVP_MD_CTX_free(ctx);
  }
  ~md_pool() {
    for (auto& slot : spare) EVP_MD_CTX_free(slot.exchange(nullptr));
  }
};

inline md_pool& md_pool_for(digest_algorithm a) noexcept {
  static md_pool pools[3];
  return pools[static_cast<int>(a)];
}

}  // namespace detail

/// A digest computation in progress (move-only): update() as often as
/// needed, then finish() once.
class digest_stream {
 public:
  explicit digest_stream(digest_algorithm a) noexcept : pool_(&detail::md_pool_for(a)) {
    EVP_MD* md = detail::fetched_md(a);
    ctx_ = pool_->take();
    ok_ = md != nullptr && ctx_ != nullptr && EVP_DigestInit_ex(ctx_, md, nullptr) == 1;
  }
  digest_stream(digest_stream&& o) noexcept : pool_(o.pool_), ctx_(o.ctx_), ok_(o.ok_) {
    o.ctx_ = nullptr;
    o.ok_ = false;
  }
  digest_stream& operator=(digest_stream&&) = delete;
  digest_stream(const digest_stream&) = delete;
  digest_stream& operator=(const digest_stream&) = delete;
  ~digest_stream() {
    if (ctx_ != nullptr) pool_->give_back(ctx_);
  }

  void update(const void* data, std::size_t n) noexcept {
    if (ok_ && n != 0) ok_ = EVP_DigestUpdate(ctx_, data, n) == 1;
  }
  void update(std::string_view s) noexcept { update(s.data(), s.size()); }
  /// Same shape as a byte sink, so writers can stream straight into a hash.
  void put(char c) noexcept { update(&c, 1); }
  void write(const char* p, std::size_t n) noexcept { update(p, n); }

  /// The digest of everything fed so far. A second call (or update() after
  /// it) is an error: errc::crypto_failure.
  result<digest_value> finish() noexcept {
    if (!ok_) return errc::crypto_failure;
    digest_value d;
    unsigned int n = 0;
    const bool done = EVP_DigestFinal_ex(ctx_, d.bytes.data(), &n) == 1;
    ok_ = false;
    if (!done) return errc::crypto_failure;
    d.size = n;
    return d;
  }

 private:
  detail::md_pool* pool_;
  EVP_MD_CTX* ctx_ = nullptr;
  bool ok_ = false;
};

/// One-shot digest. errc::crypto_failure if OpenSSL lacks the algorithm.
inline result<digest_value> digest(digest_algorithm a, std::string_view data) noexcept {
  digest_stream s(a);
  s.update(data);
  return s.finish();
}

namespace detail {

/// A prepared HMAC context plus a few spare copies of it, shared by every
/// computation under one key. Heap-allocated once so that streams can point
/// at it while the owning hmac_key is moved.
struct hmac_pool {
  std::unique_ptr<EVP_MAC_CTX, mac_ctx_deleter> prepared;
  std::array<std::atomic<EVP_MAC_CTX*>, 8> spare{};
  std::mutex dup_mutex;  // the prepared context is copied by one thread at a time

  EVP_MAC_CTX* copy_prepared() noexcept {
    std::lock_guard<std::mutex> lock(dup_mutex);
    return EVP_MAC_CTX_dup(prepared.get());
  }
  EVP_MAC_CTX* take() noexcept {
    for (auto& slot : spare)
      if (EVP_MAC_CTX* ctx = slot.exchange(nullptr, std::memory_order_acquire)) return ctx;
    return nullptr;
  }
  void give_back(EVP_MAC_CTX* ctx) noexcept {
    for (auto& slot : spare) {
      EVP_MAC_CTX* expected = nullptr;
      if (slot.compare_exchange_strong(expected, ctx, std::memory_order_release, std::memory_order_relaxed))
        return;
    }
    EVP_MAC_CTX_free(ctx);
  }
  ~hmac_pool() {
    for (auto& slot : spare) EVP_MAC_CTX_free(slot.exchange(nullptr));
  }
};

}  // namespace detail

class hmac_key;

/// An HMAC computation in progress (move-only). Obtained from
/// hmac_key::start(); feed it with update(), end it with finish(). Dropping
/// it unfinished is fine.
class hmac_stream {
 public:
  hmac_stream(hmac_stream&& o) noexcept : pool_(std::move(o.pool_)), ctx_(o.ctx_), ok_(o.ok_) {
    o.ctx_ = nullptr;
    o.ok_ = false;
  }
  hmac_stream& operator=(hmac_stream&&) = delete;
  hmac_stream(const hmac_stream&) = delete;
  hmac_stream& operator=(const hmac_stream&) = delete;
  ~hmac_stream() {
    if (ctx_ != nullptr) pool_->give_back(ctx_);
  }

  void update(const void* data, std::size_t n) noexcept {
    if (ok_ && n != 0) ok_ = EVP_MAC_update(ctx_, static_cast<const unsigned char*>(data), n) == 1;
  }
  void update(std::string_view s) noexcept { update(s.data(), s.size()); }
  /// The MAC of everything fed so far. A second call (or update() after it)
  /// is an error: errc::crypto_failure.
  result<digest_value> finish() noexcept {
    if (!ok_) return errc::crypto_failure;
    digest_value d;
    std::size_t n = 0;
    const bool done = EVP_MAC_final(ctx_, d.bytes.data(), &n, d.bytes.size()) == 1;
    ok_ = false;
    if (!done) return errc::crypto_failure;
    d.size = n;
    return d;
  }

 private:
  friend class hmac_key;
  hmac_stream(std::shared_ptr<detail::hmac_pool> pool, EVP_MAC_CTX* ctx) noexcept
      : pool_(std::move(pool)), ctx_(ctx) {}
  // Shared with the key: a stream stays valid even if its key is destroyed
  // or reassigned first.
  std::shared_ptr<detail::hmac_pool> pool_;
  EVP_MAC_CTX* ctx_;
  bool ok_ = true;
};

/// An HMAC key prepared once. Construction throws nothing but std::bad_alloc
/// and never fails outright otherwise: if OpenSSL
/// cannot prepare the key (say, SM3 missing from the provider), valid() is
/// false and every computation returns errc::crypto_failure.
class hmac_key {
 public:
  hmac_key(digest_algorithm a, std::string_view key) : alg_(a) {
    EVP_MAC* mac = detail::fetched_hmac();
    if (mac == nullptr) return;
    std::unique_ptr<EVP_MAC_CTX, detail::mac_ctx_deleter> ctx(EVP_MAC_CTX_new(mac));
    if (!ctx) return;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(openssl_name(a)), 0),
        OSSL_PARAM_construct_end()};
    // OpenSSL rejects a NULL key pointer even with length 0; the empty key
    // is legal HMAC (the V3 key of an empty secret).
    static const unsigned char empty = 0;
    const auto* k = key.empty() ? &empty : reinterpret_cast<const unsigned char*>(key.data());
    if (EVP_MAC_init(ctx.get(), k, key.size(), params) != 1) return;
    auto pool = std::make_shared<detail::hmac_pool>();
    pool->prepared = std::move(ctx);
    state_ = std::move(pool);
  }

  hmac_key(const hmac_key& o) : alg_(o.alg_) {
    if (!o.state_) return;
    std::unique_ptr<EVP_MAC_CTX, detail::mac_ctx_deleter> dup(o.state_->copy_prepared());
    if (!dup) return;
    auto pool = std::make_shared<detail::hmac_pool>();
    pool->prepared = std::move(dup);
    state_ = std::move(pool);
  }
  hmac_key(hmac_key&&) noexcept = default;
  hmac_key& operator=(const hmac_key& o) {
    if (this != &o) {
      hmac_key tmp(o);
      *this = std::move(tmp);
    }
    return *this;
  }
  hmac_key& operator=(hmac_key&&) noexcept = default;
  ~hmac_key() = default;

  bool valid() const noexcept { return state_ != nullptr; }
  digest_algorithm algorithm() const noexcept { return alg_; }

  /// Starts a computation; safe to call concurrently on one key.
  result<hmac_stream> start() const noexcept {
    if (!state_) return errc::crypto_failure;
    EVP_MAC_CTX* ctx = state_->take();
    if (ctx == nullptr) {
      ctx = state_->copy_prepared();
      if (ctx == nullptr) return errc::crypto_failure;
    } else if (EVP_MAC_init(ctx, nullptr, 0, nullptr) != 1) {  // back to the keyed start state
      EVP_MAC_CTX_free(ctx);
      return errc::crypto_failure;
    }
    return hmac_stream(state_, ctx);
  }

  /// HMAC of `message` under this key.
  result<digest_value> compute(std::string_view message) const noexcept {
    auto s = start();
    if (!s) return s.error();
    s->update(message);
    return s->finish();
  }

 private:
  digest_algorithm alg_;
  std::shared_ptr<detail::hmac_pool> state_;
};

/// Equal contents, compared in time that depends only on the lengths
/// (CRYPTO_memcmp), for signatures a server checks.
inline bool constant_time_equal(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && (a.empty() || CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0);
}

/// Overwrites `n` bytes at `p` with zeros in a way the compiler cannot
/// optimise away (OPENSSL_cleanse), for buffers that held key material.
inline void secure_wipe(void* p, std::size_t n) noexcept { OPENSSL_cleanse(p, n); }

/// Fills `out[0, n)` from OpenSSL's CSPRNG.
inline result<void> random_bytes(unsigned char* out, std::size_t n) noexcept {
  if (n != 0 && RAND_bytes_ex(nullptr, out, n, 0) != 1) return errc::crypto_failure;
  return {};
}

}  // namespace rdscodec

#endif
