#include <rdscodec/core/escape.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/response/response.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {
std::string json(std::string_view s) {
  std::string o;
  rdscodec::json_escape_append(o, s);
  return o;
}
std::string xml(std::string_view s) {
  std::string o;
  rdscodec::xml_escape_append(o, s);
  return o;
}
}  // namespace

TEST_CASE("JSON and XML text escaping", "[escape]") {
  // RFC 8259 §7: quotation mark, reverse solidus and control characters must be escaped.
  CHECK(json("a\"b\\c") == "a\\\"b\\\\c");
  CHECK(json("\n\r\t") == "\\n\\r\\t");
  CHECK(json(std::string("\x01\x1f", 2)) == "\\u0001\\u001f");
  CHECK(json("中文/é") == "中文/é");  // UTF-8 passes through
  // XML 1.0: markup characters as entities, TAB/LF/CR as references, other controls not representable.
  CHECK(xml("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f");
  CHECK(xml("\t\n\r") == "&#9;&#10;&#13;");
  CHECK(xml(std::string("x\x01y\0z", 5)) == "x\xEF\xBF\xBDy\xEF\xBF\xBDz");
  // U+FFFE and U+FFFF are outside XML 1.0's Char too (§2.2); U+FFFD is kept.
  CHECK(xml("a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c\xEF\xBF\xBD") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD");

  // What is escaped decodes back to the same text through rdscodec's own parsers.
  const std::string tricky = "  a \"quoted\" \\ <tag> & 'x'\t\r\n中文  ";
  rdscodec::response_parser p;
  auto j = p.parse<rdscodec::cancel_import_request>(200, "{\"RequestId\":\"" + json(tricky) + "\"}");
  REQUIRE(j);
  CHECK(j->request_id == tricky);
  auto x = p.parse<rdscodec::cancel_import_request>(
      200, "<CancelImportResponse><RequestId>" + xml(tricky) + "</RequestId></CancelImportResponse>");
  REQUIRE(x);
  CHECK(x->request_id == tricky);
}
