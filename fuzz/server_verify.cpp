// Fuzz target: signature verification. A request signed by rdscodec (fields,
// version, method, placement chosen by the fuzzer) must verify and decode
// back to itself. Then:
//  - one character of its signature changed (within the signature's own
//    alphabet) is always refused with SignatureDoesNotMatch;
//  - one fuzzer-chosen byte of its query, body or a header changed is refused,
//    unless the change is only a different spelling of the same bytes: a V2
//    request whose decoded parameters (the Signature included) are all
//    unchanged, or a V3 request changed in its query only, whose decoded
//    query items are unchanged (percent-encoding's hex case, say). A V3 body
//    or header change is never accepted;
//  - a V3 signed header sent twice is refused.
// Verification never crashes on any input.
#include "common.hpp"

#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/server/server_request.hpp>
#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/request/sign_v3.hpp>
#include <rdscodec/server/verify.hpp>

#include <string>
#include <vector>

namespace {

// The name=value items of a form-encoded text, decoded (false when one is
// not decodable); the order kept.
bool items_of(std::string_view text, std::vector<rdscodec::parameter>& out) {
  return static_cast<bool>(rdscodec::detail::add_form_items(text, out));
}

bool same_items(std::string_view a, std::string_view b) {
  std::vector<rdscodec::parameter> x, y;
  if (!items_of(a, x) || !items_of(b, y) || x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x[i].name != y[i].name || x[i].value != y[i].value) return false;
  return true;
}

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

    // One character of the signature changed, within its alphabet.
    {
      rdscodec::http_request changed = signed_request;
      std::string* holder = nullptr;
      std::size_t from = 0, len = 0;
      const std::string_view b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      std::string_view alphabet = "0123456789abcdef";
      if (v3) {
        holder = &changed.headers.back().value;  // Authorization comes last
        from = holder->rfind("Signature=") + 10;
        len = holder->size() - from;
      } else {
        // Letters and digits only: '+', '/' and '=' are percent-encoded on the wire.
        alphabet = b64;
        holder = changed.query.find("Signature=") != std::string::npos ? &changed.query : &changed.body;
        from = holder->find("Signature=") + 10;
        len = holder->find('&', from) == std::string::npos ? holder->size() - from : holder->find('&', from) - from;
      }
      FUZZ_CHECK(len > 0);
      const std::size_t at = from + in.byte() % len;
      const std::size_t pos = alphabet.find((*holder)[at]);
      const bool in_escape = (*holder)[at - 1] == '%' || (*holder)[at - 2] == '%';  // at >= 10
      if (pos != std::string_view::npos && !in_escape) {
        (*holder)[at] = alphabet[(pos + 1 + in.byte() % (alphabet.size() - 1)) % alphabet.size()];
        auto r = rdscodec::verify_request(rdscodec::view_of(changed), lookup, fixed_now());
        FUZZ_CHECK(!r && r.error().code == "SignatureDoesNotMatch");
      }
    }

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
        if (r) {  // only a re-spelling of the same bytes may pass
          if (v3) {
            FUZZ_CHECK(target == &tampered.query && same_items(tampered.query, signed_request.query));
          } else {
            auto before = rdscodec::parse_parameters(rdscodec::view_of(signed_request));
            auto after = rdscodec::parse_parameters(rdscodec::view_of(tampered));
            FUZZ_CHECK(before && after && before->size() == after->size());
            for (std::size_t i = 0; i < before->size(); ++i)
              FUZZ_CHECK((*before)[i].name == (*after)[i].name && (*before)[i].value == (*after)[i].value);
          }
          auto again = rdscodec::decode_request<rdscodec::cancel_import_request>(r->parameters);
          FUZZ_CHECK(again && again->db_instance_id == req.db_instance_id && again->import_id == req.import_id &&
                     again->owner_account == req.owner_account);
        } else {
          FUZZ_CHECK(!r.error().code.empty() && r.error().http_status >= 400);
        }
      }
    }

    // A V3 signed header sent twice (same value, or the value cut in two).
    if (v3 && signed_request.headers.size() > 1) {
      rdscodec::http_request doubled = signed_request;
      const auto& h = doubled.headers[in.byte() % (doubled.headers.size() - 1)];  // not Authorization
      rdscodec::http_header extra = h;
      if (in.flag() && extra.value.size() > 1) {
        const std::size_t cut = 1 + in.byte() % (extra.value.size() - 1);
        doubled.headers[&h - doubled.headers.data()].value.resize(cut);
        extra.value.erase(0, cut);
      }
      doubled.headers.insert(doubled.headers.begin() + static_cast<std::ptrdiff_t>(in.byte() % doubled.headers.size()),
                             extra);
      auto r = rdscodec::verify_request(rdscodec::view_of(doubled), lookup, fixed_now());
      FUZZ_CHECK(!r && r.error().code == "IncompleteSignature");
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
