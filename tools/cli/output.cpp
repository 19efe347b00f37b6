#include "cli.hpp"

#include <rdscodec/core/escape.hpp>

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
  s += terminal_text(r.url());
  s += '\n';
  for (const auto& h : r.headers) s += terminal_text(h.name) + ": " + terminal_text(h.value) + "\n";
  s += '\n';
  s += terminal_text(r.body, line_breaks::keep);
  if (!r.body.empty()) s += '\n';
  return s;
}

std::string curl_command(const rdscodec::http_request& r) {
  std::string s = "curl -sS -X ";
  s += rdscodec::to_string(r.method);
  s += ' ';
  s += shell_quote(r.url());
  for (const auto& h : r.headers) s += " -H " + shell_quote(h.name + ": " + h.value);
  if (r.body.empty()) return s + "\n";
  if (terminal_text(r.body, line_breaks::keep) == r.body) return s + " --data-binary " + shell_quote(r.body) + "\n";
  // The body has bytes that must not reach the terminal: printf writes them
  // from octal escapes (POSIX printf format), curl reads the body from stdin.
  std::string format;
  for (std::size_t i = 0; i < r.body.size();) {
    const auto c = static_cast<unsigned char>(r.body[i]);
    std::size_t n = terminal::utf8_sequence_length(r.body, i);
    const bool c1 = n == 2 && c == 0xC2 && static_cast<unsigned char>(r.body[i + 1]) <= 0x9F;
    if (c == '%') {
      format += "%%";
    } else if (c == '\\') {
      format += "\\\\";
    } else if (c == '\'') {
      format += "'\\''";
    } else if ((c < 0x20 && c != '\n') || c == 0x7F || n == 0 || c1) {
      if (n == 0) n = 1;
      for (std::size_t k = 0; k < n; ++k) {
        const auto b = static_cast<unsigned char>(r.body[i + k]);
        format += '\\';
        format += static_cast<char>('0' + (b >> 6));
        format += static_cast<char>('0' + ((b >> 3) & 7));
        format += static_cast<char>('0' + (b & 7));
      }
      i += n;
      continue;
    } else {
      format.append(r.body, i, n);
      i += n;
      continue;
    }
    ++i;
  }
  return "printf '" + format + "' | " + s + " --data-binary @-\n";
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
    // Names in lower case for V2 and V3 alike: header names are
    // case-insensitive (RFC 9110 section 5.1), V3 signs them in lower case,
    // and HTTP/2 sends them so; a reader can match them byte for byte.
    std::string name = r.headers[i].name;
    for (char& c : name)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    s += "{\"name\":" + json_string(name) + ",\"value\":" + json_string(r.headers[i].value) + "}";
  }
  s += "],\"body\":" + json_string(r.body) + "}}\n";
  return s;
}

}  // namespace cli
