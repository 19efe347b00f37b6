// `rdscodec demo`: sign the API reference's CancelImport example with
// signature V2 and print every stage, then decode the API reference's two
// sample responses and a documented error body. Runs offline; nothing is sent.
//
// The inputs are fixed so that the output is reproducible: the documentation's
// test AccessKey pair ("testid" and a test secret, which is never printed),
// a fixed timestamp and a fixed nonce. Real code leaves timestamp and nonce
// empty to get the system clock and 16 random bytes.
#include "cli.hpp"

#include <rdscodec/rds/cancel_import.hpp>

#include <cstdio>
#include <string>

namespace cli {
namespace {

void print_section(const char* title, std::string_view text) {
  std::printf("%s\n  %.*s\n\n", title, static_cast<int>(text.size()), text.data());
}

int fail(const char* stage, const rdscodec::error& e) {
  std::fprintf(stderr, "rdscodec demo: %s failed: %s\n", stage, e.message().c_str());
  return exit_malformed;
}

}  // namespace

int run_demo() {
  // The request, as the API reference's example has it.
  rdscodec::cancel_import_request req;
  req.db_instance_id = "rm-uf6wjk5xxxxxxx";
  req.import_id = 8562584;

  const rdscodec::credentials creds("testid", "testsecret");

  rdscodec::v2::options opts;  // POST, parameters in the query, Format=JSON
  opts.timestamp = "2023-03-13T08:34:30Z";
  opts.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";

  std::printf("rdscodec %s demo: CancelImport (RDS 2014-08-15), signature V2 (HMAC-SHA1)\n", RDSCODEC_VERSION_STRING);
  std::printf("  DBInstanceId=%s ImportId=%lld AccessKeyId=%.*s\n  Timestamp=%.*s SignatureNonce=%.*s\n\n",
              req.db_instance_id.c_str(), static_cast<long long>(req.import_id),
              static_cast<int>(creds.access_key_id().size()), creds.access_key_id().data(),
              static_cast<int>(opts.timestamp.size()), opts.timestamp.data(), static_cast<int>(opts.nonce.size()),
              opts.nonce.data());

  // Stage 1: every parameter, sorted by name, percent-encoded.
  auto canonical = rdscodec::v2::canonical_query(req, creds, opts);
  if (!canonical) return fail("canonical query", canonical.error());
  print_section("1. Canonical query", *canonical);

  // Stage 2: METHOD&%2F& + the canonical query encoded once more.
  const std::string sts = rdscodec::v2::string_to_sign(opts.method, *canonical);
  print_section("2. String to sign", sts);

  // Stage 3: Base64(HMAC-SHA1(secret + "&", string to sign)).
  auto signature = rdscodec::v2::signature(creds, sts);
  if (!signature) return fail("signature", signature.error());
  print_section("3. Signature", signature->view());

  // All at once: the request to hand to an HTTP client.
  auto signed_request = rdscodec::v2::sign(req, creds, opts);
  if (!signed_request) return fail("sign", signed_request.error());
  const std::string method(rdscodec::to_string(signed_request->method));
  print_section(("4. Signed request: " + method + " (empty body)").c_str(), signed_request->url());

  // The answers: the API reference's samples, and an error from the docs.
  struct sample {
    const char* title;
    int status;
    const char* body;
  };
  const sample samples[] = {
      {"5. Response, XML sample (HTTP 200)", 200,
       "<CancelImportResponse>\n         <RequestId>17F57FEE-EA4F-4337-8D2E-9C23CAA63D74</RequestId>\n"
       "</CancelImportResponse>"},
      {"6. Response, JSON sample (HTTP 200)", 200, "{\n\t\"RequestId\":\" 17F57FEE-EA4F-4337-8D2E-9C23CAA63D74\"\n}"},
      {"7. Response, error sample (HTTP 400)", 400,
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n<RequestId>8906582E-6722-409A-A6C4-0E7863B733A5</RequestId>\n"
       "<HostId>ess.aliyuncs.com</HostId>\n<Code>UnsupportedOperation</Code>\n"
       "<Message>The specified action is not supported.</Message>\n</Error>"},
  };
  rdscodec::response_parser parser;
  for (const auto& s : samples) {
    auto r = parser.parse<rdscodec::cancel_import_request>(s.status, s.body);
    std::string line;
    if (r) {
      line = "success: RequestId=\"" + r->request_id + "\"";
    } else if (r.error().is_service_error()) {
      const auto& e = r.error().service();
      line = "service error: Code=" + e.code + " class=" + std::string(rdscodec::to_string(e.category())) +
             " retryable=" + (e.retryable() ? "yes" : "no") + " RequestId=" + e.request_id;
    } else {
      return fail("parse", rdscodec::error(r.error().value()));
    }
    print_section(s.title, line);
  }
  return 0;
}

}  // namespace cli
