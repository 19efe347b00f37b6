#include "cli.hpp"

#include <rdscodec/escape.hpp>

namespace cli {

std::string shell_quote(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

std::string request_text(const rdscodec::http_request& r) {
  std::string s(rdscodec::to_string(r.method));
  s += ' ';
  s += r.url();
  s += '\n';
  for (const auto& h : r.headers) s += h.name + ": " + h.value + "\n";
  s += '\n';
  s += r.body;
  if (!r.body.empty()) s += '\n';
  return s;
}

std::string curl_command(const rdscodec::http_request& r) {
  std::string s = "curl -sS -X ";
  s += rdscodec::to_string(r.method);
  s += ' ';
  s += shell_quote(r.url());
  for (const auto& h : r.headers) s += " -H " + shell_quote(h.name + ": " + h.value);
  if (!r.body.empty()) s += " --data-binary " + shell_quote(r.body);
  return s + "\n";
}

std::string json_string(std::string_view v) {
  std::string s = "\"";
  rdscodec::json_escape_append(s, v);
  return s + "\"";
}

std::string trace_json(const rdscodec::signing_trace& t) {
  std::string s = "{\"signature\":" + json_string(t.method) + ",\"access_key_id\":" + json_string(t.access_key_id) +
                  ",\"stages\":{";
  bool first = true;
  auto stage = [&](const char* name, const std::string& value, bool always) {
    if (value.empty() && !always) return;
    if (!first) s += ',';
    first = false;
    s += json_string(name) + ":" + json_string(value);
  };
  stage("canonical_query", t.canonical_query, true);
  stage("canonical_request", t.canonical_request, false);
  stage("hashed_canonical_request", t.hashed_canonical_request, false);
  stage("string_to_sign", t.string_to_sign, true);
  stage("signature", t.signature, true);
  stage("authorization", t.authorization, false);
  const auto& r = t.request;
  s += "},\"request\":{\"method\":" + json_string(rdscodec::to_string(r.method)) + ",\"url\":" + json_string(r.url()) +
       ",\"scheme\":" + json_string(r.scheme) + ",\"host\":" + json_string(r.host) + ",\"path\":" +
       json_string(r.path) + ",\"query\":" + json_string(r.query) + ",\"headers\":[";
  for (std::size_t i = 0; i < r.headers.size(); ++i) {
    if (i != 0) s += ',';
    s += "{\"name\":" + json_string(r.headers[i].name) + ",\"value\":" + json_string(r.headers[i].value) + "}";
  }
  s += "],\"body\":" + json_string(r.body) + "}}\n";
  return s;
}

}  // namespace cli
