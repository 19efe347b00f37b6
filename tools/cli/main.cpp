// rdscodec: sign, explain and parse Alibaba Cloud RDS API calls from a shell.
// Uses the public rdscodec API; `parse` reaches every operation through the
// tools' table (../any_operation/any_operation.hpp), which lists a response's
// fields generically with detail::set_value (the README's "Headers" section
// says why). See the README's "Command-line tool" section for the manual.
#include "cli.hpp"

#include <rdscodec/rds/cancel_import.hpp>

#include "any_operation/any_operation.hpp"

#include <CLI/CLI.hpp>

#include <cctype>
#include <cstdio>
#include <limits>
#include <tuple>
#include <type_traits>
#include <utility>
#include <fstream>
#include <iostream>
#include <algorithm>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

using cli::exit_code;

/// A usage error: one line, then the help of the command it concerns. The
/// line may quote the command line or a config file: it is escaped.
int usage_error(const CLI::App& app, const std::string& message) {
  std::cerr << "rdscodec: " << cli::terminal_text(message) << "\n\n" << app.help();
  return cli::exit_usage;
}

/// A refused value that the help would not explain (credentials): one line.
int value_error(const std::string& message) {
  std::cerr << "rdscodec: " << cli::terminal_text(message) << "\n";
  return cli::exit_usage;
}

/// Plain decimal only: "0", or an optional '-' (only when `min` < 0) and
/// digits without a leading zero. Anything else (a '+', a leading zero, "0x",
/// spaces, an empty value, a value outside [min, max]) is refused, rather
/// than read the way strtoll's base 0 would read it.
bool parse_decimal(const std::string& option, const std::string& text, std::int64_t min, std::int64_t max,
                   std::int64_t& out, std::string& why) {
  const auto refuse = [&](const char* reason) {
    why = option + ": '" + text + "' is not a plain decimal integer from " + std::to_string(min) + " to " +
          std::to_string(max) + " (" + reason + ")";
    return false;
  };
  if (text.empty()) return refuse("the value is empty");
  const bool negative = text[0] == '-';
  const std::size_t first = negative ? 1 : 0;
  if (negative && min >= 0) return refuse("this field takes no negative number");
  if (first == text.size()) return refuse("no digits");
  for (std::size_t k = first; k < text.size(); ++k)
    if (text[k] < '0' || text[k] > '9') return refuse("only the digits 0-9 may follow an optional '-'");
  if (text[first] == '0' && text.size() > first + 1) return refuse("a leading zero");
  if (negative && text.size() == 2 && text[1] == '0') return refuse("write 0, not -0");
  // Accumulate towards the sign so that INT64_MIN itself fits.
  std::int64_t v = 0;
  for (std::size_t k = first; k < text.size(); ++k) {
    const int d = text[k] - '0';
    if (!negative) {
      if (v > (std::numeric_limits<std::int64_t>::max() - d) / 10) return refuse("out of range");
      v = v * 10 + d;
    } else {
      if (v < (std::numeric_limits<std::int64_t>::min() + d) / 10) return refuse("out of range");
      v = v * 10 - d;
    }
  }
  if (v < min || v > max) return refuse("out of range");
  out = v;
  return true;
}

/// The range an operation declares for the field of member `M`.
template <class Op, auto M>
std::pair<std::int64_t, std::int64_t> field_range() {
  std::pair<std::int64_t, std::int64_t> r{std::numeric_limits<std::int64_t>::min(),
                                          std::numeric_limits<std::int64_t>::max()};
  rdscodec::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& field) {
          using fd_t = std::decay_t<decltype(field)>;
          if constexpr (std::is_same_v<std::remove_cv_t<decltype(fd_t::member)>, std::remove_cv_t<decltype(M)>>)
            if (fd_t::member == M) r = {field.min, field.max};
        };
        (one(fd), ...);
      },
      rdscodec::operation_traits<Op>::fields);
  return r;
}

