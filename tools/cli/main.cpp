// rdscodec: sign, explain and parse Alibaba Cloud RDS API calls from a shell.
// Uses only the public rdscodec API. See the README's "Command-line tool"
// section for the manual.
#include "cli.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <algorithm>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

using cli::exit_code;

/// A usage error: one line, then the help of the command it concerns.
int usage_error(const CLI::App& app, const std::string& message) {
  std::cerr << "rdscodec: " << message << "\n\n" << app.help();
  return cli::exit_usage;
}

// ---- sign ------------------------------------------------------------------

struct sign_args {
  // what to sign
  std::string action, version;
  std::vector<std::string> params;
  std::string db_instance_id;
  std::int64_t import_id = 0;
  std::optional<std::int64_t> owner_id, resource_owner_id;
  std::optional<std::string> owner_account, resource_group_id, resource_owner_account;
  // how
  std::string signature = "v3";
  bool sm3 = false;
  std::string sm3_header = "x-acs-content-sha256";
  std::string method = "POST";
  std::string placement = "query";
  std::string format = "json";
  std::string region, endpoint, scheme = "https";
  std::string timestamp, nonce;
  std::string body, content_type;
  // credentials
  std::string profile, config;
  // output
  bool curl = false, explain = false, json = false;
};

template <class Request>
rdscodec::result<rdscodec::signing_trace> explain_request(const Request& req, const rdscodec::credentials& creds,
                                                          const sign_args& a, const std::string& region) {
  rdscodec::signing_options common;
  common.method = a.method == "GET" ? rdscodec::http_method::get : rdscodec::http_method::post;
  common.fields = a.placement == "form" ? rdscodec::placement::form : rdscodec::placement::query;
  common.region = region;
  common.endpoint = a.endpoint;
  common.scheme = a.scheme == "http" ? rdscodec::url_scheme::http : rdscodec::url_scheme::https;
  common.timestamp = a.timestamp;
  common.nonce = a.nonce;
  if (a.signature == "v2") {
    rdscodec::v2::options o;
    static_cast<rdscodec::signing_options&>(o) = common;
    o.format = a.format == "xml" ? rdscodec::response_format::xml : rdscodec::response_format::json;
    return rdscodec::v2::explain(req, creds, o);
  }
  rdscodec::v3::options o;
  static_cast<rdscodec::signing_options&>(o) = common;
  o.alg = a.sm3 ? rdscodec::v3::algorithm::acs3_hmac_sm3 : rdscodec::v3::algorithm::acs3_hmac_sha256;
  o.sm3_header = a.sm3_header == "x-acs-content-sm3" ? rdscodec::v3::sm3_payload_header::x_acs_content_sm3
                                                     : rdscodec::v3::sm3_payload_header::x_acs_content_sha256;
  o.body = a.body;
  o.content_type = a.content_type;
  return rdscodec::v3::explain(req, creds, o);
}

int run_sign(const CLI::App& cmd, const sign_args& a, bool cancel_import) {
  if (a.signature == "v2" && (a.sm3 || !a.body.empty()))
    return usage_error(cmd, "--sm3 and --body apply to signature v3 only");
  if (a.curl + a.explain + a.json > 1) return usage_error(cmd, "choose one of --curl, --explain, --json");
  std::string why;
  const auto values = cli::load_credentials(a.profile, a.config, why);
  if (!values) return usage_error(cmd, why);
  const rdscodec::credentials creds(values->access_key_id, values->access_key_secret, values->security_token);
  const std::string region = a.region.empty() ? values->region : a.region;

  rdscodec::result<rdscodec::signing_trace> trace = rdscodec::errc::invalid_operation;
  if (cancel_import) {
    rdscodec::cancel_import_request req;
    req.db_instance_id = a.db_instance_id;
    req.import_id = a.import_id;
    req.owner_id = a.owner_id;
    req.owner_account = a.owner_account;
    req.resource_group_id = a.resource_group_id;
    req.resource_owner_account = a.resource_owner_account;
    req.resource_owner_id = a.resource_owner_id;
    trace = explain_request(req, creds, a, region);
  } else {
    if (a.action.empty() || a.version.empty())
      return usage_error(cmd, "--action and --version are required (or use: rdscodec sign cancel-import)");
    rdscodec::generic_request req{a.action, a.version, {}};
    for (const auto& p : a.params) {
      const auto eq = p.find('=');
      if (eq == std::string::npos) return usage_error(cmd, "--param takes Name=Value, got: " + p);
      req.parameters.push_back({p.substr(0, eq), p.substr(eq + 1)});
    }
    trace = explain_request(req, creds, a, region);
  }
  if (!trace) return usage_error(cmd, "cannot sign: " + trace.error().message());
  if (a.json)
    std::cout << cli::trace_json(*trace);
  else if (a.explain)
    std::cout << trace->text();
  else if (a.curl)
    std::cout << cli::curl_command(trace->request);
  else
    std::cout << cli::request_text(trace->request);
  return cli::exit_ok;
}

