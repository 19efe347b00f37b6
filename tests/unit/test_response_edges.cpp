// Edges of the response readers and writer for every member kind of the
// field model (string, bool, integers, float, double, raw_json, lists, lists
// of lists, maps, nested objects), in JSON and XML alike: number limits,
// XML element names the writer cannot write, what a raw_json member holds
// when the body is XML, hostile shapes and sizes.
//
// Expected values come from the formats' definitions (RFC 8259, XML 1.0
// fifth edition, IEEE 754 binary32 / binary64 rounding), worked out in the
// comments next to them; none is a value the code under test computed.
#include <rdscodec/response/response.hpp>
#include <rdscodec/rds/describe_price.hpp>
#include <rdscodec/server/writer.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

using rdscodec::errc;
using rdscodec::field;
using rdscodec::presence;
using rdscodec::response_format;

namespace edges_test {

struct inner {
  std::optional<std::string> name;
  std::vector<std::int32_t> values;
};
struct outer {
  std::string id;  // required
  std::optional<inner> in;
  std::vector<inner> list;
};
struct request {
  std::optional<std::string> region_id;
};
struct response {
  std::string request_id;
  std::optional<bool> flag;
  std::optional<double> d;
  std::optional<float> f;
  std::optional<std::int32_t> i32;
  std::optional<std::int64_t> i64;
  std::vector<std::vector<std::int32_t>> grid;
  std::vector<std::string> ids;
  std::map<std::string, std::string> labels;
  std::map<std::string, outer> objects;
  std::optional<outer> obj;
  std::optional<rdscodec::raw_json> raw;
  std::map<std::string, rdscodec::raw_json> raws;
  std::optional<std::string> s;
};

}  // namespace edges_test

namespace rdscodec {

template <>
struct object_traits<edges_test::inner> {
  static constexpr auto fields = std::make_tuple(field<&edges_test::inner::name>{"Name", presence::optional},
                                                 field<&edges_test::inner::values>{"Values", presence::optional});
};
template <>
struct object_traits<edges_test::outer> {
  static constexpr auto fields = std::make_tuple(field<&edges_test::outer::id>{"Id", presence::required},
                                                 field<&edges_test::outer::in>{"In", presence::optional},
                                                 field<&edges_test::outer::list>{"List", presence::optional});
};
template <>
struct operation_traits<edges_test::request> {
  using request = edges_test::request;
  using response = edges_test::response;
  static constexpr std::string_view action = "Edges";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view response_root = "EdgesResponse";
  static constexpr auto fields = std::make_tuple(field<&request::region_id>{"RegionId", presence::optional});
  static constexpr auto response_fields = std::make_tuple(
      field<&response::request_id>{"RequestId", presence::required},
      field<&response::flag>{"Flag", presence::optional},
      field<&response::d>{"D", presence::optional},
      field<&response::f>{"F", presence::optional},
      field<&response::i32>{"I32", presence::optional},
      field<&response::i64>{"I64", presence::optional},
      field<&response::grid>{"Grid", presence::optional},
      field<&response::ids>{"Ids", presence::optional},
      field<&response::labels>{"Labels", presence::optional},
      field<&response::objects>{"Objects", presence::optional},
      field<&response::obj>{"Obj", presence::optional},
      field<&response::raw>{"Raw", presence::optional},
      field<&response::raws>{"Raws", presence::optional},
      field<&response::s>{"S", presence::optional});
};

}  // namespace rdscodec

namespace {

using op = edges_test::request;
using resp = edges_test::response;

rdscodec::response_result<resp> parse(const std::string& body, rdscodec::parse_options options = {}) {
  rdscodec::response_parser parser(options);
  return parser.parse<op>(200, body);
}

resp ok(const std::string& body, rdscodec::parse_options options = {}) {
  auto r = parse(body, options);
  INFO(body);
  if (!r) INFO(r.error().message());
  REQUIRE(r);
  return *r;
}

rdscodec::response_error bad(const std::string& body, rdscodec::parse_options options = {}) {
  auto r = parse(body, options);
  INFO(body);
  REQUIRE_FALSE(r);
  REQUIRE_FALSE(r.error().is_service_error());
  return r.error();
}

// One member in each format: {"RequestId":"r",<json>} and
// <EdgesResponse><RequestId>r</RequestId><xml></EdgesResponse>.
std::string json_with(const std::string& member) { return R"({"RequestId":"r",)" + member + "}"; }
std::string xml_with(const std::string& elements) {
  return "<EdgesResponse><RequestId>r</RequestId>" + elements + "</EdgesResponse>";
}

}  // namespace