/// What the signer accepts in AccessKeyId and SecurityToken
/// (rdscodec::detail::is_token_text: printable ASCII, no space, no comma),
/// checked here first so that the message can say which rule a value breaks
/// and where. The value itself is not printed.
bool check_token(const char* name, const std::string& from, std::string_view v, std::string& why) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    const char* what = c == ' ' ? "a space" : c == ',' ? "a comma" : (c < 0x20 || c == 0x7F) ? "a control byte"
                     : c >= 0x80 ? "a byte outside ASCII" : nullptr;
    if (what == nullptr) continue;
    why = std::string(name) + " (from " + from + ") has " + what + " at byte " + std::to_string(i + 1) + " of " +
          std::to_string(v.size()) + "; it must be printable ASCII without spaces or commas";
    return false;
  }
  return true;
}

// ---- sign ------------------------------------------------------------------

struct sign_args {
  // what to sign: an operation of the registry and its parameters
  // (`sign <Operation> --Wire value`, collected by split_values), or a
  // generic request (--action, --version, --param)
  std::string operation;
  std::vector<rdscodec::parameter> op_params;
  std::string action, version;
  std::vector<std::string> params;
  std::string db_instance_id;
  // Integers as typed, converted by parse_decimal().
  std::string import_id;
  std::optional<std::string> owner_id, resource_owner_id;
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
  // call
  std::string timeout = "30";
};

/// The signing options the command line chose (the views point into `a`
/// and `region`).
any_operation::sign_choice signing_choice(const sign_args& a, const std::string& region) {
  rdscodec::signing_options common;
  common.method = a.method == "GET" ? rdscodec::http_method::get : rdscodec::http_method::post;
  common.fields = a.placement == "form" ? rdscodec::placement::form : rdscodec::placement::query;
  common.region = region;
  common.endpoint = a.endpoint;
  common.scheme = a.scheme == "http" ? rdscodec::url_scheme::http : rdscodec::url_scheme::https;
  common.timestamp = a.timestamp;
  common.nonce = a.nonce;
  any_operation::sign_choice c;
  c.v2 = a.signature == "v2";
  static_cast<rdscodec::signing_options&>(c.v2_options) = common;
  c.v2_options.format = a.format == "xml" ? rdscodec::response_format::xml : rdscodec::response_format::json;
  static_cast<rdscodec::signing_options&>(c.v3_options) = common;
  c.v3_options.alg = a.sm3 ? rdscodec::v3::algorithm::acs3_hmac_sm3 : rdscodec::v3::algorithm::acs3_hmac_sha256;
  c.v3_options.sm3_header = a.sm3_header == "x-acs-content-sm3" ? rdscodec::v3::sm3_payload_header::x_acs_content_sm3
                                                                : rdscodec::v3::sm3_payload_header::x_acs_content_sha256;
  c.v3_options.body = a.body;
  c.v3_options.content_type = a.content_type;
  return c;
}

template <class Request>
rdscodec::result<rdscodec::signing_trace> explain_request(const Request& req, const rdscodec::credentials& creds,
                                                          const sign_args& a, const std::string& region) {
  const auto c = signing_choice(a, region);
  return c.v2 ? rdscodec::v2::explain(req, creds, c.v2_options) : rdscodec::v3::explain(req, creds, c.v3_options);
}

/// The region to sign for: --region when given; with none, a profile's
/// region_id is a default only: when the operation's own --RegionId is set,
/// that one names the region (a host-position RegionId would otherwise
/// conflict with the profile's, and the endpoint should follow the request).
std::string signing_region(const sign_args& a, const cli::credential_values& v) {
  if (!a.region.empty() || v.region.empty()) return a.region;
  for (const auto& p : a.op_params)
    if (p.name == "RegionId") return p.value;
  return v.region;
}

/// The credentials a sign or call command signs with (cli::load_credentials,
/// their key id and token checked) and its region (signing_region). None,
/// with `refused` the exit code and the message printed, when they cannot be
/// had.
std::optional<rdscodec::credentials> load_signer(const CLI::App& cmd, const sign_args& a, std::string& region,
                                                 int& refused) {
  std::string why;
  const auto values = cli::load_credentials(a.profile, a.config, why);
  if (!values) {
    refused = usage_error(cmd, why);
    return std::nullopt;
  }
  if (!check_token("AccessKeyId", values->source, values->access_key_id, why) ||
      !check_token("SecurityToken", values->source, values->security_token, why)) {
    refused = value_error(why);
    return std::nullopt;
  }
  region = signing_region(a, *values);
  return rdscodec::credentials(values->access_key_id, values->access_key_secret, values->security_token);
}

