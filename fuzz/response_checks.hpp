// The invariants every response fuzz target checks (JSON, XML, detected).
#ifndef RDSCODEC_FUZZ_RESPONSE_CHECKS_HPP
#define RDSCODEC_FUZZ_RESPONSE_CHECKS_HPP

#include "common.hpp"

#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>
#include <rdscodec/rds/import_database_between_instances.hpp>
#include <rdscodec/server/writer.hpp>
#include <rdscodec/response/response.hpp>

#include <simdjson.h>

#include <optional>
#include <string>
#include <string_view>

namespace fuzz {

inline constexpr int statuses[] = {200, 400, 0, 403, 404, 500, 502, 503, 204, 429, 301, 299};

/// XML 1.0 §2.2 Char, written here independently of the reader.
inline bool xml_char(std::uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

/// True when the body was (or would be) read as XML.
inline bool read_as_xml(std::string_view body, std::optional<rdscodec::response_format> format) {
  if (format) return *format == rdscodec::response_format::xml;
  std::size_t i = body.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) ++i;
  return i < body.size() && body[i] == '<';
}

/// What an XML document XML 1.0 accepts cannot hold: a byte of a character
/// outside Char (in UTF-8, C0 controls other than tab/LF/CR, and U+FFFE,
/// U+FFFF) anywhere; and, when the body has no comment, CDATA section or
/// processing instruction (no "<!", no "<?": every "&#...;" is then a
/// character reference), a reference to a character outside Char.
inline bool xml_characters_allowed(std::string_view b) {
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
    if (b.compare(i, 3, "\xEF\xBF\xBE") == 0 || b.compare(i, 3, "\xEF\xBF\xBF") == 0) return false;
  }
  if (b.find("<!") != std::string_view::npos || b.find("<?") != std::string_view::npos) return true;
  for (std::size_t at = b.find("&#"); at != std::string_view::npos; at = b.find("&#", at + 2)) {
    std::size_t i = at + 2;
    const bool hex = i < b.size() && b[i] == 'x';
    if (hex) ++i;
    const std::size_t digits = i;
    std::uint64_t v = 0;
    for (; i < b.size(); ++i) {
      const char c = b[i];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0) break;
      if (v < (std::uint64_t{1} << 40)) v = v * (hex ? 16 : 10) + static_cast<std::uint64_t>(d);
    }
    if (i == digits || i >= b.size() || b[i] != ';') continue;  // not a reference
    if (v > 0x10FFFF || !xml_char(static_cast<std::uint32_t>(v))) return false;
  }
  return true;
}

inline bool same_outcome(const rdscodec::response_result<rdscodec::cancel_import_response>& a,
                         const rdscodec::response_result<rdscodec::cancel_import_response>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (a) return a->request_id == b->request_id;
  const auto& x = a.error();
  const auto& y = b.error();
  return x.value() == y.value() && x.offset() == y.offset() && x.field() == y.field() &&
         x.http_status() == y.http_status() && x.service().code == y.service().code &&
         x.service().message == y.service().message && x.service().request_id == y.service().request_id &&
         x.service().access_denied_detail == y.service().access_denied_detail;
}

template <class Op>
void check_other(int status, std::string_view body, std::optional<rdscodec::response_format> format) {
  static rdscodec::response_parser parser;
  auto r = parser.parse<Op>(status, body, format);
  rdscodec::response_parser fresh;
  auto again = fresh.parse<Op>(status, body, format);
  FUZZ_CHECK(r.has_value() == again.has_value());
  // Into a response kept across inputs (holding whatever the last one left):
  // the same values as a new one after a success, every field reset after a
  // failure (compared through the JSON writer).
  static rdscodec::response_of_t<Op> kept{};
  const auto into = parser.parse_into<Op>(status, body, kept, format);
  FUZZ_CHECK(into.has_value() == r.has_value());
  {
    const auto kept_json = rdscodec::write_response<Op>(kept, rdscodec::response_format::json);
    const auto want_json = rdscodec::write_response<Op>(r ? *r : rdscodec::response_of_t<Op>{},
                                                        rdscodec::response_format::json);
    FUZZ_CHECK(kept_json.has_value() == want_json.has_value());
    if (kept_json && want_json) FUZZ_CHECK(*kept_json == *want_json);
  }
  if (r && read_as_xml(body, format)) FUZZ_CHECK(xml_characters_allowed(body));
  if (!r) {
    const auto at = r.error().offset();
    FUZZ_CHECK(at == rdscodec::error::npos || at <= body.size());
    FUZZ_CHECK(r.error().value() == again.error().value() && at == again.error().offset());
    return;
  }
  FUZZ_CHECK(status == 0 || (status >= 200 && status < 300));
  // The JSON writer is lossless: parsing what it wrote must give back the
  // same values, compared through their (canonical) JSON form. The XML
  // writer replaces control characters XML 1.0 cannot carry, so for XML
  // only a successful parse is required.
  // A parsed response always has JSON text (valid UTF-8, finite numbers,
  // raw values that are JSON); XML may refuse a map key that is no element name.
  const auto canonical = rdscodec::write_response<Op>(*r, rdscodec::response_format::json);
  FUZZ_CHECK(canonical);
  auto from_json = fresh.parse<Op>(200, *canonical, rdscodec::response_format::json);
  FUZZ_CHECK(from_json);
  FUZZ_CHECK(rdscodec::write_response<Op>(*from_json, rdscodec::response_format::json).value() == *canonical);
  if (const auto xml = rdscodec::write_response<Op>(*r, rdscodec::response_format::xml))
    FUZZ_CHECK(fresh.parse<Op>(200, *xml, rdscodec::response_format::xml));
  else
    FUZZ_CHECK(xml.error().value() == rdscodec::errc::unwritable_value);
}

