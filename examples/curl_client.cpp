// A libcurl client: signs a CancelImport (or any RPC call) with rdscodec,
// sends it, and decodes the answer as the response of the action called,
// for every RDS operation (the tools' table, tools/any_operation/).
//
//   curl_client --endpoint HOST[:PORT] [--scheme http] [--signature v3|v2] [--sm3] [--method GET|POST]
//               [--placement query|form] [--format json|xml]
//               (--db-instance-id ID --import-id N | --action A --version V [--param Name=Value]...)
//               [--timestamp T] [--nonce N]
//
// Credentials from ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN.
// Prints the body's format ("Body: json|xml"), then on success one
// "Name: value" line per value of the response, as `rdscodec parse` prints
// them ("RequestId: ...", nested values as Items[0].ImportId), or
// "service error: HTTP <status> <Code> (<class>)". The answer to an action
// that is no RDS operation is printed as it came, undecoded.
// Exit status: 0 success, 1 malformed answer, 2 usage, 3 transport failure, 10 + class for a service error.
#include <rdscodec.hpp>
#include <rdscodec/rds/cancel_import.hpp>

#include "any_operation/any_operation.hpp"
#include "any_operation/terminal.hpp"

#include <CLI/CLI.hpp>
#include <curl/curl.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace {

std::size_t collect(char* data, std::size_t size, std::size_t n, void* user) {
  static_cast<std::string*>(user)->append(data, size * n);
  return size * n;
}

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? v : "";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Sign with rdscodec, send with libcurl, decode with rdscodec"};
  std::string endpoint, scheme = "https", signature = "v3", method = "POST", placement = "query", format = "json";
  std::string db_instance_id, action, version, timestamp, nonce;
  std::int64_t import_id = -1;
  std::vector<std::string> params;
  bool sm3 = false;
  app.add_option("--endpoint", endpoint, "host[:port]")->required();
  app.add_option("--scheme", scheme)->check(CLI::IsMember({"https", "http"}));
  app.add_option("--signature", signature)->check(CLI::IsMember({"v3", "v2"}));
  app.add_flag("--sm3", sm3, "V3 with ACS3-HMAC-SM3");
  app.add_option("--method", method)->check(CLI::IsMember({"POST", "GET"}));
  app.add_option("--placement", placement)->check(CLI::IsMember({"query", "form"}));
  app.add_option("--format", format, "Response format to ask for")->check(CLI::IsMember({"json", "xml"}));
  app.add_option("--db-instance-id", db_instance_id);
  app.add_option("--import-id", import_id);
  app.add_option("--action", action, "Generic request instead of CancelImport");
  app.add_option("--version", version);
  app.add_option("--param", params, "Name=Value of a generic request (repeatable)");
  app.add_option("--timestamp", timestamp);
  app.add_option("--nonce", nonce);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int shown = app.exit(e);  // prints the help, or the error and a hint
    return shown == 0 ? 0 : 2;      // the documented usage status, not CLI11's own codes
  }

  const std::string id = env("ALIBABA_CLOUD_ACCESS_KEY_ID"), secret = env("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
  if (id.empty() || secret.empty()) {
    std::fprintf(stderr, "curl_client: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET\n");
    return 2;
  }
  const rdscodec::credentials creds(id, secret, env("ALIBABA_CLOUD_SECURITY_TOKEN"));

  rdscodec::signing_options common;
  common.method = method == "GET" ? rdscodec::http_method::get : rdscodec::http_method::post;
  common.fields = placement == "form" ? rdscodec::placement::form : rdscodec::placement::query;
  common.endpoint = endpoint;
  common.scheme = scheme == "http" ? rdscodec::url_scheme::http : rdscodec::url_scheme::https;
  common.timestamp = timestamp;
  common.nonce = nonce;
  const auto wanted = format == "xml" ? rdscodec::response_format::xml : rdscodec::response_format::json;

  rdscodec::http_request request;
  auto sign = [&](const auto& req) -> rdscodec::result<void> {
    if (signature == "v2") {
      rdscodec::v2::options o;
      static_cast<rdscodec::signing_options&>(o) = common;
      o.format = wanted;
      return rdscodec::v2::sign(req, creds, o, request);
    }
    rdscodec::v3::options o;
    static_cast<rdscodec::signing_options&>(o) = common;
    o.alg = sm3 ? rdscodec::v3::algorithm::acs3_hmac_sm3 : rdscodec::v3::algorithm::acs3_hmac_sha256;
    return rdscodec::v3::sign(req, creds, o, request);
  };
  rdscodec::result<void> signed_ok;
  if (!action.empty()) {
    rdscodec::generic_request g{action, version, {}};
    for (const auto& p : params) {
      const auto eq = p.find('=');
      g.parameters.push_back({p.substr(0, eq), eq == std::string::npos ? "" : p.substr(eq + 1)});
    }
    signed_ok = sign(g);
  } else {
    rdscodec::cancel_import_request req;
    req.db_instance_id = db_instance_id;
    req.import_id = import_id;
    signed_ok = sign(req);
  }
  if (!signed_ok) {
    std::fprintf(stderr, "curl_client: cannot sign: %s\n", signed_ok.error().message().c_str());
    return 2;
  }

  // Send exactly what rdscodec produced.
  curl_global_init(CURL_GLOBAL_DEFAULT);
  CURL* curl = curl_easy_init();
  std::string body;
  curl_slist* headers = nullptr;
  for (const auto& h : request.headers) headers = curl_slist_append(headers, (h.name + ": " + h.value).c_str());
  if (wanted == rdscodec::response_format::xml) headers = curl_slist_append(headers, "Accept: application/xml");
  headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip
  const std::string url = request.url();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, std::string(rdscodec::to_string(request.method)).c_str());
  if (request.method == rdscodec::http_method::post) {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body.size()));
  }
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 20L);
  const CURLcode sent = curl_easy_perform(curl);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  curl_global_cleanup();
  if (sent != CURLE_OK) {
    std::fprintf(stderr, "curl_client: %s\n", curl_easy_strerror(sent));
    return 3;
  }

  const auto first = body.find_first_not_of(" \t\r\n");
  std::printf("Body: %s\n", first == std::string::npos ? "empty" : body[first] == '<' ? "xml" : "json");
  // The answer's type follows the action that was called.
  const int code = static_cast<int>(status);
  const std::string called = action.empty() ? std::string("CancelImport") : action;
  const any_operation::entry* op = any_operation::find(called);
  if (op == nullptr) {
    std::printf("HTTP %d, not decoded (%s is not an RDS operation)\n%s\n", code, terminal::text(called).c_str(),
                terminal::text(body, true).c_str());
    return code >= 200 && code < 300 ? 0 : 1;
  }
  auto r = op->parse_response(code, body, std::nullopt, any_operation::print_options{});
  if (r) {
    std::fputs(r->c_str(), stdout);
    return 0;
  }
  if (r.error().is_service_error()) {
    const auto& e = r.error().service();
    std::printf("service error: HTTP %d %s (%s)\nMessage: %s\n", e.http_status, terminal::text(e.code).c_str(),
                std::string(rdscodec::to_string(e.category())).c_str(), terminal::text(e.message).c_str());
    return 10 + static_cast<int>(e.category());
  }
  std::printf("malformed answer: %s\n", terminal::text(r.error().message()).c_str());
  return 1;
}
