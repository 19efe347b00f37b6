// Fuzz target: signature verification. A request signed by rdscodec (fields,
// version, method, placement chosen by the fuzzer) must verify and decode
// back to itself; with one fuzzer-chosen byte of its query, body or a header
// changed it must be refused — unless the change keeps its meaning (then it
// decodes to the same parameters). Verification never crashes on any input.
#include "common.hpp"

#include <rdscodec/ops/cancel_import.hpp>
#include <rdscodec/server_request.hpp>
#include <rdscodec/sign_v2.hpp>
#include <rdscodec/sign_v3.hpp>
#include <rdscodec/verify.hpp>

#include <string>

namespace {

const rdscodec::credentials& key() {
  static const rdscodec::credentials k("testid", "testsecret", "CAIS-token");
  return k;
}

rdscodec::verify_options fixed_now() {
  rdscodec::verify_options o;
  o.now = std::chrono::system_clock::time_point(std::chrono::seconds(1678696470));  // 2023-03-13T08:34:30Z
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::bytes in(data, size);
  rdscodec::cancel_import_request req;
  req.db_instance_id = in.str(24);
  req.import_id = static_cast<std::int64_t>(in.u64() >> 1);
  if (in.flag()) req.owner_account = in.str(24);
  const bool v3 = in.flag();
  rdscodec::signing_options common;
  common.method = in.flag() ? rdscodec::http_method::get : rdscodec::http_method::post;
  common.fields = common.method == rdscodec::http_method::post && in.flag() ? rdscodec::placement::form
                                                                            : rdscodec::placement::query;
  common.timestamp = "2023-03-13T08:34:30Z";
  common.nonce = "fuzz-nonce";
  rdscodec::http_request signed_request;
  rdscodec::result<void> signed_ok;
  if (v3) {
    rdscodec::v3::options o;
    static_cast<rdscodec::signing_options&>(o) = common;
    o.alg = in.flag() ? rdscodec::v3::algorithm::acs3_hmac_sm3 : rdscodec::v3::algorithm::acs3_hmac_sha256;
    signed_ok = rdscodec::v3::sign(req, key(), o, signed_request);
  } else {
    rdscodec::v2::options o;
    static_cast<rdscodec::signing_options&>(o) = common;
    signed_ok = rdscodec::v2::sign(req, key(), o, signed_request);
  }
  const auto lookup = [](std::string_view id) { return id == "testid" ? &key() : nullptr; };

  if (signed_ok) {
    auto ok = rdscodec::verify_request(rdscodec::view_of(signed_request), lookup, fixed_now());
    FUZZ_CHECK(ok);
    auto back = rdscodec::decode_request<rdscodec::cancel_import_request>(ok->parameters);
    FUZZ_CHECK(back && back->db_instance_id == req.db_instance_id && back->import_id == req.import_id &&
               back->owner_account == req.owner_account);

    // One byte changed somewhere that is signed.
    rdscodec::http_request tampered = signed_request;
    const std::uint8_t where = in.byte(), pos = in.byte(), value = in.byte();
    std::string* target = &tampered.query;
    if (where % 3 == 1) target = &tampered.body;
    if (where % 3 == 2 && !tampered.headers.empty()) target = &tampered.headers[pos % tampered.headers.size()].value;
    if (!target->empty()) {
      char& c = (*target)[pos % target->size()];
      if (static_cast<std::uint8_t>(c) != value) {
        c = static_cast<char>(value);
        auto r = rdscodec::verify_request(rdscodec::view_of(tampered), lookup, fixed_now());
        if (r) {  // only a change that decodes to the same parameters may pass
          auto again = rdscodec::decode_request<rdscodec::cancel_import_request>(r->parameters);
          FUZZ_CHECK(again && again->db_instance_id == req.db_instance_id && again->import_id == req.import_id &&
                     again->owner_account == req.owner_account);
        } else {
          FUZZ_CHECK(!r.error().code.empty() && r.error().http_status >= 400);
        }
      }
    }
  }

  // Arbitrary bytes as a request: never a crash, always a coded error or a valid result.
  rdscodec::incoming_request raw;
  const std::string method = in.flag() ? "GET" : "POST";
  const std::string query = in.str(128);
  const std::string auth = in.str(128);
  const std::string date = in.str(24);
  raw.method = method;
  raw.query = query;
  raw.headers = {{"Authorization", auth}, {"x-acs-date", date}, {"host", "h"}};
  const std::string body(in.rest());
  raw.body = body;
  auto any = rdscodec::verify_request(raw, lookup, fixed_now());
  if (!any) FUZZ_CHECK(!any.error().code.empty());
  return 0;
}
