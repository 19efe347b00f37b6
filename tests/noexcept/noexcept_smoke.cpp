// Built with -fno-exceptions: every public header must compile that way, and
// the signing path must work. Not a Catch2 test (Catch2 needs exceptions).
#include <rdscodec.hpp>
#include <rdscodec/rds/cancel_import.hpp>

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
  // The stage templates and V3 instantiate too.
  auto cq = rdscodec::v2::canonical_query(req, creds, opts);
  check(cq && rdscodec::v2::string_to_sign(opts.method, *cq) == *rdscodec::v2::string_to_sign(req, creds, opts),
        "V2 stages agree");
  rdscodec::v3::options v3o;
  v3o.endpoint = "ecs.cn-shanghai.aliyuncs.com";
  v3o.timestamp = "2023-10-26T10:22:32Z";
  v3o.nonce = "3156853299f313e23d1673dc12e1703d";
  const rdscodec::credentials doc_creds("YourAccessKeyId", "YourAccessKeySecret");
  rdscodec::generic_request run{"RunInstances", "2014-05-26",
                                {{"ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"},
                                 {"RegionId", "cn-shanghai"}}};
  auto v3out = rdscodec::v3::sign(run, doc_creds, v3o);  // signing-v3.json, v3-doc-runinstances
  check(v3out && v3out->find_header("Authorization") != nullptr &&
            v3out->find_header("Authorization")->find(
                "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0") != std::string::npos,
        "V3 signature matches the documentation");
  auto trace = rdscodec::v3::explain(run, doc_creds, v3o);
  check(trace && !trace->text().empty(), "explain works");
  // Errors are values, not exceptions.
  rdscodec::cancel_import_request bad;
  auto err = rdscodec::v2::sign(bad, creds, opts);
  check(!err && err.error() == rdscodec::errc::missing_required_field, "validation error is returned");
  std::printf("noexcept smoke: %s\n", failures == 0 ? "1 passed, 0 failed" : "failed");
  return failures == 0 ? 0 : 1;
}