// ---- parse -----------------------------------------------------------------

struct parse_args {
  std::string operation = "cancel-import";
  int status = 200;
  std::string format;
  std::string file;
  bool json = false;
  std::string diagnose;  // our string-to-sign, or @FILE
};

template <class Op>
int print_parsed(const parse_args& a, const std::string& body, std::optional<rdscodec::response_format> format,
                 const std::string& ours);

/// Reads at most `limit` bytes (one more than the parser accepts is enough
/// to refuse a body as too large without holding all of it).
bool read_all(const std::string& file, std::string& out, std::size_t limit = (std::size_t{1} << 20) + 1) {
  std::ifstream f;
  std::istream* in = &std::cin;
  if (!file.empty() && file != "-") {
    f.open(file, std::ios::binary);
    if (!f) return false;
    in = &f;
  }
  out.clear();
  char buf[65536];
  while (out.size() < limit && in->read(buf, static_cast<std::streamsize>(std::min(sizeof buf, limit - out.size())))) {
    out.append(buf, static_cast<std::size_t>(in->gcount()));
  }
  if (out.size() < limit) out.append(buf, static_cast<std::size_t>(in->gcount()));
  return true;
}

int run_parse(const CLI::App& cmd, const parse_args& a) {
  std::string body;
  if (!read_all(a.file, body)) {
    std::cerr << "rdscodec: cannot read " << a.file << "\n";
    return cli::exit_io;
  }
  std::string ours = a.diagnose;
  if (!ours.empty() && ours[0] == '@') {
    if (!read_all(ours.substr(1), ours)) {
      std::cerr << "rdscodec: cannot read " << a.diagnose.substr(1) << "\n";
      return cli::exit_io;
    }
    while (!ours.empty() && (ours.back() == '\n' || ours.back() == '\r')) ours.pop_back();
  }
  std::optional<rdscodec::response_format> format;
  if (a.format == "json") format = rdscodec::response_format::json;
  if (a.format == "xml") format = rdscodec::response_format::xml;
  (void)cmd;

  if (a.operation == "import-database-between-instances")
    return print_parsed<rdscodec::import_database_between_instances_request>(a, body, format, ours);
  if (a.operation == "describe-imports-for-sql-server")
    return print_parsed<rdscodec::describe_imports_for_sql_server_request>(a, body, format, ours);
  return print_parsed<rdscodec::cancel_import_request>(a, body, format, ours);
}

/// "Name: value" per set field; list items as Name[i].Field.
template <class Tuple, class Object>
void print_fields(std::string& out, const std::string& prefix, const Tuple& fields, const Object& obj) {
  std::apply(
      [&](const auto&... fd) {
        auto one = [&](const auto& field) {
          using fd_t = std::decay_t<decltype(field)>;
          const auto& member = obj.*(fd_t::member);
          if constexpr (fd_t::is_list) {
            for (std::size_t i = 0; i < member.size(); ++i)
              print_fields(out, prefix + std::string(field.name) + "[" + std::to_string(i) + "].",
                           rdscodec::item_traits<typename fd_t::item_type>::fields, member[i]);
          } else {
            using V = typename fd_t::value_type;
            const V* v = rdscodec::detail::set_value<fd_t>(member);
            if (v == nullptr) return;
            out += prefix + std::string(field.name) + ": ";
            if constexpr (std::is_same_v<V, std::string>) {
              out += *v;
            } else if constexpr (std::is_same_v<V, bool>) {
              out += *v ? "true" : "false";
            } else {
              out += std::to_string(*v);
            }
            out += '\n';
          }
        };
        (one(fd), ...);
      },
      fields);
}