TEST_CASE("Float members: one rounding from the decimal text, the same rule in JSON and XML",
          "[response][edges][float]") {
  // binary32: FLT_MAX = (2 - 2^-23) * 2^127 = 340282346638528859811704183484516925440
  // (3.4028235e38 is its shortest text, what the writer emits). The next
  // binary32 magnitude would be 2^128; the midpoint between them is
  // 2^128 - 2^103 = 340282356779733661637539395458142568448, which rounds to
  // even, i.e. up, beyond the type: refused. One less rounds down to FLT_MAX.
  const float max = std::numeric_limits<float>::max();
  // The smallest subnormal is 2^-149 (1.4e-45); the midpoint between it and 0
  // is 2^-150 = 7.006492321624085...e-46, which ties to even (0): an
  // underflow, refused, and so is anything smaller. 7.1e-46 rounds up to 2^-149.
  const float denorm_min = std::numeric_limits<float>::denorm_min();
  struct accepted_case {
    const char* text;
    float value;
  };
  const accepted_case accepted[] = {
      {"3.4028235e38", max},
      {"3.4028235e+38", max},
      {"340282356779733661637539395458142568447", max},
      {"3.4028234663852889e38", max},  // the double just above FLT_MAX: rounds down to it
      {"-3.4028235e38", -max},
      {"1.17549435e-38", std::numeric_limits<float>::min()},
      {"1e-45", denorm_min},
      {"1.401298464324817e-45", denorm_min},
      {"7.1e-46", denorm_min},
      {"0.1", 0.1f},
      {"0", 0.0f},
      {"0e-999", 0.0f},  // zero written small is still zero, not an underflow
  };
  for (const auto& c : accepted) {
    INFO(c.text);
    CHECK(ok(json_with(std::string(R"("F":)") + c.text)).f == c.value);
    CHECK(ok(json_with(std::string(R"("F":")") + c.text + "\"")).f == c.value);
    CHECK(ok(xml_with(std::string("<F>") + c.text + "</F>")).f == c.value);
  }
  // -0 keeps its sign.
  CHECK(std::signbit(*ok(json_with(R"("F":-0)")).f));
  CHECK(std::signbit(*ok(xml_with("<F>-0.0</F>")).f));

  const char* refused[] = {
      "340282356779733661637539395458142568448",  // the midpoint: rounds to 2^128
      "3.5e38", "1e39", "-1e39", "1e400",
      "7e-46",  // below the midpoint 2^-150: rounds to zero
      "1e-50", "-1e-50", "1e-400",
  };
  for (const char* text : refused) {
    INFO(text);
    CHECK(bad(json_with(std::string(R"("F":)") + text)) == errc::wrong_type);
    CHECK(bad(json_with(std::string(R"("F":")") + text + "\"")) == errc::wrong_type);
    CHECK(bad(xml_with(std::string("<F>") + text + "</F>")) == errc::wrong_type);
  }
  // Text that is not a finite number, as a string or as XML text.
  for (const char* text : {"NaN", "nan", "Infinity", "-Infinity", "inf", "0x1p3", "+1", " 1", "1 ", "1e", ""}) {
    INFO(text);
    CHECK(bad(json_with(std::string(R"("F":")") + text + "\"")) == errc::wrong_type);
    CHECK(bad(xml_with(std::string("<F>") + text + "</F>")) == errc::wrong_type);
  }
  // Bare NaN / Infinity are not JSON at all.
  CHECK(bad(json_with(R"("F":NaN)")) == errc::json_syntax);
  CHECK(bad(json_with(R"("F":Infinity)")) == errc::json_syntax);
}

TEST_CASE("Double members: underflow and overflow refused alike in JSON and XML", "[response][edges][float]") {
  // binary64: DBL_MAX = 1.7976931348623157e308, the smallest subnormal
  // 2^-1074 = 4.9406564584124654e-324 (shortest text 5e-324); 2.4e-324 is
  // below the midpoint 2^-1075 = 2.47e-324 and rounds to zero.
  const double max = std::numeric_limits<double>::max();
  const double denorm_min = std::numeric_limits<double>::denorm_min();
  for (const auto& [text, value] : {std::pair<const char*, double>{"1.7976931348623157e308", max},
                                    {"5e-324", denorm_min},
                                    {"4.9406564584124654e-324", denorm_min},
                                    {"0.1", 0.1}}) {
    INFO(text);
    CHECK(ok(json_with(std::string(R"("D":)") + text)).d == value);
    CHECK(ok(xml_with(std::string("<D>") + text + "</D>")).d == value);
  }
  for (const char* text : {"1e309", "1.8e308", "2.4e-324", "1e-400"}) {
    INFO(text);
    CHECK(bad(json_with(std::string(R"("D":)") + text)) == errc::wrong_type);
    CHECK(bad(xml_with(std::string("<D>") + text + "</D>")) == errc::wrong_type);
  }
}