/// Signs `sign/call <Operation> --Wire value ...`: the parameters checked
/// against the operation (build_parameters, then decode_request through the
/// table), signed as the options say. On a refusal the message is in `why`
/// and the result is empty.
std::optional<rdscodec::signing_trace> sign_operation(const any_operation::entry& op, const sign_args& a,
                                                      const rdscodec::credentials& creds, const std::string& region,
                                                      std::string& why) {
  std::vector<rdscodec::parameter> params;
  if (!cli::build_parameters(op, a.op_params, params, why)) return std::nullopt;
  const auto outcome = op.sign_request(params, rdscodec::decode_limits{}, creds, signing_choice(a, region));
  if (outcome.refused) {
    const auto& e = *outcome.refused;
    why = std::string(op.action) + ": " + e.code + ": " + e.message;
    if (e.code == "UnsupportedParameter") {
      // The name is decode_request's, between the message's quotes.
      const auto q = e.message.find('"'), r = e.message.find('"', q + 1);
      if (q != std::string::npos && r != std::string::npos) {
        const std::string hint = cli::suggest(op, std::string_view(e.message).substr(q + 1, r - q - 1));
        if (!hint.empty() && !why.empty() && why.back() == '.') why.pop_back();  // "...supported; did you mean"
        why += hint;
      }
    }
    return std::nullopt;
  }
  if (!outcome.trace) {
    why = "cannot sign: " + outcome.trace.error().message();
    return std::nullopt;
  }
  return *outcome.trace;
}