template <class Op>
int print_parsed(const parse_args& a, const std::string& body, std::optional<rdscodec::response_format> format,
                 const std::string& ours) {
  rdscodec::response_parser parser;
  auto r = parser.parse<Op>(a.status, body, format);
  std::string out;
  int code = cli::exit_ok;
  if (r) {
    if (a.json) {
      out = "{\"ok\":true,\"response\":" + rdscodec::write_response<Op>(*r, rdscodec::response_format::json) + "}\n";
    } else {
      print_fields(out, "", rdscodec::operation_traits<Op>::response_fields, *r);
    }
  } else if (r.error().is_service_error()) {
    const auto& e = r.error().service();
    code = cli::exit_api_error + static_cast<int>(e.category());
    if (a.json) {
      out = "{\"ok\":false,\"service_error\":{\"http_status\":" + std::to_string(e.http_status) +
            ",\"code\":" + cli::json_string(e.code) + ",\"message\":" + cli::json_string(e.message) +
            ",\"request_id\":" + cli::json_string(e.request_id) + ",\"host_id\":" + cli::json_string(e.host_id) +
            ",\"recommend\":" + cli::json_string(e.recommend) + ",\"access_denied_detail\":" +
            cli::json_string(e.access_denied_detail) + ",\"class\":" +
            cli::json_string(rdscodec::to_string(e.category())) + ",\"retryable\":" +
            (e.retryable() ? "true" : "false") + "}}\n";
    } else {
      out = "service error: HTTP " + std::to_string(e.http_status) + " " + e.code + " (" +
            std::string(rdscodec::to_string(e.category())) + (e.retryable() ? ", retryable" : "") + ")\n";
      if (!e.message.empty()) out += "Message: " + e.message + "\n";
      if (!e.request_id.empty()) out += "RequestId: " + e.request_id + "\n";
      if (!e.host_id.empty()) out += "HostId: " + e.host_id + "\n";
      if (!e.recommend.empty()) out += "Recommend: " + e.recommend + "\n";
      if (!e.access_denied_detail.empty()) out += "AccessDeniedDetail: " + e.access_denied_detail + "\n";
    }
    if (!ours.empty()) {
      const auto d = rdscodec::diagnose_signature_mismatch(e, ours);
      if (a.json) {
        out.pop_back();  // newline
        out.pop_back();  // closing brace
        out += ",\"diagnosis\":" + cli::json_string(d.text()) + "}\n";
      } else {
        out += "diagnosis: " + d.text() + "\n";
      }
    }
  } else {
    code = cli::exit_malformed;
    const auto& e = r.error();
    if (a.json) {
      out = "{\"ok\":false,\"malformed\":{\"http_status\":" + std::to_string(e.http_status()) +
            ",\"error\":" + cli::json_string(rdscodec::to_string(e.value())) +
            ",\"message\":" + cli::json_string(e.message()) + ",\"field\":" + cli::json_string(e.field()) +
            ",\"offset\":" + (e.offset() == rdscodec::error::npos ? std::string("null") : std::to_string(e.offset())) +
            "}}\n";
    } else {
      out = "malformed response: " + e.message() + "\n";
    }
  }
  std::cout << out;
  return code;
}