namespace {

rdscodec::result<std::string> write(const resp& r, response_format f) { return rdscodec::write_response<op>(r, f); }

resp with_label(const std::string& key) {
  resp r;
  r.request_id = "r";
  r.labels[key] = "v";
  return r;
}

}  // namespace

TEST_CASE("Writer: a map key that is no XML element name is refused, never written as markup",
          "[response][edges][writer]") {
  // XML 1.0 §2.3: a Name starts with a letter, '_' or ':' (or a non-ASCII
  // name character) and goes on with those, digits, '-', '.', U+00B7 and the
  // combining ranges. The writer also keeps ':' out (a namespace prefix
  // nobody declared) and names beginning with "xml" (reserved by §2.3).
  // Each refused key would otherwise inject or break markup:
  // "a><b" made <a><b>v</a><b>, which is not even well formed.
  for (const char* key : {"a><b", "a b", "a&b", "", "1x", "-x", ".x", "x:y", "xml", "XmlFoo", "xmlns", "a\"b",
                          "a/b", "a=b", "\xC2\xB7x" /* U+00B7 only continues a name */}) {
    INFO(key);
    const auto w = write(with_label(key), response_format::xml);
    REQUIRE_FALSE(w);
    CHECK(w.error().value() == errc::unwritable_value);
    CHECK(w.error().field() == "Labels");  // named by its map: the key is the bad value
    // JSON escapes any key: the same response writes and reads back there.
    const auto j = write(with_label(key), response_format::json);
    REQUIRE(j);
    const auto back = ok(*j);
    REQUIRE(back.labels.count(key) == 1);
    CHECK(back.labels.at(key) == "v");
  }
  // Keys that are names: written as elements and read back in both formats.
  for (const char* key : {"env", "_1", "k-1.2", "A", "x\xC2\xB7y", "\xC3\xA9t\xC3\xA9" /* été */, "xm", "x1ml"}) {
    INFO(key);
    for (auto f : {response_format::json, response_format::xml}) {
      const auto w = write(with_label(key), f);
      REQUIRE(w);
      const auto back = ok(*w);
      REQUIRE(back.labels.count(key) == 1);
    }
  }
  // (A std::map member that is not optional is always written, empty or not.)
  CHECK(*write(with_label("env"), response_format::xml) ==
        R"(<?xml version="1.0" encoding="UTF-8"?><EdgesResponse><RequestId>r</RequestId><Labels><env>v</env></Labels>)"
        R"(<Objects></Objects><Raws></Raws></EdgesResponse>)");
  // Deep inside: a map of objects, in an object's list.
  resp deep;
  deep.request_id = "r";
  deep.objects["ok"].id = "1";
  deep.objects["ok"].list.resize(2);
  deep.objects["bad key"].id = "2";
  const auto w = write(deep, response_format::xml);
  REQUIRE_FALSE(w);
  CHECK(w.error().value() == errc::unwritable_value);
  CHECK(w.error().field() == "Objects");
}

