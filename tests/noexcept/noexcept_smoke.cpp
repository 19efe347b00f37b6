// Built with -fno-exceptions: every public header must compile that way, and
// the signing path must work. Not a Catch2 test (Catch2 needs exceptions).
#include <rdscodec.hpp>

#include <cstdio>
#include <string>

int main() {
  int failures = 0;
  auto check = [&](bool ok, const char* what) {
    if (!ok) {
      std::printf("FAILED: %s\n", what);
      ++failures;
    }
  };
  // The V2 documentation example (signing-v2.json, v2-doc-describededicatedhosts).
  const rdscodec::credentials creds("testid", "testsecret");
  rdscodec::generic_request req{"DescribeDedicatedHosts", "2014-05-26", {{"RegionId", "cn-beijing"}}};
  rdscodec::v2::options opts;
  opts.method = rdscodec::http_method::get;
  opts.timestamp = "2023-03-13T08:34:30Z";
  opts.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  auto out = rdscodec::v2::sign(req, creds, opts);
  check(out.has_value(), "sign succeeds");
  if (out) {
    const std::string& q = out->query;
    const std::string tail = "&Signature=9NaGiOspFP5UPcwX8Iwt2YJXXuk%3D";
    check(q.size() > tail.size() && q.compare(q.size() - tail.size(), tail.size(), tail) == 0,
          "signature matches the documentation");
  }
  // Errors are values, not exceptions.
  rdscodec::cancel_import_request bad;
  auto err = rdscodec::v2::sign(bad, creds, opts);
  check(!err && err.error() == rdscodec::errc::missing_required_field, "validation error is returned");
  std::printf("noexcept smoke: %s\n", failures == 0 ? "1 passed, 0 failed" : "failed");
  return failures == 0 ? 0 : 1;
}