int run_sign(const CLI::App& cmd, const sign_args& a, bool cancel_import) {
  if (a.signature == "v2" && (a.sm3 || !a.body.empty()))
    return usage_error(cmd, "--sm3 and --body apply to signature v3 only");
  if (a.curl + a.explain + a.json > 1) return usage_error(cmd, "choose one of --curl, --explain, --json");
  std::string why;
  rdscodec::cancel_import_request ci;
  if (cancel_import) {
    using R = rdscodec::cancel_import_request;
    if (a.db_instance_id.empty())
      return usage_error(cmd, "--db-instance-id is empty; DBInstanceId is required");
    const auto id = field_range<R, &R::import_id>();
    if (!parse_decimal("--import-id", a.import_id, id.first, id.second, ci.import_id, why))
      return usage_error(cmd, why);
    const auto one = [&](const char* option, const std::optional<std::string>& text, std::optional<std::int64_t>& out,
                         std::pair<std::int64_t, std::int64_t> range) {
      if (!text) return true;
      std::int64_t v = 0;
      if (!parse_decimal(option, *text, range.first, range.second, v, why)) return false;
      out = v;
      return true;
    };
    if (!one("--owner-id", a.owner_id, ci.owner_id, field_range<R, &R::owner_id>()) ||
        !one("--resource-owner-id", a.resource_owner_id, ci.resource_owner_id, field_range<R, &R::resource_owner_id>()))
      return usage_error(cmd, why);
  }
  std::string region;
  int refused = 0;
  const auto signer = load_signer(cmd, a, region, refused);
  if (!signer) return refused;
  const rdscodec::credentials& creds = *signer;

  rdscodec::result<rdscodec::signing_trace> trace = rdscodec::errc::invalid_operation;
  if (!a.operation.empty()) {
    const any_operation::entry* op = any_operation::find_loose(a.operation);
    if (op == nullptr)
      return usage_error(cmd, "'" + a.operation + "' is not an RDS operation (rdscodec list shows them)");
    if (!a.action.empty() || !a.params.empty())
      return usage_error(cmd, "--action and --param are for a generic request, not with an operation");
    auto t = sign_operation(*op, a, creds, region, why);
    if (!t) return usage_error(cmd, why);
    trace = std::move(*t);
  } else if (!a.op_params.empty()) {
    return usage_error(cmd, "--" + a.op_params.front().name + ": name the operation first (rdscodec sign <Operation> --Name value)");
  } else if (cancel_import) {
    ci.db_instance_id = a.db_instance_id;
    ci.owner_account = a.owner_account;
    ci.resource_group_id = a.resource_group_id;
    ci.resource_owner_account = a.resource_owner_account;
    trace = explain_request(ci, creds, a, region);
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
    std::cout << cli::terminal_json(cli::trace_json(*trace));
  else if (a.explain)
    std::cout << cli::terminal_text(trace->text(), cli::line_breaks::keep);
  else if (a.curl)
    std::cout << cli::curl_command(trace->request);
  else
    std::cout << cli::request_text(trace->request);
  return cli::exit_ok;
}

// ---- parse -----------------------------------------------------------------

struct parse_args {
  std::string operation = "cancel-import";
  std::string status = "200";
  std::string format;
  std::string file;
  bool json = false;
  std::string diagnose;  // our string-to-sign, or @FILE
};

int print_parsed(const any_operation::entry& op, const parse_args& a, int status, const std::string& body,
                 std::optional<rdscodec::response_format> format, const std::string& ours);

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
  const any_operation::entry* op = any_operation::find_loose(a.operation);
  if (op == nullptr)
    return usage_error(cmd, "--operation: '" + a.operation +
                                "' is not an RDS operation (give its action, e.g. DescribeDBInstances or "
                                "describe-db-instances)");
  std::int64_t status = 0;
  std::string why;
  if (!parse_decimal("--status", a.status, 0, 999, status, why)) return usage_error(cmd, why);
  std::string body;
  if (!read_all(a.file, body)) {
    std::cerr << "rdscodec: cannot read " << cli::terminal_text(a.file) << "\n";
    return cli::exit_io;
  }
  std::string ours = a.diagnose;
  if (!ours.empty() && ours[0] == '@') {
    if (!read_all(ours.substr(1), ours)) {
      std::cerr << "rdscodec: cannot read " << cli::terminal_text(a.diagnose.substr(1)) << "\n";
      return cli::exit_io;
    }
    while (!ours.empty() && (ours.back() == '\n' || ours.back() == '\r')) ours.pop_back();
  }
  std::optional<rdscodec::response_format> format;
  if (a.format == "json") format = rdscodec::response_format::json;
  if (a.format == "xml") format = rdscodec::response_format::xml;
  return print_parsed(*op, a, static_cast<int>(status), body, format, ours);
}

/// Decodes `body` as the response of `op` and prints it: the values (lines
/// or --json), the classified service error, or why the body is malformed.
int print_parsed(const any_operation::entry& op, const parse_args& a, int status, const std::string& body,
                 std::optional<rdscodec::response_format> format, const std::string& ours) {
  any_operation::print_options how;
  how.json = a.json;
  how.escape = [](std::string_view text) { return cli::terminal_text(text); };
  auto r = op.parse_response(status, body, format, how);
  std::string out;
  int code = cli::exit_ok;
  if (r) {
    out = a.json ? "{\"ok\":true,\"response\":" + *r + "}\n" : *r;
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
      using cli::terminal_text;
      out = "service error: HTTP " + std::to_string(e.http_status) + " " + terminal_text(e.code) + " (" +
            std::string(rdscodec::to_string(e.category())) + (e.retryable() ? ", retryable" : "") + ")\n";
      if (!e.message.empty()) out += "Message: " + terminal_text(e.message) + "\n";
      if (!e.request_id.empty()) out += "RequestId: " + terminal_text(e.request_id) + "\n";
      if (!e.host_id.empty()) out += "HostId: " + terminal_text(e.host_id) + "\n";
      if (!e.recommend.empty()) out += "Recommend: " + terminal_text(e.recommend) + "\n";
      if (!e.access_denied_detail.empty())
        out += "AccessDeniedDetail: " + terminal_text(e.access_denied_detail) + "\n";
    }
    if (!ours.empty()) {
      const auto d = rdscodec::diagnose_signature_mismatch(e, ours);
      if (a.json) {
        out.pop_back();  // newline
        out.pop_back();  // closing brace
        out += ",\"diagnosis\":" + cli::json_string(d.text()) + "}\n";
      } else {
        out += "diagnosis: " + cli::terminal_text(d.text(), cli::line_breaks::keep) + "\n";
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
      out = "malformed response: " + cli::terminal_text(e.message()) + "\n";
    }
  }
  std::cout << (a.json ? cli::terminal_json(out) : out);
  return code;
}