TEST_CASE("Writer: values no reader would take back are refused with their path", "[response][edges][writer]") {
  for (auto f : {response_format::json, response_format::xml}) {
    resp r;
    r.request_id = "r";
    r.ids = {"a", "b\xFF"};  // 0xFF is never UTF-8
    auto w = write(r, f);
    REQUIRE_FALSE(w);
    CHECK(w.error().value() == errc::invalid_utf8);
    CHECK(w.error().field() == "Ids.2");
    r.ids.clear();
    r.labels["\xC3"] = "v";  // a truncated two-byte sequence
    w = write(r, f);
    REQUIRE_FALSE(w);
    CHECK(w.error().value() == errc::invalid_utf8);
    CHECK(w.error().field() == "Labels");
    r.labels.clear();
    r.obj.emplace().list.resize(3);
    r.obj->list[2].name = "\xED\xA0\x80";  // an encoded surrogate, not UTF-8
    w = write(r, f);
    REQUIRE_FALSE(w);
    CHECK(w.error().field() == "Obj.List.3.Name");
    r.obj.reset();
    // raw_json must hold one JSON value: anything else would break a JSON
    // body (and has no XML spelling either).
    for (const char* text : {"{", "[1,]", "01", "'a'", "{\"a\":1} {}", "nul", "\"\\x\""}) {
      INFO(text);
      r.raw = rdscodec::raw_json{text};
      w = write(r, f);
      REQUIRE_FALSE(w);
      CHECK(w.error().value() == errc::unwritable_value);
      CHECK(w.error().field() == "Raw");
    }
    r.raw.reset();
  }
  // A refused write returns no text: the error is all there is.
  resp r;
  r.request_id = "r";
  r.d = std::numeric_limits<double>::infinity();
  CHECK_FALSE(write(r, response_format::json));
}

TEST_CASE("raw_json in XML: JSON text by one rule, read and written alike", "[response][edges][raw]") {
  // The spec's `any` members of RDS are map values ({"test":"test","test2":1}
  // in the DescribePostgresExtensions, DescribeQuickSaleConfig and
  // DescribeDedicatedHostGroups examples) and DescribePrice's OrderLines
  // ("Order Information"). XML has text and elements only, so:
  // - an element without child elements is its text as a JSON string;
  CHECK(ok(xml_with("<Raw>Order Information</Raw>")).raw->text == R"("Order Information")");
  CHECK(ok(xml_with("<Raw>7</Raw>")).raw->text == R"("7")");
  CHECK(ok(xml_with("<Raw/>")).raw->text == R"("")");
  CHECK(ok(xml_with("<Raw>a &lt;&amp;&gt; \"q\"<![CDATA[ \\ ]]></Raw>")).raw->text == R"("a <&> \"q\" \\ ")");
  CHECK(ok(xml_with("<Raw>&#10;\t</Raw>")).raw->text == R"("\n\t")");
  // - one with child elements is an object (children in order of first
  //   appearance; a repeated name is an array of its values, wherever its
  //   elements stand; text between children is skipped);
  CHECK(ok(xml_with("<Raw><test>test</test><test2>1</test2></Raw>")).raw->text ==
        R"({"test":"test","test2":"1"})");
  CHECK(ok(xml_with("<Raw> <b>1</b>\n <a/><b>2</b><c><d>3</d><d><e/></d></c><b>4</b></Raw>")).raw->text ==
        R"({"b":["1","2","4"],"a":"","c":{"d":["3",{"e":""}]}})");
  // Text beside child elements has no place in an object.
  CHECK(bad(xml_with("<Raw><b>1</b>x</Raw>")) == errc::wrong_type);
  CHECK(bad(xml_with("<Raw><c>y<d>3</d></c></Raw>")).field() == "Raw");
  // - map values and list items follow the same rule.
  const auto m = ok(xml_with("<Raws><test>test</test><test2>1</test2><o><k>v</k></o></Raws>"));
  REQUIRE(m.raws.size() == 3);
  CHECK(m.raws.at("test").text == R"("test")");
  CHECK(m.raws.at("test2").text == R"("1")");
  CHECK(m.raws.at("o").text == R"({"k":"v"})");

  // Writing is the inverse: a string is its text, a number or boolean its
  // JSON spelling, null nothing, an object's members elements, an array
  // member repeated elements.
  resp r;
  r.request_id = "r";
  r.raw = rdscodec::raw_json{R"( {"test":"te<st","n":-1.5e3,"t":true,"z":null,"a":[1,{"k":"\u00e9\ud83d\ude00"}],"e":[]} )"};
  const auto xml = write(r, response_format::xml);
  REQUIRE(xml);
  CHECK(*xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?><EdgesResponse><RequestId>r</RequestId><Labels></Labels>"
                "<Objects></Objects><Raw><test>te&lt;st</test><n>-1.5e3</n><t>true</t><z></z><a>1</a>"
                "<a><k>\xC3\xA9\xF0\x9F\x98\x80</k></a></Raw><Raws></Raws></EdgesResponse>");
  // Read back: the same structure, scalars as strings, the empty array gone,
  // and a fixed point from there on (written and read again: unchanged).
  const std::string once = ok(*xml).raw->text;
  CHECK(once == "{\"test\":\"te<st\",\"n\":\"-1.5e3\",\"t\":\"true\",\"z\":\"\",\"a\":[\"1\",{\"k\":\"\xC3\xA9\xF0\x9F\x98\x80\"}]}");
  r.raw = rdscodec::raw_json{once};
  CHECK(ok(*write(r, response_format::xml)).raw->text == once);
  // And an XML body read, written as JSON and read back keeps its JSON text.
  const auto from_xml = ok(xml_with("<Raw><b>1</b><b>2</b></Raw><Raws><x>y</x></Raws>"));
  const auto from_json = ok(*write(from_xml, response_format::json));
  CHECK(from_json.raw->text == R"({"b":["1","2"]})");
  CHECK(from_json.raws.at("x").text == R"("y")");

  // What XML cannot spell: an array that is not a member's value, a lone
  // surrogate, a member name that is no element name.
  for (const char* text : {"[1,2]", R"({"a":[[1]]})", R"("\ud800")", R"({"k":"\udc00x"})", R"({"a b":1})",
                           R"({"":1})", R"({"xmlns":1})"}) {
    INFO(text);
    r.raw = rdscodec::raw_json{text};
    const auto w = write(r, response_format::xml);
    REQUIRE_FALSE(w);
    CHECK(w.error().value() == errc::unwritable_value);
    CHECK(w.error().field() == "Raw");
    CHECK(write(r, response_format::json));  // JSON takes them verbatim
  }
}

