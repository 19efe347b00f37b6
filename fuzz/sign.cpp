// Fuzz target: V2 and V3 signing of fuzzer-built generic requests with
// fuzzer-chosen credentials and options, fixed time and nonce. A success must
// be well formed, deterministic and agree with the staged functions; a
// failure must be one of the documented validation errors.
#include "common.hpp"

#include <rdscodec/sign_v2.hpp>
#include <rdscodec/sign_v3.hpp>

#include <string>

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

  auto v2 = rdscodec::v2::sign(req, creds, o2);
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
  return 0;
}
