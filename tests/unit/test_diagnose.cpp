#include <rdscodec/response/diagnose.hpp>
#include <rdscodec/response/response.hpp>
#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/rds/cancel_import.hpp>

#include "../vectors.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace {

std::string sample(const std::string& name) { return rdscodec_test::response_sample(name); }

}  // namespace

TEST_CASE("diagnosis of a real SignatureDoesNotMatch: Format=JSON vs json", "[diagnose]") {
  auto r = rdscodec::parse_response<rdscodec::cancel_import_request>(400, sample("error_signature_mismatch.json"));
  REQUIRE_FALSE(r);
  REQUIRE(r.error().service().code == "SignatureDoesNotMatch");

  // Our string-to-sign for the same call (parameters read off the gateway's
  // message). The caller in that issue sent Format=json; rdscodec sends JSON.
  rdscodec::generic_request req{"GetMainDomainName", "2015-01-09", {{"InputString", "jokor.vip"}}};
  rdscodec::credentials creds("LTAIlFW9Sddoh5pV", "unused-for-this-stage");
  rdscodec::v2::options o;
  o.timestamp = "2019-05-12T14:06:51Z";
  o.nonce = "217f3bb4-f3e6-4479-9bac-2bfa68122c54";
  auto ours = rdscodec::v2::string_to_sign(req, creds, o);
  REQUIRE(ours);

  const auto d = rdscodec::diagnose_signature_mismatch(r.error().service(), *ours);
  REQUIRE(d.server_string_found);
  CHECK(d.server_string_to_sign.rfind("POST&%2F&AccessKeyId%3DLTAIlFW9Sddoh5pV%26", 0) == 0);
  CHECK_FALSE(d.identical);
  // Worked out by hand: everything up to "Format%3D" is equal; then 'J' vs 'j'.
  CHECK(d.offset == ours->find("Format%3D") + 9);
  CHECK(d.part == "parameter value");
  CHECK(d.parameter == "Format");
  CHECK(d.text().find("in the parameter value of parameter Format") != std::string::npos);
}

TEST_CASE("diagnosis: method, names, separators, identical strings, V3, no string", "[diagnose]") {
  const std::string ours = "POST&%2F&AccessKeyId%3Did%26Action%3DCancelImport%26ImportId%3D1";
  auto diag = [&](const std::string& server) {
    return rdscodec::diagnose_signature_mismatch("server string to sign is:" + server, ours);
  };
  CHECK(diag("GET&%2F&AccessKeyId%3Did%26Action%3DCancelImport%26ImportId%3D1").part == "method");
  CHECK(diag("POST&%2Fx&AccessKeyId%3Did").part == "path");
  auto name = diag("POST&%2F&AccessKeyId%3Did%26Action%3DCancelImport%26Importid%3D1");
  CHECK(name.part == "parameter name");
  CHECK(name.parameter == "ImportId");
  auto value = diag("POST&%2F&AccessKeyId%3Did%26Action%3DCancelImport%26ImportId%3D2");
  CHECK(value.part == "parameter value");
  CHECK(value.parameter == "ImportId");
  CHECK(value.offset == ours.size() - 1);
  auto longer = diag(ours + "%26X%3D1");
  CHECK(longer.part == "separator");
  CHECK(longer.offset == ours.size());
  CHECK(diag(ours).identical);
  CHECK(diag(ours).text().find("secret") != std::string::npos);

  const auto v3 = rdscodec::diagnose_signature_mismatch(
      "Specified signature does not match our calculation. server StringToSign is [ACS3-HMAC-SHA256\nabc]",
      "ACS3-HMAC-SHA256\nabd");
  REQUIRE(v3.server_string_found);
  CHECK(v3.server_string_to_sign == "ACS3-HMAC-SHA256\nabc");
  CHECK(v3.part == "canonical request hash");
  CHECK(v3.offset == 19);

  const auto none = rdscodec::diagnose_signature_mismatch("Specified signature is not matched with our calculation.", ours);
  CHECK_FALSE(none.server_string_found);
}