/// The deepest subcommand the command line reached, for its help text.
const CLI::App* deepest(const CLI::App& app) {
  const CLI::App* a = &app;
  for (;;) {
    auto subs = a->get_subcommands();
    if (subs.empty()) return a;
    a = subs.front();
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"rdscodec " RDSCODEC_VERSION_STRING
               ": sign and decode Alibaba Cloud RDS API calls (CancelImport, or any RPC action)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", RDSCODEC_VERSION_STRING);

  // sign
  sign_args s;
  auto* sign = app.add_subcommand("sign", "Sign a request and print it (default), as curl, explained, or as JSON");
  sign->add_option("--action", s.action, "RPC action of a generic request, e.g. DescribeRegions");
  sign->add_option("--version", s.version, "API version of a generic request, e.g. 2014-08-15");
  sign->add_option("--param", s.params, "Request parameter Name=Value (repeatable)");
  sign->add_option("--signature", s.signature, "Signature version")->check(CLI::IsMember({"v3", "v2"}))->capture_default_str();
  sign->add_flag("--sm3", s.sm3, "V3: sign with ACS3-HMAC-SM3 instead of ACS3-HMAC-SHA256");
  sign->add_option("--sm3-header", s.sm3_header, "V3 SM3: name of the payload hash header")
      ->check(CLI::IsMember({"x-acs-content-sha256", "x-acs-content-sm3"}))
      ->capture_default_str();
  sign->add_option("--method", s.method, "HTTP method")->check(CLI::IsMember({"POST", "GET"}))->capture_default_str();
  sign->add_option("--placement", s.placement, "Where the operation's fields go (form: a POST body)")
      ->check(CLI::IsMember({"query", "form"}))
      ->capture_default_str();
  sign->add_option("--format", s.format, "V2: response Format to ask for")
      ->check(CLI::IsMember({"json", "xml"}))
      ->capture_default_str();
  sign->add_option("--region", s.region, "Region id; chooses the endpoint (default: the profile's, else central)");
  sign->add_option("--endpoint", s.endpoint, "Explicit host[:port]; wins over --region");
  sign->add_option("--scheme", s.scheme, "URL scheme")->check(CLI::IsMember({"https", "http"}))->capture_default_str();
  sign->add_option("--timestamp", s.timestamp, "Fixed timestamp YYYY-MM-DDThh:mm:ssZ (default: now)");
  sign->add_option("--nonce", s.nonce, "Fixed nonce (default: 16 random bytes as hex)");
  sign->add_option("--body", s.body, "V3: raw body to send and sign (needs --content-type)");
  sign->add_option("--content-type", s.content_type, "V3: the body's media type");
  sign->add_option("--profile", s.profile, "Profile of the aliyun CLI config (modes AK, StsToken)");
  sign->add_option("--config", s.config, "aliyun CLI config file (default: ~/.aliyun/config.json)");
  sign->add_flag("--curl", s.curl, "Print a curl command that sends the request");
  sign->add_flag("--explain", s.explain, "Print every signing stage");
  sign->add_flag("--json", s.json, "Print the stages and the request as one JSON object");

  auto* ci = sign->add_subcommand("cancel-import", "Sign CancelImport (RDS 2014-08-15)");
  ci->fallthrough();  // signing options may follow the subcommand
  ci->footer("Signing, credential and output options: rdscodec sign --help");
  ci->add_option("--db-instance-id", s.db_instance_id, "DBInstanceId, e.g. rm-uf6wjk5xxxxxxx")->required();
  ci->add_option("--import-id", s.import_id, "ImportId (from ImportDatabaseBetweenInstances)")->required();
  ci->add_option("--owner-id", s.owner_id, "OwnerId");
  ci->add_option("--owner-account", s.owner_account, "OwnerAccount");
  ci->add_option("--resource-group-id", s.resource_group_id, "ResourceGroupId");
  ci->add_option("--resource-owner-account", s.resource_owner_account, "ResourceOwnerAccount");
  ci->add_option("--resource-owner-id", s.resource_owner_id, "ResourceOwnerId");

  // parse
  parse_args p;
  auto* parse = app.add_subcommand("parse", "Decode a response body (stdin or FILE): the result or the classified error");
  parse->add_option("--operation", p.operation, "The operation the response answers")
      ->check(CLI::IsMember({"cancel-import", "import-database-between-instances", "describe-imports-for-sql-server"}))
      ->capture_default_str();
  parse->add_option("--status", p.status, "HTTP status of the response")->capture_default_str()->check(CLI::Range(0, 999));
  parse->add_option("--format", p.format, "Parse as this format instead of detecting it")
      ->check(CLI::IsMember({"json", "xml"}));
  parse->add_option("file", p.file, "Body file ('-' or none: stdin)");
  parse->add_flag("--json", p.json, "Print one JSON object");
  parse->add_option("--diagnose", p.diagnose,
                    "Our string-to-sign (or @FILE): show where a SignatureDoesNotMatch differs");

  // demo
  auto* demo = app.add_subcommand("demo", "Offline: sign the API reference example, decode its sample responses");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << deepest(app)->help();
    return cli::exit_ok;
  } catch (const CLI::CallForVersion&) {
    std::cout << RDSCODEC_VERSION_STRING << "\n";
    return cli::exit_ok;
  } catch (const CLI::ParseError& e) {
    return usage_error(*deepest(app), e.what());
  }
  if (demo->parsed()) return cli::run_demo();
  if (parse->parsed()) return run_parse(*parse, p);
  if (sign->parsed()) return run_sign(ci->parsed() ? *ci : *sign, s, ci->parsed());
  return usage_error(app, "a command is required");
}