TEST_CASE("DescribePrice: a spec float keeps the digits the service sends; its `any` reads alike in JSON and XML",
          "[response][edges][float][generated]") {
  // The spec's float is a double member (the TypeScript SDK's number):
  // 1234567.89 needs 27 significant bits; a C++ float has 24 and would hold
  // the nearest multiple of 1/8, 1234567.875.
  using dp = rdscodec::rds::describe_price::request;
  rdscodec::response_parser parser;
  const auto json = parser.parse<dp>(
      200, R"({"RequestId":"r","PriceInfo":{"TradePrice":1234567.89,"OriginalPrice":"0.1","OrderLines":"Order Information"}})");
  const auto xml = parser.parse<dp>(200, "<DescribePriceResponse><RequestId>r</RequestId><PriceInfo><TradePrice>1234567.89"
                                         "</TradePrice><OriginalPrice>0.1</OriginalPrice><OrderLines>Order Information"
                                         "</OrderLines></PriceInfo></DescribePriceResponse>");
  for (const auto* r : {&json, &xml}) {
    REQUIRE(*r);
    REQUIRE((*r)->price_info);
    CHECK((*r)->price_info->trade_price == 1234567.89);
    CHECK((*r)->price_info->original_price == 0.1);
    REQUIRE((*r)->price_info->order_lines);
    CHECK((*r)->price_info->order_lines->text == R"("Order Information")");  // the example's string, as JSON
  }
}

TEST_CASE("XML and JSON agree: text where an object, a map or a list of lists is expected", "[response][edges]") {
  // JSON: a string where an object or a map belongs is wrong_type; a lone
  // value where a list belongs is a list of one. XML said nothing and
  // dropped the text: <Labels>text</Labels> was an empty map,
  // <Obj><Id>1</Id>junk</Obj> an object, <Grid>5</Grid> the list [[]].
  CHECK(bad(json_with(R"("Labels":"text")")) == errc::wrong_type);
  CHECK(bad(xml_with("<Labels>text</Labels>")) == errc::wrong_type);
  CHECK(bad(xml_with("<Labels><a>1</a>text</Labels>")) == errc::wrong_type);
  CHECK(bad(json_with(R"("Obj":"junk")")) == errc::wrong_type);
  CHECK(bad(xml_with("<Obj><Id>1</Id>junk</Obj>")).field() == "Obj");
  CHECK(bad(xml_with("<Objects><k>junk<Id>1</Id></k></Objects>")).field() == "Objects.k");
  // Whitespace is layout, not text: pretty-printed bodies read as before.
  CHECK(ok(xml_with("<Obj>\n  <Id>1</Id>\n</Obj><Labels>\n <a>1</a>\n</Labels>")).labels.size() == 1);
  CHECK(bad(xml_with("<Obj>\n</Obj>")) == errc::missing_field);  // Id is required
  // A list of lists: a lone value is a list of one in both formats.
  const std::vector<std::vector<std::int32_t>> grid{{5}, {6, 7}, {}};
  CHECK(ok(json_with(R"("Grid":[5,[6,7],[]])")).grid == grid);
  CHECK(ok(xml_with("<Grid>5</Grid><Grid><a>6</a><b>7</b></Grid><Grid> </Grid>")).grid == grid);
  CHECK(bad(xml_with("<Grid>5<a>6</a></Grid>")) == errc::wrong_type);
  CHECK(bad(xml_with("<Grid>x</Grid>")).field() == "Grid.1.1");
}

