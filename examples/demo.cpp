// rdscodec demo: sign the API reference's CancelImport example with
// signature V2 and print every stage. Runs offline; nothing is sent.
//
// The inputs are fixed so that the output is reproducible: the documentation's
// test AccessKey pair ("testid" and a test secret, which is never printed),
// a fixed timestamp and a fixed nonce. Real code leaves timestamp and nonce
// empty to get the system clock and 16 random bytes.
#include <rdscodec.hpp>

#include <cstdio>
#include <string>

namespace {

void print_section(const char* title, std::string_view text) {
  std::printf("%s\n  %.*s\n\n", title, static_cast<int>(text.size()), text.data());
}

int fail(const char* stage, const rdscodec::error& e) {
  std::fprintf(stderr, "rdscodec demo: %s failed: %s\n", stage, e.message().c_str());
  return 1;
}

}  // namespace

int main() {
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
  return 0;
}
