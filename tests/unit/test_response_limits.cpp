// Response parsing at the edges of its limits: list items and responses with
// more than 64 fields, and bodies of the default maximum size (1 MiB) built
// to be the worst case for each part of the readers.
//
// The [linear] tests assert only results, never times: a reader that is
// quadratic in the body size runs for minutes on them, and the ctest entry
// that runs them (unit_linear) has a timeout. They are hidden from the plain
// run ("[.linear]") so that such a regression fails there, not as a stalled
// `unit` test.
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>
#include <rdscodec/response/response.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

using rdscodec::errc;

// --- an operation wider than 64 fields ----------------------------------------
//
// Real RDS responses have items with more than 64 fields (an instance's
// attributes); the readers must size what they track from the declaration.

#define RDSCODEC_TEST_WIDE_70(X) X(01) RDSCODEC_TEST_WIDE_2_70(X)
#define RDSCODEC_TEST_WIDE_2_70(X)                                                                                 \
  X(02) X(03) X(04) X(05) X(06) X(07) X(08) X(09) X(10) X(11) X(12) X(13) X(14) X(15) X(16) X(17) X(18)     \
  X(19) X(20) X(21) X(22) X(23) X(24) X(25) X(26) X(27) X(28) X(29) X(30) X(31) X(32) X(33) X(34) X(35) X(36)     \
  X(37) X(38) X(39) X(40) X(41) X(42) X(43) X(44) X(45) X(46) X(47) X(48) X(49) X(50) X(51) X(52) X(53) X(54)     \
  X(55) X(56) X(57) X(58) X(59) X(60) X(61) X(62) X(63) X(64) X(65) X(66) X(67) X(68) X(69) X(70)

namespace rdscodec_test {

#define RDSCODEC_TEST_MEMBER(n) std::optional<std::int64_t> f##n;
struct wide_item {
  RDSCODEC_TEST_WIDE_70(RDSCODEC_TEST_MEMBER)
};
/// 70 fields of its own besides RequestId and the list: T01..T70.
struct wide_response {
  std::string request_id;
  RDSCODEC_TEST_WIDE_70(RDSCODEC_TEST_MEMBER)
  std::vector<wide_item> items;
};
#undef RDSCODEC_TEST_MEMBER

/// An item type with 70 fields under a response with only two.
struct narrow_response {
  std::string request_id;
  std::vector<wide_item> items;
};

struct wide_request {
  std::string db_instance_id;
};
struct narrow_request {
  std::string db_instance_id;
};

}  // namespace rdscodec_test

namespace rdscodec {

#define RDSCODEC_TEST_ITEM_FIELD(n) , field<&rdscodec_test::wide_item::f##n>{"F" #n, presence::optional}
#define RDSCODEC_TEST_TOP_FIELD(n) , field<&rdscodec_test::wide_response::f##n>{"T" #n, presence::optional}

template <>
struct item_traits<rdscodec_test::wide_item> {
  static constexpr auto fields = std::make_tuple(field<&rdscodec_test::wide_item::f01>{"F01", presence::optional}
                                                     RDSCODEC_TEST_WIDE_2_70(RDSCODEC_TEST_ITEM_FIELD));
};

template <>
struct operation_traits<rdscodec_test::wide_request> {
  using request = rdscodec_test::wide_request;
  using response = rdscodec_test::wide_response;
  static constexpr std::string_view action = "DescribeWide";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view response_root = "DescribeWideResponse";
  static constexpr auto fields = std::make_tuple(field<&request::db_instance_id>{"DBInstanceId", presence::required});
  static constexpr auto response_fields = std::make_tuple(
      field<&response::request_id>{"RequestId", presence::required} RDSCODEC_TEST_WIDE_70(RDSCODEC_TEST_TOP_FIELD),
      list_field<&response::items>{"Items", "Item"});
};

template <>
struct operation_traits<rdscodec_test::narrow_request> {
  using request = rdscodec_test::narrow_request;
  using response = rdscodec_test::narrow_response;
  static constexpr std::string_view action = "DescribeNarrow";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view response_root = "DescribeNarrowResponse";
  static constexpr auto fields = std::make_tuple(field<&request::db_instance_id>{"DBInstanceId", presence::required});
  static constexpr auto response_fields =
      std::make_tuple(field<&response::request_id>{"RequestId", presence::required},
                      list_field<&response::items>{"Items", "Item"});
};

#undef RDSCODEC_TEST_ITEM_FIELD
#undef RDSCODEC_TEST_TOP_FIELD

}  // namespace rdscodec

