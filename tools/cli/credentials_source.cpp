#include "cli.hpp"

#include <simdjson.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <map>
#include <string_view>

namespace cli {

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? std::string(v) : std::string();
}

std::string string_field(simdjson::dom::object o, const char* key) {
  std::string_view v;
  if (o[key].get(v) != simdjson::SUCCESS) return {};
  return std::string(v);
}

}  // namespace

namespace {

/// Reads at most 1 MiB of `path`, which must be a regular file: a FIFO, a
/// device or a directory is refused without reading (opened non-blocking, so
/// a FIFO with no writer cannot hang the tool; the type checked on the open
/// descriptor). `absent` is set when the file does not exist.
bool read_capped(const std::string& path, std::string& text, bool& absent, std::string& why) {
  constexpr std::size_t max_bytes = std::size_t{1} << 20;
  absent = false;
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    absent = errno == ENOENT;
    why = "cannot read " + path;
    return false;
  }
  struct fd_closer {
    int fd;
    ~fd_closer() { ::close(fd); }
  } closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    why = path + " is not a regular file";
    return false;
  }
  text.resize(max_bytes + 1);
  std::size_t got = 0;
  while (got < text.size()) {
    const ssize_t n = ::read(fd, &text[got], text.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      why = "cannot read " + path;
      return false;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  text.resize(got);
  if (text.size() > max_bytes) {
    why = path + " is larger than 1 MiB";
    return false;
  }
  return true;
}

std::string home_path(const char* rest) {
  const std::string home = env("HOME");
  return home.empty() ? std::string() : home + rest;
}

/// `profile` of the aliyun CLI config `path` (modes AK and StsToken). An
/// empty `profile` means the config's "current" one. `not_there` is set
/// (and nothing else is wrong) when the file or the profile does not exist.
std::optional<credential_values> from_cli_config(std::string profile, const std::string& path, bool& not_there,
                                                 std::string& why) {
  not_there = false;
  std::string text;
  bool absent = false;
  if (!read_capped(path, text, absent, why)) {
    not_there = absent;
    return std::nullopt;
  }
  // Editors on Windows may save config.json with a UTF-8 byte-order mark;
  // it is not JSON (RFC 8259 section 8.1 lets a parser ignore it), so skip it.
  std::string_view json = text;
  if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto e = parser.parse(simdjson::padded_string(json)).get(root)) {
    why = "cannot read " + path + ": " + simdjson::error_message(e);
    return std::nullopt;
  }
  simdjson::dom::array profiles;
  if (root["profiles"].get(profiles) != simdjson::SUCCESS) {
    why = path + " has no \"profiles\" list";
    return std::nullopt;
  }
  if (profile.empty()) {
    simdjson::dom::object o;
    if (root.get(o) == simdjson::SUCCESS) profile = string_field(o, "current");
    if (profile.empty()) {
      not_there = true;
      why = path + " names no current profile";
      return std::nullopt;
    }
  }
  for (simdjson::dom::element p : profiles) {
    simdjson::dom::object o;
    if (p.get(o) != simdjson::SUCCESS || string_field(o, "name") != profile) continue;
    const std::string mode = string_field(o, "mode");
    credential_values c{string_field(o, "access_key_id"), string_field(o, "access_key_secret"), {},
                        string_field(o, "region_id"), "profile " + profile};
    if (mode == "StsToken") {
      c.security_token = string_field(o, "sts_token");
    } else if (mode != "AK") {
      why = "profile " + profile + " has mode \"" + mode + "\"; only AK and StsToken are supported";
      return std::nullopt;
    }
    if (c.access_key_id.empty() || c.access_key_secret.empty() || (mode == "StsToken" && c.security_token.empty())) {
      why = "profile " + profile + " lacks access_key_id, access_key_secret" +
            std::string(mode == "StsToken" ? " or sts_token" : "");
      return std::nullopt;
    }
    return c;
  }
  not_there = true;
  why = "no profile named " + profile + " in " + path;
  return std::nullopt;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

std::optional<std::map<std::string, std::string>> parse_credentials_ini(std::string_view text, const std::string& section,
                                                                        const std::string& path, std::string& why) {
  std::optional<std::map<std::string, std::string>> found;
  std::map<std::string, std::string>* current = nullptr;
  std::size_t line_no = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  while (!text.empty()) {
    ++line_no;
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    // A comment line, or a comment after a value (" # ..." / " ; ..."),
    // as the SDKs' examples write them.
    for (std::size_t i = 0; i < line.size(); ++i)
      if ((line[i] == '#' || line[i] == ';') && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line = line.substr(0, i);
        break;
      }
    const std::string l = trim(line);
    if (l.empty()) continue;
    // The line itself is never quoted in a message: it may hold a secret.
    const std::string where = path + " line " + std::to_string(line_no);
    if (l.front() == '[') {
      if (l.back() != ']' || l.size() < 3) {
        why = where + ": a section header is [name]";
        return std::nullopt;
      }
      // Section names compare in lower case (the PHP SDK's
      // ProfileCredentialsProvider lowercases them); a later section of
      // the same name replaces an earlier one.
      if (lower_ascii(trim(std::string_view(l).substr(1, l.size() - 2))) == section) {
        found.emplace();
        current = &*found;
      } else {
        current = nullptr;
      }
      continue;
    }
    const auto eq = l.find('=');
    if (eq == std::string::npos || eq == 0) {
      why = where + ": expected key = value";
      return std::nullopt;
    }
    if (current == nullptr) continue;
    std::string value = trim(std::string_view(l).substr(eq + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    (*current)[lower_ascii(trim(std::string_view(l).substr(0, eq)))] = value;
  }
  if (!found) why = "no profile [" + section + "] in " + path;
  return found;
}

namespace {

/// The shared credentials file (types access_key and sts). `not_there` as
/// from_cli_config: the default file or the profile does not exist.
std::optional<credential_values> from_credentials_file(const std::string& path, const std::string& profile,
                                                       bool& not_there, std::string& why) {
  not_there = false;
  std::string text;
  bool absent = false;
  if (!read_capped(path, text, absent, why)) {
    not_there = absent;
    return std::nullopt;
  }
  const auto values = parse_credentials_ini(text, lower_ascii(profile), path, why);
  if (!values) {
    not_there = why.rfind("no profile [", 0) == 0;
    return std::nullopt;
  }
  const auto get = [&](const char* key) {
    auto it = values->find(key);
    return it == values->end() ? std::string() : it->second;
  };
  const std::string source = "profile [" + profile + "] of " + path;
  if (lower_ascii(get("enable")) == "false") {
    why = source + " is disabled (enable = false)";
    return std::nullopt;
  }
  const std::string type = get("type");
  if (type != "access_key" && type != "sts") {
    why = source + " has type \"" + type + "\"; only access_key and sts are supported";
    return std::nullopt;
  }
  credential_values c{get("access_key_id"), get("access_key_secret"), type == "sts" ? get("security_token") : "",
                      get("region_id"), source};
  if (c.access_key_id.empty() || c.access_key_secret.empty() || (type == "sts" && c.security_token.empty())) {
    why = source + " lacks access_key_id, access_key_secret" + std::string(type == "sts" ? " or security_token" : "");
    return std::nullopt;
  }
  return c;
}

}  // namespace

// The default chain of the Alibaba Cloud SDKs, without the sources that
// need the network (OIDC role, ECS instance RAM role, credentials URI): the
// environment variables, then the aliyun CLI's config (the profile named by
// ALIBABA_CLOUD_PROFILE, else the config's current one), then the shared
// credentials file (ALIBABA_CLOUD_CREDENTIALS_FILE, else
// ~/.alibabacloud/credentials; the profile named by ALIBABA_CLOUD_PROFILE,
// else "default"). Order as in aliyun/credentials-php
// src/Providers/DefaultCredentialsProvider.php (createDefaultChain:
// EnvironmentVariable, OIDCRoleArn, CLIProfile, Profile, EcsRamRole, URL)
// and aliyun/credentials-csharp's DefaultCredentialsProvider; the file's
// format as the aliyun/credentials-java README describes it. A source that
// is not there (no variables, no such file, no such profile) passes to the
// next; one that is there but wrong is an error.
std::optional<credential_values> load_credentials(const std::string& profile, const std::string& config_path,
                                                  std::string& why) {
  std::string cli_config = config_path;
  if (cli_config.empty()) cli_config = home_path("/.aliyun/config.json");
  if (!profile.empty()) {
    if (cli_config.empty()) {
      why = "cannot find the aliyun config: HOME is not set (use --config FILE)";
      return std::nullopt;
    }
    bool not_there = false;
    return from_cli_config(profile, cli_config, not_there, why);
  }
  {
    credential_values c{env("ALIBABA_CLOUD_ACCESS_KEY_ID"), env("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                        env("ALIBABA_CLOUD_SECURITY_TOKEN"), {}, "the environment"};
    if (!c.access_key_id.empty() && !c.access_key_secret.empty()) return c;
  }
  const std::string named = env("ALIBABA_CLOUD_PROFILE");
  if (!cli_config.empty()) {
    bool not_there = false;
    auto c = from_cli_config(named, cli_config, not_there, why);
    if (c || !not_there) return c;
  }
  const std::string file_env = env("ALIBABA_CLOUD_CREDENTIALS_FILE");
  const std::string file = !file_env.empty() ? file_env : home_path("/.alibabacloud/credentials");
  if (!file.empty()) {
    bool not_there = false;
    auto c = from_credentials_file(file, named.empty() ? "default" : named, not_there, why);
    // A file the variable names must be there and hold the profile.
    if (c || !not_there || !file_env.empty()) return c;
  }
  why = "no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, pass --profile, "
        "or write ~/.alibabacloud/credentials (ALIBABA_CLOUD_CREDENTIALS_FILE, ALIBABA_CLOUD_PROFILE)";
  return std::nullopt;
}

}  // namespace cli
