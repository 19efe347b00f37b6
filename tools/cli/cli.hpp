// rdscodec command-line tool: pieces shared by its source files.
#ifndef RDSCODEC_TOOLS_CLI_HPP
#define RDSCODEC_TOOLS_CLI_HPP

#include <rdscodec.hpp>

#include "any_operation/terminal.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace cli {

/// Exit codes (documented in the README's manual section).
enum exit_code : int {
  exit_ok = 0,
  exit_malformed = 1,  // parse: the body is not a valid response
  exit_usage = 2,      // bad command line, missing credentials, invalid request values
  exit_io = 3,         // a file could not be read
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
/// profile is named, else from ALIBABA_CLOUD_ACCESS_KEY_ID /
/// _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN. On failure `why` says what is missing.
std::optional<credential_values> load_credentials(const std::string& profile, const std::string& config_path,
                                                  std::string& why);

// ---- demo.cpp ----
int run_demo();

}  // namespace cli

#endif