TEST_CASE("raw_json: a value as deep as the readers' cap is written again", "[response][edges][raw]") {
  // With parse_options::max_depth at its cap (1024) a reader keeps a raw
  // value 1000 objects deep; the writer used to refuse anything past 64
  // levels, so what was read could not be written back (the CLI's --json
  // output aborts on that).
  rdscodec::parse_options deep;
  deep.max_depth = rdscodec::parse_options::depth_cap;
  std::string open_xml, close_xml, open_json, close_json;
  for (int i = 0; i < 1000; ++i) {
    open_xml += "<a>";
    close_xml += "</a>";
    open_json += R"({"a":)";
    close_json += "}";
  }
  const auto from_xml = ok(xml_with("<Raw>" + open_xml + "v" + close_xml + "</Raw>"), deep);
  CHECK(from_xml.raw->text == open_json + R"("v")" + close_json);
  for (auto f : {response_format::json, response_format::xml}) {
    const auto w = write(from_xml, f);
    REQUIRE(w);
    CHECK(ok(*w, deep).raw->text == from_xml.raw->text);
  }
  const auto from_json = ok(json_with(R"("Raw":)" + open_json + "1" + close_json), deep);
  CHECK(write(from_json, response_format::json));
  // Past the cap nothing reads it: refused.
  resp r;
  r.request_id = "r";
  r.raw = rdscodec::raw_json{std::string(1025, '[') + std::string(1025, ']')};
  CHECK(write(r, response_format::json).error().value() == errc::unwritable_value);
}

TEST_CASE("Writer and readers: every member kind round trips in both formats", "[response][edges][writer]") {
  resp r;
  r.request_id = "r <&> \"x\"";
  r.flag = false;
  r.d = -0.000001;  // JavaScript's text: "-0.000001"
  r.f = std::numeric_limits<float>::max();
  r.i32 = std::numeric_limits<std::int32_t>::min();
  r.i64 = std::numeric_limits<std::int64_t>::max();
  r.grid = {{1, 2}, {3}};  // no empty inner list: XML writes nothing for it, so [[]] reads back as []
  r.ids = {"", " a ", "\xE2\x82\xAC"};
  r.labels = {{"k-1", ""}, {"\xC3\xA9t\xC3\xA9", "v"}};
  r.objects["o"].id = "1";
  r.objects["o"].in.emplace().values = {7, 8};
  r.objects["o"].list.resize(2);
  r.objects["o"].list[1].name = "n";
  r.obj.emplace().id = "2";
  r.raw = rdscodec::raw_json{R"({"a":"b"})"};
  r.raws["x"] = rdscodec::raw_json{R"("y")"};
  r.s = "";
  for (auto f : {response_format::json, response_format::xml}) {
    const auto w = write(r, f);
    REQUIRE(w);
    const auto b = ok(*w);
    CHECK(b.request_id == r.request_id);
    CHECK(b.flag == false);
    CHECK(b.d == -0.000001);
    CHECK(b.f == std::numeric_limits<float>::max());
    CHECK(b.i32 == std::numeric_limits<std::int32_t>::min());
    CHECK(b.i64 == std::numeric_limits<std::int64_t>::max());
    CHECK(b.grid == r.grid);
    CHECK(b.ids == r.ids);
    CHECK(b.labels == r.labels);
    REQUIRE(b.objects.count("o") == 1);
    const auto& o = b.objects.at("o");
    CHECK(o.id == "1");
    REQUIRE(o.in);
    CHECK(o.in->values == std::vector<std::int32_t>{7, 8});
    REQUIRE(o.list.size() == 2);
    CHECK_FALSE(o.list[0].name);
    CHECK(o.list[1].name == "n");
    REQUIRE(b.obj);
    CHECK(b.obj->id == "2");
    CHECK(b.raw->text == R"({"a":"b"})");  // strings only: the same text in both formats
    CHECK(b.raws.at("x").text == R"("y")");
    CHECK(b.s == "");
    // Written again: the same bytes (a fixed point).
    CHECK(*write(b, f) == *w);
  }
}
