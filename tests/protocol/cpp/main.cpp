// rdscodec_protocol: every case of tests/protocol (what the official RDS SDK
// @alicloud/rds20140815 15.4.0 sent, see tests/protocol/README.md) signed by
// rdscodec and compared, and the SDK's request verified and decoded by
// rdscodec's server side (run_case.hpp).
//
//   rdscodec_protocol [PATH...]
//
// PATH: a case file, or a directory holding cases-v2.json and cases-v3.json.
// Without one: $RDSCODEC_PROTOCOL_CASES (a directory) when set, else the
// committed files. Exit status 0 when every case passed.
#include "case.hpp"
#include "shards.hpp"

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <set>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <vector>

namespace {

using rdscodec_protocol::jv;

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The case file through simdjson's on-demand API. Each object or array is
// taken as its raw text (raw_json) and parsed again for its members, so that
// every value keeps its text exactly as it stands in the file.
jv to_jv(std::string_view raw, std::size_t depth);

jv child(simdjson::ondemand::value v, std::size_t depth) {
  switch (v.type().value()) {
    case simdjson::ondemand::json_type::object: {
      simdjson::ondemand::object o = v.get_object().value();
      return to_jv(o.raw_json().value(), depth + 1);
    }
    case simdjson::ondemand::json_type::array: {
      simdjson::ondemand::array a = v.get_array().value();
      return to_jv(a.raw_json().value(), depth + 1);
    }
    default: return to_jv(trim_right(v.raw_json_token()), depth + 1);
  }
}

jv to_jv(std::string_view raw, std::size_t depth) {
  if (depth > 64) throw std::runtime_error("JSON nested too deeply");
  static std::vector<simdjson::ondemand::parser> parsers(66);
  const simdjson::padded_string text(raw);
  simdjson::ondemand::document doc = parsers[depth].iterate(text);
  jv out;
  out.raw = std::string(raw);
  switch (doc.type().value()) {
    case simdjson::ondemand::json_type::object:
      out.kind = jv::object;
      for (auto field : doc.get_object()) {
        std::string key(field.unescaped_key().value());
        out.members.emplace_back(std::move(key), child(field.value(), depth));
      }
      break;
    case simdjson::ondemand::json_type::array:
      out.kind = jv::array;
      for (auto item : doc.get_array()) out.items.push_back(child(item.value(), depth));
      break;
    case simdjson::ondemand::json_type::string:
      out.kind = jv::string;
      out.text = std::string(doc.get_string().value());
      break;
    case simdjson::ondemand::json_type::number:
      out.kind = jv::number;
      out.text = std::string(trim_right(doc.raw_json_token().value()));
      break;
    case simdjson::ondemand::json_type::boolean:
      out.kind = jv::boolean;
      out.b = doc.get_bool().value();
      break;
    case simdjson::ondemand::json_type::null:
      out.kind = jv::null_value;
      break;
  }
  return out;
}

const jv& at(const jv& o, std::string_view key) {
  const jv* v = o.find(key);
  if (v == nullptr) throw std::runtime_error("missing member " + std::string(key));
  return *v;
}

std::string str(const jv& o, std::string_view key) {
  const jv& v = at(o, key);
  if (v.kind != jv::string) throw std::runtime_error("member " + std::string(key) + " is not a string");
  return v.text;
}

rdscodec_protocol::pairs string_pairs(const jv& o) {
  if (o.kind != jv::object) throw std::runtime_error("expected an object of strings");
  rdscodec_protocol::pairs p;
  for (const auto& m : o.members) {
    if (m.second.kind != jv::string) throw std::runtime_error("value of " + m.first + " is not a string");
    p.emplace_back(m.first, m.second.text);
  }
  return p;
}

rdscodec_protocol::pcase to_case(jv j, bool v3_file) {
  rdscodec_protocol::pcase c;
  c.id = str(j, "id");
  c.operation = str(j, "operation");
  const std::string sig = str(j, "signature");
  if (sig != "v2" && sig != "v3") throw std::runtime_error(c.id + ": signature " + sig);
  c.v3 = sig == "v3";
  if (c.v3 != v3_file) throw std::runtime_error(c.id + ": signature differs from the file's");
  const jv& cr = at(j, "credentials");
  c.key_id = str(cr, "accessKeyId");
  c.secret = str(cr, "accessKeySecret");
  if (cr.find("securityToken") != nullptr) c.token = str(cr, "securityToken");
  c.timestamp = str(j, "timestamp");
  c.nonce = str(j, "nonce");
  c.endpoint = str(j, "endpoint");
  for (const auto& v : at(j, "violates").items) c.violates.push_back({str(v, "wire"), str(v, "rule")});
  const jv& e = at(j, "expected");
  auto& x = c.expected;
  x.method = str(e, "method");
  x.host = str(e, "host");
  x.path = str(e, "path");
  x.raw_query = str(e, "rawQuery");
  if (c.v3 == false) x.common = string_pairs(at(e, "common"));
  x.query = string_pairs(at(e, "query"));
  if (at(e, "form").kind != jv::null_value) x.form = string_pairs(at(e, "form"));
  if (at(e, "body").kind != jv::null_value) x.body = str(e, "body");
  x.headers = string_pairs(at(e, "headers"));
  x.signature = str(e, "signature");
  if (c.v3) x.without_provider_authorization = str(at(e, "withoutProviderHeader"), "authorization");
  else x.format_json_signature = str(at(e, "formatJSON"), "signature");
  c.request = at(j, "request");
  return c;
}

bool is_directory(const std::string& p) {
  struct stat st {};
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

struct file_summary {
  std::string path;
  std::size_t cases = 0;
  std::size_t operations = 0;
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) paths.emplace_back(argv[i]);
  if (paths.empty()) {
    const char* env = std::getenv("RDSCODEC_PROTOCOL_CASES");
    paths.emplace_back(env != nullptr && *env != '\0' ? env : RDSCODEC_PROTOCOL_DEFAULT_DIR);
  }
  std::vector<std::string> files;
  for (const auto& p : paths) {
    if (is_directory(p)) {
      files.push_back(p + "/cases-v2.json");
      files.push_back(p + "/cases-v3.json");
    } else {
      files.push_back(p);
    }
  }
  rdscodec_protocol::outcome o;
  std::vector<file_summary> summary;
  std::size_t unknown = 0;
  try {
    for (const auto& f : files) {
      const simdjson::padded_string text = simdjson::padded_string::load(f).value();
      simdjson::ondemand::parser parser;
      simdjson::ondemand::document doc = parser.iterate(text);
      bool v3_file = false;
      std::size_t declared = 0;
      std::vector<std::string> case_texts;
      for (auto field : doc.get_object()) {
        const std::string_view key = field.unescaped_key().value();
        if (key == "signature") v3_file = std::string_view(field.value().get_string().value()) == "v3";
        else if (key == "operations") declared = static_cast<std::size_t>(field.value().get_uint64().value());
        else if (key == "cases")
          for (auto c : field.value().get_array()) {
            simdjson::ondemand::object ob = c.get_object().value();
            case_texts.emplace_back(ob.raw_json().value());
          }
      }
      std::set<std::string> ops;
      for (const auto& t : case_texts) {
        const rdscodec_protocol::pcase c = to_case(to_jv(t, 0), v3_file);
        ops.insert(c.operation);
        bool known = false;
        for (auto shard : rdscodec_protocol::shards)
          if (shard(c, o)) {
            known = true;
            break;
          }
        if (!known) {
          ++unknown;
          o.fail(c, "no generated operation " + c.operation);
        }
      }
      if (ops.size() != declared) {
        std::fprintf(stderr, "%s: %zu operations in the cases, the file says %zu\n", f.c_str(), ops.size(), declared);
        ++o.failures;
      }
      summary.push_back({f, case_texts.size(), ops.size()});
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "reading the cases: %s\n", e.what());
    return 2;
  }
  for (const auto& s : summary) std::printf("%s: %zu cases, %zu operations\n", s.path.c_str(), s.cases, s.operations);
  std::printf(
      "cases %zu: compared %zu, refused by rdscodec as the spec requires %zu; server side: accepted and decoded %zu, "
      "refused as the spec requires %zu, forged signature refused %zu; unknown operations %zu\n",
      o.cases, o.compared, o.refused, o.server_accepted, o.server_refused, o.tampered_refused, unknown);
  std::printf("legitimate differences applied (the list in case.hpp):\n");
  for (std::size_t i = 0; i < rdscodec_protocol::differences.size(); ++i)
    std::printf("  %-32s %zu\n", std::string(rdscodec_protocol::differences[i].name).c_str(), o.used[i]);
  for (const auto& m : o.messages) std::fprintf(stderr, "FAIL %s\n", m.c_str());
  if (o.failures != 0 || o.cases == 0) {
    std::fprintf(stderr, "%zu failures\n", o.failures);
    return 1;
  }
  std::printf("all cases passed\n");
  return 0;
}
