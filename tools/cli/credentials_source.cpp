#include "cli.hpp"

#include <simdjson.h>

#include <cstdlib>
#include <fstream>
#include <cstddef>

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

std::optional<credential_values> load_credentials(const std::string& profile, const std::string& config_path,
                                                  std::string& why) {
  if (profile.empty()) {
    credential_values c{env("ALIBABA_CLOUD_ACCESS_KEY_ID"), env("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                        env("ALIBABA_CLOUD_SECURITY_TOKEN"), {}, "the environment"};
    if (c.access_key_id.empty() || c.access_key_secret.empty()) {
      why = "no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or pass --profile";
      return std::nullopt;
    }
    return c;
  }
  std::string path = config_path;
  if (path.empty()) {
    const std::string home = env("HOME");
    if (home.empty()) {
      why = "cannot find the aliyun config: HOME is not set (use --config FILE)";
      return std::nullopt;
    }
    path = home + "/.aliyun/config.json";
  }
  // A profile file is a few KiB; reading is capped so that a FIFO or a
  // device given as --config cannot grow memory without bound.
  constexpr std::size_t max_config_bytes = std::size_t{1} << 20;
  std::string text;
  {
    std::ifstream f(path, std::ios::binary);
    if (!f) {
      why = "cannot read " + path;
      return std::nullopt;
    }
    text.resize(max_config_bytes + 1);
    f.read(&text[0], static_cast<std::streamsize>(text.size()));
    if (f.bad()) {
      why = "cannot read " + path;
      return std::nullopt;
    }
    text.resize(static_cast<std::size_t>(f.gcount()));
    if (text.size() > max_config_bytes) {
      why = path + " is larger than 1 MiB";
      return std::nullopt;
    }
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
  why = "no profile named " + profile + " in " + path;
  return std::nullopt;
}

}  // namespace cli