/// `rdscodec call <Operation> ...`: signs like `sign <Operation>`, sends the
/// request and prints the answer as `parse` does, with its exit codes.
int run_call(const CLI::App& cmd, const sign_args& a, const parse_args& how) {
  if (a.signature == "v2" && (a.sm3 || !a.body.empty()))
    return usage_error(cmd, "--sm3 and --body apply to signature v3 only");
  std::string why;
  std::int64_t timeout = 0;
  if (!parse_decimal("--timeout", a.timeout, 1, 3600, timeout, why)) return usage_error(cmd, why);
  const any_operation::entry* op = any_operation::find_loose(a.operation);
  if (op == nullptr) return usage_error(cmd, "'" + a.operation + "' is not an RDS operation (rdscodec list shows them)");
  std::string region;
  int refused = 0;
  const auto signer = load_signer(cmd, a, region, refused);
  if (!signer) return refused;
  const rdscodec::credentials& creds = *signer;
  const auto trace = sign_operation(*op, a, creds, region, why);
  if (!trace) return usage_error(cmd, why);
  int status = 0;
  std::string body;
  // The parser takes at most 1 MiB (parse_options' default): an answer over
  // that is refused here, as no usable answer (exit 4, as the README says).
  if (!cli::send_request(trace->request, static_cast<long>(timeout), std::size_t{1} << 20, status, body, why)) {
    std::cerr << "rdscodec: " << op->action << ": " << cli::terminal_text(why) << "\n";
    return cli::exit_transport;
  }
  return print_parsed(*op, how, status, body, std::nullopt, {});
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

bool looks_like_option(const std::string& v) {
  return v.size() >= 2 && v[0] == '-' && (v[1] == '-' || std::isalpha(static_cast<unsigned char>(v[1])) != 0);
}

/// Runs before CLI11, which would take whatever follows a value-taking option
/// as its value (so `--db-instance-id --json` signed DBInstanceId=--json) and
/// reads `--name=` as a missing value. Here `--name=VALUE` becomes the two
/// arguments `--name` `VALUE` (any value, empty or dash-led, as given), and
/// `--name VALUE` is refused when VALUE looks like an option ('-' then a
/// letter or '-'). Returns the arguments in the reversed order CLI11's
/// parse(std::vector) takes; on a refusal, `why` says why and `where` is the
/// command whose help applies.
///
/// In the commands of `takes_params` (sign, call), an option the command
/// does not know, `--Name VALUE` or `--Name=VALUE`, is a parameter of the
/// operation: it goes to `params` (its value verbatim; the same refusal of a
/// dash-led value after a space), not to CLI11.
bool split_values(const CLI::App& app, int argc, char** argv, std::vector<std::string>& out, std::string& why,
                  const CLI::App*& where, const std::vector<const CLI::App*>& takes_params,
                  std::vector<rdscodec::parameter>& params) {
  const CLI::App* cur = &app;
  const auto find = [&](const std::string& name) -> const CLI::Option* {
    for (const CLI::App* a = cur; a != nullptr; a = a->get_parent())
      if (const CLI::Option* o = a->get_option_no_throw(name)) return o;
    return nullptr;
  };
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") {
      args.insert(args.end(), argv + i, argv + argc);
      break;
    }
    if (arg.rfind("--", 0) == 0) {
      const auto eq = arg.find('=');
      const std::string name = arg.substr(0, eq);
      const CLI::Option* o = find(name);
      if (o == nullptr && name.size() > 2 &&
          std::find(takes_params.begin(), takes_params.end(), cur) != takes_params.end()) {
        if (eq != std::string::npos) {
          params.push_back({name.substr(2), arg.substr(eq + 1)});
        } else if (i + 1 == argc) {
          why = name + " needs a value";
          where = cur;
          return false;
        } else if (looks_like_option(argv[i + 1])) {
          why = name + " takes a value, but the next argument, " + argv[i + 1] +
                ", is an option (a value that starts with '-' is given as " + name + "=VALUE)";
          where = cur;
          return false;
        } else {
          params.push_back({name.substr(2), argv[++i]});
        }
        continue;
      }
      if (o == nullptr || o->get_items_expected_max() == 0) {  // a flag, or unknown: CLI11 says what is wrong
        args.push_back(arg);
      } else if (eq != std::string::npos) {
        args.push_back(name);
        args.push_back(arg.substr(eq + 1));
      } else if (i + 1 < argc && looks_like_option(argv[i + 1])) {
        why = name + " takes a value, but the next argument, " + argv[i + 1] +
              ", is an option (a value that starts with '-' is given as " + name + "=VALUE)";
        where = cur;
        return false;
      } else {
        args.push_back(arg);
        if (i + 1 < argc) args.push_back(argv[++i]);
      }
      continue;
    }
    const auto sub = cur->get_subcommands([&](const CLI::App* a) { return a->check_name(arg); });
    if (!sub.empty()) cur = sub.front();
    args.push_back(arg);
  }
  out.assign(args.rbegin(), args.rend());
  return true;
}

