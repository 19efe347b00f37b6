// Response parsing at the edges of its limits: bodies of the default maximum
// size (1 MiB) built to be the worst case for each part of the readers.
//
// The [linear] tests assert only results, never times: a reader that is
// quadratic in the body size runs for minutes on them, and the ctest entry
// that runs them (unit_linear) has a timeout. They are hidden from the plain
// run ("[.linear]") so that such a regression fails there, not as a stalled
// `unit` test.
#include <rdscodec/ops/cancel_import.hpp>
#include <rdscodec/ops/describe_imports_for_sql_server.hpp>
#include <rdscodec/response.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>

using rdscodec::errc;

// --- 1 MiB worst cases --------------------------------------------------------

namespace {

constexpr std::size_t mib = std::size_t{1} << 20;

/// `head` + `count` copies of `unit` + `tail`, with `count` as large as fits in `size` bytes.
std::string repeat_to_size(const std::string& head, const std::string& unit, const std::string& tail, std::size_t size = mib) {
  std::string s = head;
  const std::size_t count = (size - head.size() - tail.size()) / unit.size();
  s.reserve(size);
  for (std::size_t i = 0; i < count; ++i) s += unit;
  s += tail;
  return s;
}

rdscodec::response_result<rdscodec::cancel_import_response> parse_cancel(int status, const std::string& body) {
  rdscodec::response_parser p;
  return p.parse<rdscodec::cancel_import_request>(status, body);
}

}  // namespace

TEST_CASE("1 MiB JSON error body: AccessDeniedDetail followed by whitespace", "[.linear][response]") {
  // Half the body is the value, half the whitespace after it: the shape that
  // took one pass over the value per whitespace byte.
  const std::string value = "{\"EncodedDiagnosticMessage\":\"" + std::string(mib / 2, 'm') + "\"}";
  const std::string head = "{\"Code\":\"Forbidden\",\"RequestId\":\"r\",\"AccessDeniedDetail\":" + value;
  for (const char* tail : {"}", ",\"HostId\":\"h\"}"}) {
    const std::string body = repeat_to_size(head, " ", tail);
    REQUIRE(body.size() <= mib);
    auto r = parse_cancel(403, body);
    REQUIRE_FALSE(r);
    REQUIRE(r.error().is_service_error());
    CHECK(r.error().service().access_denied_detail == value);
  }
  // The array form, brackets inside strings and nested arrays.
  std::string nested = "[";
  for (int i = 0; i < 30; ++i) nested += "[{\"a\":[1,2,\"]}\"]},";
  nested += "0";
  for (int i = 0; i < 30; ++i) nested += "]";
  nested += "]";
  const std::string body = repeat_to_size("{\"Code\":\"Forbidden\",\"AccessDeniedDetail\":" + nested, "\n", "}");
  auto r = parse_cancel(403, body);
  REQUIRE_FALSE(r);
  REQUIRE(r.error().is_service_error());
  CHECK(r.error().service().access_denied_detail == nested);
}

TEST_CASE("1 MiB JSON bodies: many tiny values, one long string, nesting at the limit, long keys", "[.linear][response]") {
  auto tiny = parse_cancel(200, repeat_to_size("{\"RequestId\":\"r\",\"a\":[0", ",0", "]}"));
  REQUIRE(tiny);
  CHECK(tiny->request_id == "r");

  const std::string long_id = std::string(mib - 32, 'i');
  auto long_string = parse_cancel(200, "{\"RequestId\":\"" + long_id + "\"}");
  REQUIRE(long_string);
  CHECK(long_string->request_id == long_id);

  // Siblings nested 60 deep, one after another (the default limit is 64).
  const std::string deep = "{\"a\":" + std::string(60, '[') + std::string(60, ']') + "},";
  auto nesting = parse_cancel(200, repeat_to_size("{\"RequestId\":\"r\",\"x\":[", deep, "0]}"));
  REQUIRE(nesting);

  // Unknown keys with escapes (the path that unescapes each key).
  auto keys = parse_cancel(200, repeat_to_size("{", "\"k\\u0041\":0,", "\"RequestId\":\"r\"}"));
  REQUIRE(keys);
  CHECK(keys->request_id == "r");

  // A list of many small items.
  rdscodec::response_parser p;
  const std::string item = "{\"ImportId\":1,\"ImportStatus\":\"Success\"},";
  auto list = p.parse<rdscodec::describe_imports_for_sql_server_request>(
      200, repeat_to_size("{\"RequestId\":\"r\",\"Items\":{\"SQLServerImport\":[", item, "{}]}}"));
  REQUIRE(list);
  CHECK(list->items.size() > 20000);
}

TEST_CASE("1 MiB XML bodies: many elements, references, text pieces, nesting, structured detail", "[.linear][response]") {
  const std::string open = "<CancelImportResponse><RequestId>r</RequestId>";
  const std::string close = "</CancelImportResponse>";
  auto tiny = parse_cancel(200, repeat_to_size(open, "<a/>", close));
  REQUIRE(tiny);
  CHECK(tiny->request_id == "r");

  // RequestId made of many character references, then of many text pieces
  // (text, CDATA, comment, text...), each appended to the value.
  auto refs = parse_cancel(200, repeat_to_size("<CancelImportResponse><RequestId>", "&#x41;", "</RequestId>" + close));
  REQUIRE(refs);
  CHECK(refs->request_id == std::string(refs->request_id.size(), 'A'));
  CHECK(refs->request_id.size() > 100000);
  auto pieces = parse_cancel(200, repeat_to_size("<CancelImportResponse><RequestId>", "a<![CDATA[b]]><!---->", "</RequestId>" + close));
  REQUIRE(pieces);
  CHECK(pieces->request_id.size() > 50000);
  CHECK(pieces->request_id.compare(0, 6, "ababab") == 0);

  // Nesting 60 deep, repeated: more '<' than the limit, so the depth walk runs.
  std::string deep;
  for (int i = 0; i < 60; ++i) deep += "<d>";
  for (int i = 0; i < 60; ++i) deep += "</d>";
  REQUIRE(parse_cancel(200, repeat_to_size(open, deep, close)));

  // A structured AccessDeniedDetail with many children, kept as inner markup.
  const std::string child = "<P>v</P>";
  const std::string body = repeat_to_size("<Error><Code>Forbidden</Code><AccessDeniedDetail>", child, "</AccessDeniedDetail></Error>");
  auto detail = parse_cancel(403, body);
  REQUIRE_FALSE(detail);
  REQUIRE(detail.error().is_service_error());
  const std::string& text = detail.error().service().access_denied_detail;
  CHECK(text.size() % child.size() == 0);
  CHECK(text.size() > 100000);
  CHECK(text.compare(0, 2 * child.size(), child + child) == 0);

  // Many list items.
  rdscodec::response_parser p;
  auto list = p.parse<rdscodec::describe_imports_for_sql_server_request>(
      200, repeat_to_size("<DescribeImportsForSQLServerResponse><RequestId>r</RequestId><Items>",
                "<SQLServerImport><ImportId>1</ImportId></SQLServerImport>",
                "</Items></DescribeImportsForSQLServerResponse>"));
  REQUIRE(list);
  CHECK(list->items.size() > 15000);
}
