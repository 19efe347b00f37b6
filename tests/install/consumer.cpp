// Consumer program built by the three packaging tests (find_package after
// install, add_subdirectory, pkg-config). It uses each dependency the
// package must bring — OpenSSL (signing), simdjson (JSON responses), pugixml
// (XML responses) — so a missing link fails here.
#include <rdscodec.hpp>
#include <rdscodec/rds/cancel_import.hpp>

#include <cstdio>
#include <string>

int main() {
  // The V2 documentation example (tests/data/vectors/signing-v2.json,
  // v2-doc-describededicatedhosts).
  const rdscodec::credentials creds("testid", "testsecret");
  const rdscodec::generic_request req{"DescribeDedicatedHosts", "2014-05-26", {{"RegionId", "cn-beijing"}}};
  rdscodec::v2::options opts;
  opts.method = rdscodec::http_method::get;
  opts.timestamp = "2023-03-13T08:34:30Z";
  opts.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  auto out = rdscodec::v2::sign(req, creds, opts);
  if (!out) {
    std::printf("install consumer: sign failed: %s\n", out.error().message().c_str());
    return 1;
  }
  const std::string expected = "&Signature=9NaGiOspFP5UPcwX8Iwt2YJXXuk%3D";
  if (out->query.size() < expected.size() ||
      out->query.compare(out->query.size() - expected.size(), expected.size(), expected) != 0) {
    std::printf("install consumer: unexpected query %s\n", out->query.c_str());
    return 1;
  }
  rdscodec::response_parser parser;
  auto json = parser.parse<rdscodec::cancel_import_request>(200, R"({"RequestId":"json-id"})");
  auto xml = parser.parse<rdscodec::cancel_import_request>(
      200, "<CancelImportResponse><RequestId>xml-id</RequestId></CancelImportResponse>");
  if (!json || json->request_id != "json-id" || !xml || xml->request_id != "xml-id") {
    std::printf("install consumer: response parsing failed\n");
    return 1;
  }
  std::printf("install consumer: OK (rdscodec %s)\n", RDSCODEC_VERSION_STRING);
  return 0;
}