/// Where the credentials come from, for the help of every command.
const char* const credentials_help =
    "Credentials: --profile NAME from the aliyun CLI's ~/.aliyun/config.json (--config FILE for another "
    "file), modes AK and StsToken; else, in the Alibaba Cloud SDKs' order: ALIBABA_CLOUD_ACCESS_KEY_ID and "
    "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS), the aliyun CLI config's "
    "current profile, the credentials file ~/.alibabacloud/credentials (ALIBABA_CLOUD_CREDENTIALS_FILE; "
    "profile ALIBABA_CLOUD_PROFILE, else default; types access_key and sts). The secret is never printed.";

const char* const parameters_help =
    "Parameters: --Name value or --Name=value, Name the wire name (rdscodec describe <Operation>). A list, "
    "map or object as numbered members (--Tag.1.Key k --Tag.1.Value v) or as one JSON value "
    "(--Tag '[{\"Key\":\"k\",\"Value\":\"v\"}]'); a json-style parameter as JSON, a simple list as a,b,c; "
    "integers in plain decimal, booleans true or false. Any option the command does not know is a parameter.";

/// The options sign and call share: how to sign, where to, credentials.
void add_signing_options(CLI::App* cmd, sign_args& s) {
  cmd->add_option("--signature", s.signature, "Signature version")->check(CLI::IsMember({"v3", "v2"}))->capture_default_str();
  cmd->add_flag("--sm3", s.sm3, "V3: sign with ACS3-HMAC-SM3 instead of ACS3-HMAC-SHA256");
  cmd->add_option("--sm3-header", s.sm3_header, "V3 SM3: name of the payload hash header")
      ->check(CLI::IsMember({"x-acs-content-sha256", "x-acs-content-sm3"}))
      ->capture_default_str();
  cmd->add_option("--method", s.method, "HTTP method")->check(CLI::IsMember({"POST", "GET"}))->capture_default_str();
  cmd->add_option("--placement", s.placement, "Where the operation's fields go (form: a POST body)")
      ->check(CLI::IsMember({"query", "form"}))
      ->capture_default_str();
  cmd->add_option("--format", s.format, "V2: response Format to ask for")
      ->check(CLI::IsMember({"json", "xml"}))
      ->capture_default_str();
  cmd->add_option("--region", s.region, "Region id; chooses the endpoint (default: the profile's, else central)");
  cmd->add_option("--endpoint", s.endpoint, "Explicit host[:port]; wins over --region");
  cmd->add_option("--scheme", s.scheme, "URL scheme")->check(CLI::IsMember({"https", "http"}))->capture_default_str();
  cmd->add_option("--timestamp", s.timestamp, "Fixed timestamp YYYY-MM-DDThh:mm:ssZ (default: now)");
  cmd->add_option("--nonce", s.nonce, "Fixed nonce (default: 16 random bytes as hex)");
  cmd->add_option("--body", s.body, "V3: raw body to send and sign (needs --content-type)");
  cmd->add_option("--content-type", s.content_type, "V3: the body's media type");
  cmd->add_option("--profile", s.profile,
                  "Profile of the aliyun CLI config (modes AK, StsToken); without it, the environment variables");
  cmd->add_option("--config", s.config, "aliyun CLI config file (default: ~/.aliyun/config.json)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"rdscodec " RDSCODEC_VERSION_STRING
               ": sign and decode Alibaba Cloud RDS API calls (CancelImport, or any RPC action)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", RDSCODEC_VERSION_STRING);
  app.footer(credentials_help);

  // sign
  sign_args s;
  auto* sign = app.add_subcommand(
      "sign", "Sign a request and print it (default), as curl, explained, or as JSON: rdscodec sign <Operation> "
              "--Name value ... (any operation: rdscodec list), or a generic request (--action, --param)");
  sign->add_option("operation", s.operation,
                   "The operation, e.g. DescribeDBInstances (any case, '-' ignored); its parameters follow as "
                   "--Name value (wire names: rdscodec describe <Operation>)");
  sign->add_option("--action", s.action, "RPC action of a generic request, e.g. DescribeRegions");
  sign->add_option("--version", s.version, "API version of a generic request, e.g. 2014-08-15");
  sign->add_option("--param", s.params, "Request parameter Name=Value (repeatable)")->allow_extra_args(false);
  sign->footer(std::string(parameters_help) + "\n\n" + credentials_help);
  add_signing_options(sign, s);
  sign->add_flag("--curl", s.curl, "Print a curl command that sends the request");
  sign->add_flag("--explain", s.explain, "Print every signing stage");
  sign->add_flag("--json", s.json, "Print the stages and the request as one JSON object");

  auto* ci = sign->add_subcommand("cancel-import", "Sign CancelImport (RDS 2014-08-15)");
  ci->fallthrough();  // signing options may follow the subcommand
  ci->footer(std::string("Signing, credential and output options: rdscodec sign --help\n\n") + credentials_help);
  ci->add_option("--db-instance-id", s.db_instance_id, "DBInstanceId, e.g. rm-uf6wjk5xxxxxxx")->required();
  ci->add_option("--import-id", s.import_id, "ImportId (from ImportDatabaseBetweenInstances)")
      ->required()
      ->type_name("INT");
  ci->add_option("--owner-id", s.owner_id, "OwnerId")->type_name("INT");
  ci->add_option("--owner-account", s.owner_account, "OwnerAccount");
  ci->add_option("--resource-group-id", s.resource_group_id, "ResourceGroupId");
  ci->add_option("--resource-owner-account", s.resource_owner_account, "ResourceOwnerAccount");
  ci->add_option("--resource-owner-id", s.resource_owner_id, "ResourceOwnerId")->type_name("INT");

  // parse
  parse_args p;
  auto* parse = app.add_subcommand("parse", "Decode a response body (stdin or FILE): the result or the classified error");
  parse->add_option("--operation", p.operation,
                    "The operation the response answers: its action, e.g. DescribeDBInstances (any case, '-' "
                    "ignored: describe-db-instances)")
      ->capture_default_str();
  parse->add_option("--status", p.status, "HTTP status of the response (0-999)")->capture_default_str()->type_name("INT");
  parse->add_option("--format", p.format, "Parse as this format instead of detecting it")
      ->check(CLI::IsMember({"json", "xml"}));
  parse->add_option("file", p.file, "Body file ('-' or none: stdin)");
  parse->add_flag("--json", p.json, "Print one JSON object");
  parse->add_option("--diagnose", p.diagnose,
                    "Our string-to-sign (or @FILE): show where a SignatureDoesNotMatch differs");

  // call
  sign_args c;
  parse_args cp;
  auto* call = app.add_subcommand("call", "Sign a request, send it (libcurl) and decode the answer like parse");
  call->add_option("operation", c.operation, "The operation, e.g. DescribeDBInstances")->required();
  call->footer(std::string(parameters_help) + "\n\n" + credentials_help);
  add_signing_options(call, c);
  call->add_option("--timeout", c.timeout, "Seconds the whole exchange may take (1-3600)")
      ->capture_default_str()
      ->type_name("INT");
  call->add_flag("--json", cp.json, "Print one JSON object");

  // list, describe, completion
  std::string list_filter, shell;
  std::vector<std::string> describe_ops;
  bool names_only = false, describe_all = false;
  auto* list = app.add_subcommand("list", "List the operations (those whose action contains FILTER)");
  list->add_option("filter", list_filter, "Part of the action, any case, '-' ignored (db-instance)");
  auto* describe = app.add_subcommand("describe", "Every parameter of operations and their response fields");
  describe->add_option("operation", describe_ops, "The operations, e.g. DescribeDBInstances (one or more)");
  describe->add_flag("--all", describe_all, "Every operation, in the order of rdscodec list");
  describe->add_flag("--names", names_only, "Only the parameter names a command line takes (for completion; one operation)");
  auto* completion = app.add_subcommand("completion", "Print a shell completion script: source <(rdscodec completion bash)");
  completion->add_option("shell", shell, "The shell")->required()->check(CLI::IsMember({"bash"}));

  // demo
  auto* demo = app.add_subcommand("demo", "Offline: sign the API reference example, decode its sample responses");

  std::vector<std::string> args;
  std::string why;
  const CLI::App* where = &app;
  const std::vector<const CLI::App*> takes_params{sign, call};
  std::vector<rdscodec::parameter> op_params;
  if (!split_values(app, argc, argv, args, why, where, takes_params, op_params)) return usage_error(*where, why);
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp&) {
    std::cout << deepest(app)->help();
    return cli::exit_ok;
  } catch (const CLI::CallForVersion&) {
    std::cout << RDSCODEC_VERSION_STRING << "\n";
    return cli::exit_ok;
  } catch (const CLI::ParseError& e) {
    return usage_error(*deepest(app), e.what());
  }
  s.op_params = op_params;
  c.op_params = op_params;
  if (demo->parsed()) return cli::run_demo();
  if (list->parsed()) {
    std::cout << cli::list_text(list_filter);
    return cli::exit_ok;
  }
  if (completion->parsed()) {
    std::cout << cli::bash_completion();
    return cli::exit_ok;
  }
  if (describe->parsed()) {
    // Every name is checked before anything is printed; operations are
    // printed in the order given, a blank line between two.
    std::vector<const any_operation::entry*> ops;
    if (describe_all) {
      if (!describe_ops.empty()) return usage_error(*describe, "--all takes no operation names");
      for (const auto& e : any_operation::all()) ops.push_back(&e);
    }
    for (const auto& name : describe_ops) {
      const any_operation::entry* op = any_operation::find_loose(name);
      if (op == nullptr)
        return usage_error(*describe, "'" + name + "' is not an RDS operation (rdscodec list shows them)");
      ops.push_back(op);
    }
    if (ops.empty()) return usage_error(*describe, "an operation (or --all) is required");
    if (names_only && ops.size() != 1) return usage_error(*describe, "--names takes exactly one operation");
    if (names_only) {
      std::cout << cli::parameter_name_lines(*ops.front());
      return cli::exit_ok;
    }
    for (std::size_t i = 0; i < ops.size(); ++i) std::cout << (i ? "\n" : "") << cli::describe_text(*ops[i]);
    return cli::exit_ok;
  }
  if (call->parsed()) return run_call(*call, c, cp);
  if (parse->parsed()) return run_parse(*parse, p);
  if (sign->parsed()) return run_sign(ci->parsed() ? *ci : *sign, s, ci->parsed());
  return usage_error(app, "a command is required");
}
