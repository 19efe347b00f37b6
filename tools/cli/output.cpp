#include "cli.hpp"

#include <rdscodec/core/escape.hpp>

namespace cli {

namespace {

constexpr char hex_digits[] = "0123456789abcdef";

/// Length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlong
/// forms, no surrogates, nothing above U+10FFFF), or 0 if the byte there does
/// not start one.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const std::size_t left = s.size() - i;
  auto cont = [&](std::size_t k) { return k < s.size() && (b(k) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return left >= 2 && cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 3 || !cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) > 0x9F) return 0;   // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(i + 1) > 0x8F) return 0;   // above U+10FFFF
    return 4;
  }
  return 0;
}

void append_hex_escape(std::string& out, const char* prefix, unsigned char c) {
  out += prefix;
  out += hex_digits[c >> 4];
  out += hex_digits[c & 15];
}

}  // namespace

std::string terminal_text(std::string_view s, line_breaks breaks) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n' && breaks == line_breaks::keep) {
      out += '\n';
      ++i;
    } else if (c == '\\') {
      out += "\\\\";
      ++i;
    } else if (c < 0x20 || c == 0x7F) {
      append_hex_escape(out, "\\x", c);
      ++i;
    } else if (const std::size_t n = utf8_sequence_length(s, i); n == 0) {
      append_hex_escape(out, "\\x", c);  // not UTF-8: the byte itself
      ++i;
    } else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      append_hex_escape(out, "\\u00", static_cast<unsigned char>(s[i + 1]));  // C1 control U+0080..U+009F
      i += 2;
    } else {
      out.append(s, i, n);
      i += n;
    }
  }
  return out;
}

std::string terminal_json(std::string_view doc) {
  std::string out;
  out.reserve(doc.size());
  for (std::size_t i = 0; i < doc.size();) {
    const auto c = static_cast<unsigned char>(doc[i]);
    if (c == '\t' || c == '\n' || c == '\r') {
      out += static_cast<char>(c);  // raw only between tokens: inside strings the writer escaped them
      ++i;
    } else if (c < 0x20 || c == 0x7F) {
      append_hex_escape(out, "\\u00", c);
      ++i;
    } else if (const std::size_t n = utf8_sequence_length(doc, i); n == 0) {
      out += "\\ufffd";  // JSON cannot carry a byte that is not UTF-8
      ++i;
    } else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(doc[i + 1]) <= 0x9F) {
      append_hex_escape(out, "\\u00", static_cast<unsigned char>(doc[i + 1]));
      i += 2;
    } else {
      out.append(doc, i, n);
      i += n;
    }
  }
  return out;
}

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
    std::size_t n = utf8_sequence_length(r.body, i);
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