namespace {

static_assert(std::tuple_size_v<std::remove_const_t<decltype(rdscodec::item_traits<rdscodec_test::wide_item>::fields)>> ==
              70);
static_assert(std::tuple_size_v<std::remove_const_t<
                  decltype(rdscodec::operation_traits<rdscodec_test::wide_request>::response_fields)>> == 72);

template <class Op>
rdscodec::response_result<typename rdscodec::operation_traits<Op>::response> parse(const std::string& body) {
  rdscodec::response_parser p;
  return p.parse<Op>(200, body);
}

}  // namespace

TEST_CASE("list items with more than 64 fields: the 70th decodes, a repeated 66th is a duplicate", "[response]") {
  using op = rdscodec_test::narrow_request;
  auto json = parse<op>(R"({"RequestId":"r","Items":{"Item":[{"F01":1,"F70":7000000000},{"F66":66}]}})");
  REQUIRE(json);
  REQUIRE(json->items.size() == 2);
  CHECK(json->items[0].f01 == 1);
  CHECK(json->items[0].f70 == 7000000000);
  CHECK(json->items[1].f66 == 66);
  CHECK_FALSE(json->items[1].f70);

  auto xml = parse<op>("<DescribeNarrowResponse><RequestId>r</RequestId><Items>"
                       "<Item><F01>1</F01><F70>7000000000</F70></Item><Item><F66>66</F66></Item>"
                       "</Items></DescribeNarrowResponse>");
  REQUIRE(xml);
  REQUIRE(xml->items.size() == 2);
  CHECK(xml->items[0].f70 == 7000000000);
  CHECK(xml->items[1].f66 == 66);

  auto json_dup = parse<op>(R"({"RequestId":"r","Items":{"Item":[{"F66":1,"F70":2,"F66":3}]}})");
  REQUIRE_FALSE(json_dup);
  CHECK(json_dup.error() == errc::duplicate_field);
  CHECK(json_dup.error().field() == "F66");

  const std::string xml_dup_body = "<DescribeNarrowResponse><RequestId>r</RequestId><Items><Item>"
                                   "<F66>1</F66><F70>2</F70><F66>3</F66></Item></Items></DescribeNarrowResponse>";
  auto xml_dup = parse<op>(xml_dup_body);
  REQUIRE_FALSE(xml_dup);
  CHECK(xml_dup.error() == errc::duplicate_field);
  CHECK(xml_dup.error().field() == "F66");
  CHECK(xml_dup.error().offset() == xml_dup_body.rfind("<F66>"));  // the second one
}

TEST_CASE("responses with more than 64 fields of their own", "[response]") {
  using op = rdscodec_test::wide_request;
  auto json = parse<op>(R"({"T70":70,"RequestId":"r","T66":66,"Items":{"Item":{"F70":7}}})");
  REQUIRE(json);
  CHECK(json->request_id == "r");
  CHECK(json->f70 == 70);
  CHECK(json->f66 == 66);
  CHECK_FALSE(json->f65);
  REQUIRE(json->items.size() == 1);
  CHECK(json->items[0].f70 == 7);

  auto xml = parse<op>("<DescribeWideResponse><T70>70</T70><RequestId>r</RequestId><T66>66</T66>"
                       "</DescribeWideResponse>");
  REQUIRE(xml);
  CHECK(xml->f70 == 70);
  CHECK(xml->f66 == 66);

  auto json_dup = parse<op>(R"({"RequestId":"r","T66":1,"T70":2,"T66":3})");
  REQUIRE_FALSE(json_dup);
  CHECK(json_dup.error() == errc::duplicate_field);
  CHECK(json_dup.error().field() == "T66");
  auto xml_dup = parse<op>("<DescribeWideResponse><RequestId>r</RequestId><T66>1</T66><T70>2</T70><T66>3</T66>"
                           "</DescribeWideResponse>");
  REQUIRE_FALSE(xml_dup);
  CHECK(xml_dup.error() == errc::duplicate_field);
  CHECK(xml_dup.error().field() == "T66");

  // Required fields are still checked past index 64 (RequestId is index 0;
  // the check walks the whole table).
  auto missing = parse<op>(R"({"T70":1})");
  REQUIRE_FALSE(missing);
  CHECK(missing.error() == errc::missing_field);
  CHECK(missing.error().field() == "RequestId");
}

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