/// First byte: the status; the rest: the body.
inline void check_response(const std::uint8_t* data, std::size_t size, std::optional<rdscodec::response_format> format) {
  if (size == 0) return;
  const int status = statuses[data[0] % (sizeof statuses / sizeof statuses[0])];
  const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
  using op = rdscodec::cancel_import_request;

  static rdscodec::response_parser parser;  // reused across inputs, as in production
  auto first = parser.parse<op>(status, body, format);

  // Offsets point inside the body; a success has a 2xx (or unknown) status.
  if (!first) {
    const auto at = first.error().offset();
    FUZZ_CHECK(at == rdscodec::error::npos || at <= body.size());
    FUZZ_CHECK(first.error().http_status() == status);
    FUZZ_CHECK(first.error().value() != rdscodec::errc::success);
    if (first.error().is_service_error()) FUZZ_CHECK(first.error().service().http_status == status);
    (void)first.error().message();
  } else {
    FUZZ_CHECK(status == 0 || (status >= 200 && status < 300));
    // XML 1.0 forbids some characters, literally or as references: a body
    // with one is refused, never decoded (&#0; used to cut values short).
    if (read_as_xml(body, format)) FUZZ_CHECK(xml_characters_allowed(body));
  }

  // Deterministic, and independent of what the parser or the output held before.
  rdscodec::response_parser fresh;
  FUZZ_CHECK(same_outcome(first, fresh.parse<op>(status, body, format)));
  // Read where it lies (parse_padded_into), the padding full of one of
  // '"', '}', ',' (chosen by the status byte): the same outcome, error
  // offsets included.
  {
    static constexpr char fills[] = {'"', '}', ','};
    std::string padded(body);
    padded.append(simdjson::SIMDJSON_PADDING, fills[(data[0] / 16) % 3]);
    rdscodec::cancel_import_response in_place;
    auto r = fresh.parse_padded_into<op>(
        status, simdjson::padded_string_view(padded.data(), body.size(), padded.size()), in_place, format);
    FUZZ_CHECK(r.has_value() == first.has_value());
    if (r) {
      FUZZ_CHECK(in_place.request_id == first->request_id);
    } else {
      FUZZ_CHECK(r.error().value() == first.error().value() && r.error().offset() == first.error().offset() &&
                 r.error().field() == first.error().field());
    }
  }
  rdscodec::cancel_import_response dirty;
  dirty.request_id = "left over from an earlier parse";
  auto into = parser.parse_into<op>(status, body, dirty, format);
  FUZZ_CHECK(into.has_value() == first.has_value());
  if (into) FUZZ_CHECK(dirty.request_id == first->request_id);

  // A decoded RequestId survives a trip through reference writers of both formats.
  if (first) {
    const std::string& id = first->request_id;
    auto json = fresh.parse<op>(200, "{\"RequestId\":" + json_quote(id) + "}");
    FUZZ_CHECK(json && json->request_id == id);
    std::string xml = "<CancelImportResponse><RequestId>";
    if (xml_escape(id, xml)) {
      xml += "</RequestId></CancelImportResponse>";
      auto back = fresh.parse<op>(200, xml);
      FUZZ_CHECK(back && back->request_id == id);
    }
  }

  // The other operations' responses (nested lists, numbers in strings):
  // offsets in range, success only on 2xx, the same outcome from a fresh
  // parser, and a written-then-parsed success gives the same response.
  check_other<rdscodec::describe_imports_for_sql_server_request>(status, body, format);
  check_other<rdscodec::import_database_between_instances_request>(status, body, format);
}

}  // namespace fuzz

#endif
