// One credentials object shared by many threads, all signing at once (V2,
// V3 SHA-256, V3 SM3). Every signature must equal the single-threaded value.
// CI runs this under ThreadSanitizer (preset "tsan").
#include <rdscodec.hpp>
#include <rdscodec/rds/cancel_import.hpp>

#include "../derived_requests.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace {

/// Signs the 62-field CreateDBInstance (its flattened parameters use the
/// thread's spare buffers) from a destructor that runs after the thread's
/// spare is gone: a static object's (the main thread's thread_locals are
/// destroyed first), a thread_local's constructed before the thread's first
/// signature. It must still sign the independent signer's value (and under
/// ASan touch no destroyed spare; it did before spare_gone).
struct signs_when_destroyed {
  const char* who;
  ~signs_when_destroyed() {
    const rdscodec::credentials creds("testid", "testsecret");
    rdscodec::v2::options o;
    o.timestamp = "2023-03-13T08:34:30Z";
    o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
    o.method = rdscodec::http_method::post;
    const auto signed_request = rdscodec::v2::sign(rdscodec_test::create_db_instance_every_field(), creds, o);
    const std::string tail = "&Signature=FEqiNCbn%2FkrF0fMy%2Fl4cCD8JY78%3D";
    const bool ok = signed_request && signed_request->query.size() >= tail.size() &&
                    signed_request->query.compare(signed_request->query.size() - tail.size(), tail.size(), tail) == 0;
    std::printf("%s %s: signing after the thread's spare buffers are gone\n", ok ? "ok" : "FAILED", who);
    if (!ok) std::_Exit(1);
  }
};

}  // namespace

int main() {
  {
    std::thread t([] {
      thread_local signs_when_destroyed early{"an older thread_local's destructor"};
      (void)&early;  // constructed now, before this thread's first signature
      const rdscodec::credentials c("testid", "testsecret");
      rdscodec::v2::options o;
      o.timestamp = "2023-03-13T08:34:30Z";
      o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
      (void)rdscodec::v2::sign(rdscodec_test::create_db_instance_every_field(), c, o);
    });
    t.join();
  }
  const rdscodec::credentials shared("testid", "testsecret");
  rdscodec::cancel_import_request req;
  req.db_instance_id = "rm-uf6wjk5xxxxxxx";
  req.import_id = 8562584;

  rdscodec::v2::options v2o;
  v2o.timestamp = "2023-03-13T08:34:30Z";
  v2o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  rdscodec::v3::options v3o;
  v3o.timestamp = "2023-10-26T10:22:32Z";
  v3o.nonce = "3156853299f313e23d1673dc12e1703d";
  rdscodec::v3::options sm3o = v3o;
  sm3o.alg = rdscodec::v3::algorithm::acs3_hmac_sm3;

  // Expected values from the independent Python signers in tests/data/derived/
  // (v2 case "post"; v3 cases "post" and "sm3").
  const std::string v2_tail = "&Signature=5YnwPdJ8AW1B8bAVimnr4TJ2kns%3D";
  const std::string v3_sig = "Signature=2bf3b450a8b836b99cca7ba926dc4a88cdee693a56af2fc63cbf47cbba45df69";
  const std::string sm3_sig = "Signature=43637c7cb11d061da67f7ec47a4a5773d6b68fe9aae861b2938a8667f0105ca5";
  auto ends_with = [](const std::string& s, const std::string& t) {
    return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
  };

  // CreateDBInstance with all 62 fields: flattened through buffers each
  // thread keeps between signatures (detail/request_encoding.hpp). Expected:
  // tests/data/derived/generated_full.json, case create_db_instance, signed
  // by the independent Python signer with these inputs.
  const auto every_field = rdscodec_test::create_db_instance_every_field();
  rdscodec::v2::options full_v2;
  full_v2.timestamp = "2023-03-13T08:34:30Z";
  full_v2.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  full_v2.method = rdscodec::http_method::post;
  rdscodec::v3::options full_v3;
  full_v3.timestamp = full_v2.timestamp;
  full_v3.nonce = full_v2.nonce;
  full_v3.method = rdscodec::http_method::post;
  const std::string full_v2_tail = "&Signature=FEqiNCbn%2FkrF0fMy%2Fl4cCD8JY78%3D";
  const std::string full_v3_sig = "Signature=5cce421be53fb372c22be092b843a9d5c84358a68be124b39a242c26cb9cd2c1";

  constexpr int threads = 8, rounds = 200;
  std::atomic<int> wrong{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      rdscodec::http_request a, b, c, d;  // each thread keeps its own outputs
      for (int i = 0; i < rounds; ++i) {
        if (!rdscodec::v2::sign(every_field, shared, full_v2, d) || !ends_with(d.query, full_v2_tail)) ++wrong;
        if (!rdscodec::v3::sign(every_field, shared, full_v3, d) ||
            !ends_with(*d.find_header("Authorization"), full_v3_sig))
          ++wrong;
        if (!rdscodec::v2::sign(req, shared, v2o, a) || !ends_with(a.query, v2_tail)) ++wrong;
        if (!rdscodec::v3::sign(req, shared, v3o, b) || !ends_with(*b.find_header("Authorization"), v3_sig)) ++wrong;
        if (!rdscodec::v3::sign(req, shared, sm3o, c) || !ends_with(*c.find_header("Authorization"), sm3_sig)) ++wrong;
      }
    });
  }
  for (auto& th : pool) th.join();
  // Constructed after OpenSSL's first use, so that it is destroyed before
  // OpenSSL's own exit handler (atexit order) but, like every static, after
  // the main thread's thread_locals, the spare buffers among them.
  static signs_when_destroyed at_exit{"a static's destructor"};
  (void)&at_exit;
  const int total = threads * rounds * 5;
  std::printf("threads: %d passed, %d failed\n", total - wrong.load(), wrong.load());
  return wrong == 0 ? 0 : 1;
}
