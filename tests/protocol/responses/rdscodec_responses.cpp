// rdscodec_responses: decodes response documents through rdscodec, for the
// comparison with the official SDK that tests/protocol/gen_responses.js runs
// (tests/protocol/README.md, "Responses"). Every operation is reached through
// the tools' table (tools/any_operation/any_operation.hpp); this TU
// instantiates none.
//
// Input (stdin), one record per document:
//   <Action> TAB <JSON length> TAB <XML length, -1: none> LF <JSON bytes><XML bytes>
// Output (stdout), one JSON object per record and line:
//   {"json":R,"xml":R|null,"writtenXml":S|null,"fromWrittenXml":R|null,"fromWrittenJson":R|null}
// where R is {"ok":<the typed response written as JSON by rdscodec's writer>}
// or {"error":"<rdscodec's message>"}:
//   json            the JSON document decoded (parse_response, JSON, printed as JSON)
//   xml             the XML document decoded the same way
//   writtenXml      the typed response of `json` written as XML (rewrite_response)
//   fromWrittenXml  writtenXml decoded
//   fromWrittenJson json's own output (rdscodec's written JSON) decoded again
// Exit status: 0 when every record was read (decoding failures are output,
// for the comparison to judge), 2 on malformed input or an unknown action.
#include "any_operation/any_operation.hpp"

#include <cstdio>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace {

void put_json_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += ch;
    }
  }
  out += '"';
}

using parsed = rdscodec::response_result<std::string>;

void put_result(std::string& out, const parsed& r) {
  if (r) {
    out += "{\"ok\":";
    out += *r;
    out += '}';
  } else {
    out += "{\"error\":";
    put_json_string(out, r.error().message());
    out += '}';
  }
}

parsed decode(const any_operation::entry& e, std::string_view body, rdscodec::response_format f) {
  any_operation::print_options how;
  how.json = true;
  return e.parse_response(200, body, f, how);
}

bool read_number(std::string_view s, long long& v) {
  if (s.empty()) return false;
  bool neg = s[0] == '-';
  if (neg) s.remove_prefix(1);
  if (s.empty() || s.size() > 12) return false;
  v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (neg) v = -v;
  return true;
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  const std::string input{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  std::string_view in = input;
  std::string out;
  std::size_t records = 0;
  while (!in.empty()) {
    const auto lf = in.find('\n');
    if (lf == std::string_view::npos) break;
    const std::string_view header = in.substr(0, lf);
    in.remove_prefix(lf + 1);
    const auto t1 = header.find('\t');
    const auto t2 = t1 == std::string_view::npos ? t1 : header.find('\t', t1 + 1);
    long long json_len = 0;
    long long xml_len = 0;
    if (t2 == std::string_view::npos || !read_number(header.substr(t1 + 1, t2 - t1 - 1), json_len) ||
        !read_number(header.substr(t2 + 1), xml_len) || json_len < 0 || xml_len < -1 ||
        static_cast<unsigned long long>(json_len + (xml_len < 0 ? 0 : xml_len)) > in.size()) {
      std::fprintf(stderr, "rdscodec_responses: malformed record %zu\n", records + 1);
      return 2;
    }
    const std::string_view action = header.substr(0, t1);
    const any_operation::entry* e = any_operation::find(action);
    if (e == nullptr) {
      std::fprintf(stderr, "rdscodec_responses: unknown action in record %zu\n", records + 1);
      return 2;
    }
    const std::string_view json = in.substr(0, static_cast<std::size_t>(json_len));
    in.remove_prefix(static_cast<std::size_t>(json_len));
    std::optional<std::string_view> xml;
    if (xml_len >= 0) {
      xml = in.substr(0, static_cast<std::size_t>(xml_len));
      in.remove_prefix(static_cast<std::size_t>(xml_len));
    }
    const parsed from_json = decode(*e, json, rdscodec::response_format::json);
    out += "{\"json\":";
    put_result(out, from_json);
    out += ",\"xml\":";
    if (xml)
      put_result(out, decode(*e, *xml, rdscodec::response_format::xml));
    else
      out += "null";
    if (from_json) {
      const parsed written = e->rewrite_response(200, json, rdscodec::response_format::json,
                                                 rdscodec::response_format::xml);
      out += ",\"writtenXml\":";
      if (written) {
        put_json_string(out, *written);
        out += ",\"fromWrittenXml\":";
        put_result(out, decode(*e, *written, rdscodec::response_format::xml));
      } else {
        out += "null,\"writtenXmlError\":";
        put_json_string(out, written.error().message());
        out += ",\"fromWrittenXml\":null";
      }
      out += ",\"fromWrittenJson\":";
      put_result(out, decode(*e, *from_json, rdscodec::response_format::json));
    } else {
      out += ",\"writtenXml\":null,\"fromWrittenXml\":null,\"fromWrittenJson\":null";
    }
    out += "}\n";
    ++records;
    if (out.size() > (1u << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  if (!in.empty()) {
    std::fprintf(stderr, "rdscodec_responses: trailing bytes after record %zu\n", records);
    return 2;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 2;
}
