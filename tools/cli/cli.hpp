// rdscodec command-line tool: pieces shared by its source files.
#ifndef RDSCODEC_TOOLS_CLI_HPP
#define RDSCODEC_TOOLS_CLI_HPP

#include <rdscodec.hpp>

#include "any_operation/any_operation.hpp"
#include "any_operation/terminal.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

/// Exit codes (documented in the README's manual section).
enum exit_code : int {
  exit_ok = 0,
  exit_malformed = 1,  // parse: the body is not a valid response
  exit_usage = 2,      // bad command line, missing credentials, invalid request values
  exit_io = 3,         // a file could not be read
  exit_transport = 4,  // call: no answer (connection, timeout, TLS, an answer over 1 MiB)
  exit_api_error = 10, // parse: 10 + rdscodec::error_class of the service error
};

// ---- output.cpp ----
enum class line_breaks { escape, keep };
/// terminal::text (tools/any_operation/terminal.hpp), shared with the curl
/// client. Every text output of the tool goes through it.
inline std::string terminal_text(std::string_view s, line_breaks breaks = line_breaks::escape) {
  return terminal::text(s, breaks == line_breaks::keep);
}
/// terminal::json. Every JSON output of the tool goes through it.
inline std::string terminal_json(std::string_view doc) { return terminal::json(doc); }
/// 'text' with single quotes, safe to paste into sh.
std::string shell_quote(std::string_view text);
/// METHOD URL, one header per line, a blank line, the body.
std::string request_text(const rdscodec::http_request& r);
/// A curl command line that sends `r`.
std::string curl_command(const rdscodec::http_request& r);
/// One JSON object with the stages and the request (header names in lower case).
std::string trace_json(const rdscodec::signing_trace& t);
/// "..." with JSON escaping.
std::string json_string(std::string_view s);

// ---- credentials_source.cpp ----
struct credential_values {
  std::string access_key_id;
  std::string access_key_secret;
  std::string security_token;
  std::string region;  // from a profile, if it names one
  std::string source;  // where they came from, for messages: "the environment" or "profile NAME"
};
/// From --profile (in `config_path`, default ~/.aliyun/config.json) when a
/// profile is named; else the SDKs' default chain (credentials_source.cpp):
/// ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN, the
/// aliyun CLI config, the shared credentials file. On failure `why` says
/// what is missing or wrong (never a secret, never a line of a file).
std::optional<credential_values> load_credentials(const std::string& profile, const std::string& config_path,
                                                  std::string& why);
/// The keys (lower case) of section `section` (lower case) of an INI
/// credentials file, a later section of the name replacing an earlier one;
/// nullopt with `why` (naming `path` and a line number) when the text is
/// malformed or has no such section.
std::optional<std::map<std::string, std::string>> parse_credentials_ini(std::string_view text, const std::string& section,
                                                                        const std::string& path, std::string& why);

// ---- operations.cpp: every operation of the registry ----
/// The operation's request parameters (entry::describe), computed once.
const std::vector<any_operation::field_info>& request_fields(const any_operation::entry& op);
/// The command line's `--Name value` pairs of `sign`/`call <Operation>` as
/// the operation's wire parameters: a repeat-list field given whole as a
/// JSON value is flattened (`--Tag '[{"Key":"k"}]'` is Tag.1.Key=k), every
/// other value is passed as given (json and simple styles: their one
/// parameter's text). Refused, with `why`: a name that is no parameter (with
/// the nearest names), an integer not in plain decimal, a boolean other
/// than true/false, JSON that does not flatten, a required top-level
/// parameter left out. The typed checks are decode_request's, after this.
bool build_parameters(const any_operation::entry& op, const std::vector<rdscodec::parameter>& given,
                      std::vector<rdscodec::parameter>& out, std::string& why);
/// "; did you mean --A or --B? (rdscodec describe Op lists its parameters)"
/// for a name that is no parameter of `op` (edit distance, list indexes as N).
std::string suggest(const any_operation::entry& op, std::string_view name);
/// `rdscodec list [filter]`: every action containing `filter` (ASCII case
/// and '-' ignored), one per line.
std::string list_text(std::string_view filter);
/// `rdscodec describe <Operation>`.
std::string describe_text(const any_operation::entry& op);
/// `rdscodec describe --names <Operation>`: the parameter names a command
/// line takes, list indexes as 1 (for completion).
std::string parameter_name_lines(const any_operation::entry& op);
/// `rdscodec completion bash`.
std::string bash_completion();

// ---- call.cpp ----
/// Sends `r` and receives the answer (at most `max_body` bytes) within
/// `timeout_seconds`; false, with `why`, when there is no answer.
bool send_request(const rdscodec::http_request& r, long timeout_seconds, std::size_t max_body, int& status,
                  std::string& body, std::string& why);

// ---- demo.cpp ----
int run_demo();

}  // namespace cli

#endif
