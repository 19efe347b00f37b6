#include <rdscodec/response/response.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>

#include "../vectors.hpp"

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

using rdscodec::errc;
using rdscodec::response_format;
using op = rdscodec::cancel_import_request;

namespace {

std::string sample(const std::string& name) { return rdscodec_test::response_sample(name); }

rdscodec::response_result<rdscodec::cancel_import_response> parse(int status, const std::string& body,
                                                                   rdscodec::parse_options o = {}) {
  rdscodec::response_parser p(o);
  return p.parse<op>(status, body);
}

/// `body` in a buffer of its own followed by simdjson's padding, the padding
/// filled with `fill` (its content must not matter), read in place by
/// parse_padded_into.
rdscodec::response_result<void> parse_padded(int status, const std::string& body, rdscodec::parse_options o = {},
                                             char fill = '"') {
  std::string buffer = body + std::string(simdjson::SIMDJSON_PADDING, fill);
  rdscodec::response_parser p(o);
  rdscodec::cancel_import_response out;
  return p.parse_padded_into<op>(status, simdjson::padded_string_view(buffer.data(), body.size(), buffer.size()),
                                 out);
}

/// Every expectation holds for both entry points: parse (the body copied)
/// and parse_padded_into (read where it lies, padding of quotes and braces).
void expect_error(int status, const std::string& body, errc e, std::size_t offset = rdscodec::error::npos,
                  const char* field = "", rdscodec::parse_options o = {}) {
  auto r = parse(status, body, o);
  REQUIRE_FALSE(r);
  CHECK(r.error() == e);
  CHECK(r.error().http_status() == status);
  CHECK(r.error().field() == field);
  if (offset != rdscodec::error::npos) CHECK(r.error().offset() == offset);
  for (const char fill : {'"', '}', '\\', ','}) {
    auto in_place = parse_padded(status, body, o, fill);
    REQUIRE_FALSE(in_place);
    CHECK(in_place.error() == e);
    CHECK(in_place.error().http_status() == status);
    CHECK(in_place.error().field() == field);
    if (offset != rdscodec::error::npos) CHECK(in_place.error().offset() == offset);
    // The documented contract: the same offset as parse_into, whatever the
    // padding holds (simdjson peeks at the first padding byte of an
    // unbalanced document ending in '}').
    CHECK(in_place.error().offset() == r.error().offset());
  }
}

}  // namespace

TEST_CASE("the API reference's success samples", "[response]") {
  auto xml = parse(200, sample("cancel_import_success.xml"));
  REQUIRE(xml);
  CHECK(xml->request_id == "17F57FEE-EA4F-4337-8D2E-9C23CAA63D74");
  auto json = parse(200, sample("cancel_import_success.json"));
  REQUIRE(json);
  CHECK(json->request_id == " 17F57FEE-EA4F-4337-8D2E-9C23CAA63D74");  // the leading space is the server's: kept
  // With the format named instead of detected.
  rdscodec::response_parser p;
  CHECK(p.parse<op>(200, sample("cancel_import_success.xml"), response_format::xml)->request_id ==
        "17F57FEE-EA4F-4337-8D2E-9C23CAA63D74");
  auto mismatch = p.parse<op>(200, sample("cancel_import_success.xml"), response_format::json);
  REQUIRE_FALSE(mismatch);
  CHECK(mismatch.error() == errc::json_syntax);
}

TEST_CASE("the documentation's error samples, both formats", "[response][errors]") {
  for (const char* file : {"error_unsupported_operation.xml", "error_unsupported_operation.json"}) {
    DYNAMIC_SECTION(file) {
      auto r = parse(400, sample(file));
      REQUIRE_FALSE(r);
      REQUIRE(r.error().is_service_error());
      const auto& e = r.error().service();
      CHECK(e.http_status == 400);
      CHECK(e.code == "UnsupportedOperation");
      CHECK(e.message == "The specified action is not supported.");
      CHECK(e.request_id == "8906582E-6722-409A-A6C4-0E7863B733A5");
      CHECK(e.host_id == "ess.aliyuncs.com");
      CHECK(e.recommend.empty());
      CHECK(e.category() == rdscodec::error_class::invalid_request);
      CHECK_FALSE(e.retryable());
    }
  }
  auto internal = parse(500, sample("error_internal.json"));
  REQUIRE_FALSE(internal);
  CHECK(internal.error().service().code == "InternalError");
  CHECK(internal.error().service().host_id == "live.aliyuncs.com");
  CHECK(internal.error().service().category() == rdscodec::error_class::server);
  CHECK(internal.error().service().retryable());

  auto sig = parse(400, sample("error_signature_mismatch.json"));
  REQUIRE_FALSE(sig);
  const auto& e = sig.error().service();
  CHECK(e.code == "SignatureDoesNotMatch");
  CHECK(e.recommend == "https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw");
  CHECK(e.request_id == "1DD9FD9A-8E57-43E5-B911-E4F5AD2027F7");
  CHECK(e.category() == rdscodec::error_class::authentication);
  CHECK(sig.error().message().find("SignatureDoesNotMatch (authentication)") != std::string::npos);
}

TEST_CASE("error bodies: HostID spelling, Recommend, AccessDeniedDetail, 2xx with an error body", "[response][errors]") {
  auto r = parse(403, R"({"RequestId":"r","HostID":"h","Code":"Forbidden.RAM","Message":"m",)"
                      R"("AccessDeniedDetail":{"PolicyType":"AccountLevelIdentityBasedPolicy","NoPermissionType":"ImplicitDeny"}})");
  REQUIRE_FALSE(r);
  CHECK(r.error().service().host_id == "h");
  CHECK(r.error().service().access_denied_detail ==
        R"({"PolicyType":"AccountLevelIdentityBasedPolicy","NoPermissionType":"ImplicitDeny"})");
  CHECK(r.error().service().category() == rdscodec::error_class::permission);

  auto middle = parse(403, R"({"AccessDeniedDetail": [ {"a":"}]"} , 1 ] ,"Code":"Forbidden","RequestId":"r"})");
  REQUIRE_FALSE(middle);
  CHECK(middle.error().service().access_denied_detail == R"([ {"a":"}]"} , 1 ])");
  expect_error(403, R"({"AccessDeniedDetail":[1,,2],"Code":"Forbidden"})", errc::json_syntax);

  auto x = parse(403, "<Error><RequestId>r</RequestId><Code>Forbidden.RAM</Code><Message>m</Message>"
                      "<AccessDeniedDetail><PolicyType>P</PolicyType><NoPermissionType>I</NoPermissionType>"
                      "</AccessDeniedDetail></Error>");
  REQUIRE_FALSE(x);
  CHECK(x.error().service().access_denied_detail ==
        "<PolicyType>P</PolicyType><NoPermissionType>I</NoPermissionType>");

  // A 2xx status with an error-shaped body is an error, with the status kept.
  auto ok_status = parse(200, sample("error_unsupported_operation.json"));
  REQUIRE_FALSE(ok_status);
  CHECK(ok_status.error().is_service_error());
  CHECK(ok_status.error().service().http_status == 200);
  auto ok_status_xml = parse(200, sample("error_unsupported_operation.xml"));
  REQUIRE_FALSE(ok_status_xml);
  CHECK(ok_status_xml.error().service().code == "UnsupportedOperation");

  // Unknown status (0): the shape decides.
  CHECK(parse(0, sample("cancel_import_success.json")));
  CHECK(parse(0, sample("error_internal.json")).error().is_service_error());

  // A non-2xx JSON body without a Code is not an API error.
  expect_error(503, R"({"RequestId":"r"})", errc::not_an_api_response);
  // Code of the wrong type.
  expect_error(400, R"({"Code":7})", errc::wrong_type, 8, "Code");
}

TEST_CASE("JSON AccessDeniedDetail: exactly the value's text, whatever whitespace and separator follow",
          "[response][errors]") {
  // The expected text is the literal put into the body: from the value's
  // opening bracket to its closing one, nothing after it. Brackets inside
  // strings must not end it early.
  const std::string object =
      R"({"PolicyType":"AccountLevelIdentityBasedPolicy","AuthPrincipalType":"SubUser",)"
      R"("NoPermissionType":"ImplicitDeny","EncodedDiagnosticMessage":"a}b]c,d\"}"})";
  const std::string array = R"([{"a":"}]"},[[]],{}])";
  for (const std::string& value : {object, array}) {
    for (const char* space : {"", " ", "\n", " \r\n\t ", "                                "}) {
      for (int placement = 0; placement < 3; ++placement) {
        std::string body;
        if (placement == 0) body = R"({"Code":"Forbidden","AccessDeniedDetail":)" + value + space + "}";
        if (placement == 1) body = R"({"AccessDeniedDetail":)" + value + space + R"(,"Code":"Forbidden"})";
        if (placement == 2) body = R"({"AccessDeniedDetail":)" + value + space + "," + space + R"("Code":"Forbidden"} )";
        DYNAMIC_SECTION(body) {
          auto r = parse(403, body);
          REQUIRE_FALSE(r);
          REQUIRE(r.error().is_service_error());
          CHECK(r.error().service().access_denied_detail == value);
          CHECK(r.error().service().code == "Forbidden");
        }
      }
    }
  }
  // A body that ends inside the enclosing object is refused, not read up to its end.
  expect_error(403, R"({"Code":"Forbidden","AccessDeniedDetail":{"a":1}   )", errc::json_syntax);
  expect_error(403, R"({"Code":"Forbidden","AccessDeniedDetail":{"a":1})", errc::json_syntax);
}

TEST_CASE("XML: characters outside XML 1.0's Char are refused, literal or as references, never cut short",
          "[response][errors]") {
  using describe = rdscodec::describe_imports_for_sql_server_request;
  auto in_request_id = [](const std::string& v) {
    return "<CancelImportResponse><RequestId>" + v + "</RequestId></CancelImportResponse>";
  };
  // The offset expected is the '&' of the reference (or the forbidden byte),
  // found in the test's own body text.
  auto refused = [](int status, const std::string& body, std::size_t at, const char* field) {
    expect_error(status, body, errc::xml_syntax, at, field);
  };
  // &#0; used to end the value there: 85265475235&#0;999 read as 85265475235.
  const std::string import_id = "<DescribeImportsForSQLServerResponse><RequestId>r</RequestId><Items><SQLServerImport>"
                                "<ImportId>85265475235&#0;999</ImportId></SQLServerImport></Items>"
                                "</DescribeImportsForSQLServerResponse>";
  rdscodec::response_parser p;
  auto cut = p.parse<describe>(200, import_id);
  REQUIRE_FALSE(cut);
  CHECK(cut.error() == errc::xml_syntax);
  CHECK(cut.error().field() == "ImportId");
  CHECK(cut.error().offset() == import_id.find("&#0;"));
  refused(200, in_request_id("Success&#0;nope"), in_request_id("Success&#0;nope").find('&'), "RequestId");
  refused(400, "<Error><Code>Forbidden&#x0;x</Code></Error>", 22, "Code");

  // Every reference just outside each range of Char (XML 1.0 §2.2:
  // #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]),
  // ESC (&#27;), and values pugixml would wrap in 32 bits to U+0000 and 'A'.
  for (const char* ref : {"&#x1;", "&#8;", "&#xB;", "&#12;", "&#xE;", "&#27;", "&#x1F;", "&#xD800;", "&#xDFFF;",
                          "&#xFFFE;", "&#65535;", "&#x110000;", "&#1114112;", "&#4294967296;", "&#x100000041;",
                          "&#99999999999999999999999999;"}) {
    DYNAMIC_SECTION(ref) {
      const std::string body = in_request_id(std::string("x") + ref + "y");
      refused(200, body, body.find('&'), "RequestId");
    }
  }
  // ... and every range's ends accepted, decoded to their UTF-8 (RFC 3629 §3).
  auto ok = parse(200, in_request_id("&#9;&#xA;&#13;&#x20;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;&#0000000065;"));
  REQUIRE(ok);
  CHECK(ok->request_id == "\t\n\r \xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBD\xF0\x90\x80\x80\xF4\x8F\xBF\xBF" "A");

  // Literal bytes XML does not allow: C0 controls other than tab, LF, CR,
  // and U+FFFE / U+FFFF. DEL (0x7F) and C1 controls are Chars.
  for (const std::string bad : {"\x01", "\x08", "\x0B", "\x0C", "\x1B", "\x1F", "\xEF\xBF\xBE", "\xEF\xBF\xBF"}) {
    DYNAMIC_SECTION("literal byte " << static_cast<int>(static_cast<unsigned char>(bad.back()))) {
      refused(200, in_request_id("ab" + bad + "cd"), 35, "RequestId");
    }
  }
  CHECK(parse(200, in_request_id("a\x7F\xC2\x85\tb"))->request_id == "a\x7F\xC2\x85\tb");
  // Anywhere in the document: in an attribute value (the element is named),
  // in a comment or the declaration (no element to name), outside the root.
  refused(200, "<CancelImportResponse a=\"&#0;\"><RequestId>r</RequestId></CancelImportResponse>", 25,
          "CancelImportResponse");
  refused(200, "<CancelImportResponse><RequestId>r</RequestId><!-- \x01 --></CancelImportResponse>", 51, "");
  refused(200, "<?xml version=\"1.0\"\x02?><CancelImportResponse><RequestId>r</RequestId></CancelImportResponse>",
          19, "");
  refused(200, "<CancelImportResponse><RequestId>r</RequestId></CancelImportResponse>\x03", 69, "");
  // Text after a child element belongs to the parent.
  refused(200, "<CancelImportResponse><RequestId>r</RequestId>&#1;</CancelImportResponse>", 46,
          "CancelImportResponse");
  // A '<' inside an attribute value does not start a comment (pugixml reads
  // it as text): the reference between the quotes is still found.
  const std::string quoted = "<CancelImportResponse x='<!--'><RequestId>a&#0;b</RequestId><y z='-->'/>"
                             "</CancelImportResponse>";
  refused(200, quoted, quoted.find('&'), "RequestId");
  // Not references, so not decoded: inside CDATA and comments, and the forms
  // pugixml keeps as text (upper-case X, no digits, no ';').
  CHECK(parse(200, in_request_id("<![CDATA[&#0;]]><!-- &#0; -->"))->request_id == "&#0;");
  CHECK(parse(200, in_request_id("&#X41;&#;&#x;&#65"))->request_id == "&#X41;&#;&#x;&#65");
}

TEST_CASE("XML: the order of the checks before parsing (UTF-8, then DOCTYPE and characters)", "[response][errors]") {
  // Invalid UTF-8 is reported first, wherever it is.
  expect_error(200, "<!DOCTYPE r><CancelImportResponse><RequestId>\xFF</RequestId></CancelImportResponse>",
               errc::invalid_utf8, 45);
  // A DOCTYPE is refused even after a forbidden character or a syntax error,
  // in any case; one inside a comment is only text.
  expect_error(200, "<?xml version=\"1.0\"?>\x01<!DOCTYPE r><CancelImportResponse/>", errc::doctype_forbidden, 22);
  rdscodec::response_parser p;
  auto lower = p.parse<op>(200, "<!doctype r><CancelImportResponse/>", response_format::xml);
  REQUIRE_FALSE(lower);
  CHECK(lower.error() == errc::doctype_forbidden);
  CHECK(lower.error().offset() == 0);
  expect_error(200, "<!DOCTYPE r [ <!ENTITY a \"&#0;\"> <<<", errc::doctype_forbidden, 0);
  CHECK(parse(200, "<!-- <!DOCTYPE r> --><CancelImportResponse><RequestId>r</RequestId></CancelImportResponse>"));
}

TEST_CASE("accepted variations: unknown fields, order, whitespace, declaration, BOM, CDATA, escapes", "[response]") {
  CHECK(parse(200, R"({"Extra":{"a":[1,2.5e3,true,null,"s"]},"RequestId":"id-1","More":[]})")->request_id == "id-1");
  CHECK(parse(200, " \r\n\t{ \"RequestId\" : \"id-2\" } \n")->request_id == "id-2");
  CHECK(parse(200, "\xEF\xBB\xBF{\"RequestId\":\"bom\"}")->request_id == "bom");
  CHECK(parse(200, "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- comment -->\n"
                   "<CancelImportResponse><Extra><Deep>1</Deep></Extra><RequestId>x</RequestId></CancelImportResponse>")
            ->request_id == "x");
  CHECK(parse(200, R"({"RequestId":"a\"b\\c\u00e9\ud83d\ude00"})")->request_id == "a\"b\\c\xC3\xA9\xF0\x9F\x98\x80");
  CHECK(parse(200, "<CancelImportResponse><RequestId>  a &amp; b <![CDATA[<c>]]> </RequestId></CancelImportResponse>")
            ->request_id == "  a & b <c> ");
  CHECK(parse(200, "<CancelImportResponse><RequestId/></CancelImportResponse>")->request_id.empty());
  // Unknown duplicates are ignored; only known fields must be unique.
  CHECK(parse(200, R"({"X":1,"X":2,"RequestId":"r"})"));
  // Unknown numbers of any size are valid JSON (RFC 8259 sets no limit).
  CHECK(parse(200, R"({"RequestId":"x","Big":123456789012345678901234567890,"Huge":1e400,"Neg":-0.5E-3})"));
}

TEST_CASE("bad input: each a named error with its offset, never a crash", "[response][errors]") {
  using rdscodec::parse_options;
  expect_error(200, "", errc::empty_body);
  expect_error(200, " \n\t ", errc::empty_body);
  expect_error(502, "", errc::empty_body);
  // Truncated.
  expect_error(200, R"({"RequestId":"abc")", errc::json_syntax);
  expect_error(200, R"({"RequestId":"ab)", errc::json_syntax);
  expect_error(200, "<CancelImportResponse><RequestId>x</RequestId>", errc::xml_syntax);
  expect_error(200, "<CancelImportResponse><RequestId>x</Req", errc::xml_syntax);
  // Trailing content, broken structure inside a skipped value.
  expect_error(200, R"({"RequestId":"x"} {})", errc::json_syntax);
  expect_error(200, R"({"a":[1,,2],"RequestId":"x"})", errc::json_syntax);
  expect_error(200, R"({"a":01,"RequestId":"x"})", errc::json_syntax);
  expect_error(200, R"({"a":1.,"RequestId":"x"})", errc::json_syntax);
  expect_error(200, "<a/><b/>", errc::xml_syntax, 4);
  // Text around the root is refused, not dropped.
  expect_error(200, "<CancelImportResponse><RequestId>x</RequestId></CancelImportResponse>garbage", errc::xml_syntax);
  expect_error(200, "<!--c-->junk<CancelImportResponse><RequestId>x</RequestId></CancelImportResponse>",
               errc::xml_syntax);
  // Wrong root.
  expect_error(200, "<DescribeRegionsResponse><RequestId>x</RequestId></DescribeRegionsResponse>",
               errc::unexpected_root, 0);
  expect_error(200, R"(["RequestId"])", errc::unexpected_root, 0);
  expect_error(200, R"("RequestId")", errc::not_an_api_response, 0);  // neither '{' nor '<'
  // Missing or mistyped RequestId.
  expect_error(200, "{}", errc::missing_field, rdscodec::error::npos, "RequestId");
  expect_error(200, "<CancelImportResponse/>", errc::missing_field, rdscodec::error::npos, "RequestId");
  expect_error(200, R"({"RequestId":17})", errc::wrong_type, 13, "RequestId");
  expect_error(200, R"({"RequestId":{"a":1}})", errc::wrong_type, 13, "RequestId");
  expect_error(200, "<CancelImportResponse><RequestId><a/></RequestId></CancelImportResponse>", errc::wrong_type, 22,
               "RequestId");
  // Duplicates.
  expect_error(200, R"({"RequestId":"a","RequestId":"b"})", errc::duplicate_field, rdscodec::error::npos,
               "RequestId");
  expect_error(200, "<CancelImportResponse><RequestId>a</RequestId><RequestId>b</RequestId></CancelImportResponse>",
               errc::duplicate_field, 46, "RequestId");
  expect_error(400, R"({"Code":"A","Code":"B"})", errc::duplicate_field, rdscodec::error::npos, "Code");
  // Nesting deeper than the limit (64 by default).
  std::string deep_json = R"({"RequestId":"x","a":)" + std::string(100, '[') + std::string(100, ']') + "}";
  expect_error(200, deep_json, errc::too_deep);
  std::string ok_json = R"({"RequestId":"x","a":)" + std::string(60, '[') + std::string(60, ']') + "}";
  CHECK(parse(200, ok_json));
  // An absurd depth limit is clamped (parse_options::depth_cap), not trusted.
  parse_options huge;
  huge.max_depth = static_cast<std::size_t>(-1);
  std::string very_deep = R"({"RequestId":"x","a":)" + std::string(5000, '[') + std::string(5000, ']') + "}";
  expect_error(200, very_deep, errc::too_deep, rdscodec::error::npos, "", huge);
  std::string deep_xml = "<CancelImportResponse><RequestId>x</RequestId>";
  for (int i = 0; i < 100; ++i) deep_xml += "<a>";
  for (int i = 0; i < 100; ++i) deep_xml += "</a>";
  deep_xml += "</CancelImportResponse>";
  expect_error(200, deep_xml, errc::too_deep);
  // Invalid UTF-8 (offset of the bad byte) and NUL bytes.
  expect_error(200, "{\"RequestId\":\"a\xFF\"}", errc::invalid_utf8);
  expect_error(200, "<CancelImportResponse><RequestId>a\xC0\xAF</RequestId></CancelImportResponse>",
               errc::invalid_utf8, 34);
  expect_error(200, std::string("{\"RequestId\":\"a\0b\"}", 19), errc::nul_byte, 15);
  expect_error(200, std::string("<CancelImportResponse>\0</CancelImportResponse>", 46), errc::nul_byte, 22);
  // Character references naming code points UTF-8 cannot carry (found by
  // fuzz_response_xml: fuzz/regressions/response_xml/char-ref-beyond-unicode)
  // are outside XML 1.0's Char: refused at the '&'.
  expect_error(200, "<CancelImportResponse><RequestId>a&#2470401;</RequestId></CancelImportResponse>",
               errc::xml_syntax, 34, "RequestId");
  expect_error(200, "<CancelImportResponse><RequestId>&#xD800;</RequestId></CancelImportResponse>", errc::xml_syntax,
               33, "RequestId");
  expect_error(400, "<Error><Code>&#xDFFF;</Code></Error>", errc::xml_syntax, 13, "Code");
  CHECK(parse(200, "<CancelImportResponse><RequestId>&#x10FFFF;&#233;</RequestId></CancelImportResponse>")->request_id ==
        "\xF4\x8F\xBF\xBF\xC3\xA9");
  // Size limit: configurable, 1 MiB by default.
  parse_options tiny;
  tiny.max_body_size = 16;
  expect_error(200, sample("cancel_import_success.json"), errc::body_too_large, 16, "", tiny);
  std::string big = R"({"RequestId":"x","pad":")" + std::string(1 << 20, 'p') + "\"}";
  expect_error(200, big, errc::body_too_large);
  // DOCTYPE and entities: refused, never expanded (XXE, billion laughs).
  expect_error(200,
               "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
               "<CancelImportResponse><RequestId>&xxe;</RequestId></CancelImportResponse>",
               errc::doctype_forbidden, 21);
  expect_error(200,
               "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
               "<CancelImportResponse><RequestId>&lol2;</RequestId></CancelImportResponse>",
               errc::doctype_forbidden, 0);
  // An undeclared entity is not expanded either: it stays as text.
  CHECK(parse(200, "<CancelImportResponse><RequestId>&xxe;</RequestId></CancelImportResponse>")->request_id ==
        "&xxe;");
  // A proxy's HTML page: not an API response, status kept.
  auto html = parse(502, "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head></html>");
  REQUIRE_FALSE(html);
  CHECK(html.error() == errc::not_an_api_response);
  CHECK(html.error().http_status() == 502);
  CHECK_FALSE(html.error().is_service_error());
  expect_error(502, "<html><body>Bad Gateway</body></html>", errc::not_an_api_response);
  expect_error(504, "Gateway Timeout", errc::not_an_api_response, 0);
}

TEST_CASE("parsing into an existing response reuses it", "[response]") {
  rdscodec::response_parser p;
  rdscodec::cancel_import_response out;
  REQUIRE(p.parse_into<op>(200, R"({"RequestId":"a-fairly-long-request-id-0123456789"})", out));
  const char* buffer = out.request_id.data();
  REQUIRE(p.parse_into<op>(200, R"({"RequestId":"short"})", out));
  CHECK(out.request_id == "short");
  CHECK(out.request_id.data() == buffer);
  // A failed parse does not leave the previous value behind as if it were new.
  REQUIRE_FALSE(p.parse_into<op>(200, "{}", out));
  CHECK(out.request_id.empty());
}

TEST_CASE("a caller-padded body is read where it lies, with the same results", "[response]") {
  // The API reference's samples, as padded_string (simdjson's own padded
  // buffer) and as a view into a receive buffer with room after the body.
  rdscodec::response_parser p;
  rdscodec::cancel_import_response out;
  const simdjson::padded_string json(sample("cancel_import_success.json"));
  REQUIRE(p.parse_padded_into<op>(200, json, out));
  CHECK(out.request_id == " 17F57FEE-EA4F-4337-8D2E-9C23CAA63D74");
  const simdjson::padded_string xml(sample("cancel_import_success.xml"));
  REQUIRE(p.parse_padded_into<op>(200, xml, out));
  CHECK(out.request_id == "17F57FEE-EA4F-4337-8D2E-9C23CAA63D74");
  auto error = p.parse_padded_into<op>(400, simdjson::padded_string(sample("error_unsupported_operation.json")), out);
  REQUIRE_FALSE(error);
  REQUIRE(error.error().is_service_error());
  CHECK(error.error().service().code == "UnsupportedOperation");

  // A byte-order mark is skipped and offsets still count from the body's
  // first byte: the 17 of R"({"RequestId":17})" is at 13, after the BOM 16.
  const std::string bom = "\xEF\xBB\xBF" + std::string(R"({"RequestId":17})");
  auto typed = parse_padded(200, bom);
  REQUIRE_FALSE(typed);
  CHECK(typed.error() == errc::wrong_type);
  CHECK(typed.error().offset() == 16);

  // A view that promises less than the padding is copied, as by parse_into
  // (no read past its capacity: ASan checks the heap buffer's end).
  const std::string exact = R"({"RequestId":"exact"})";
  auto heap = std::make_unique<char[]>(exact.size());
  std::memcpy(heap.get(), exact.data(), exact.size());
  REQUIRE(p.parse_padded_into<op>(200, simdjson::padded_string_view(heap.get(), exact.size(), exact.size()), out));
  CHECK(out.request_id == "exact");
  // A capacity below the size (the padding passed instead of the total):
  // no room either, copied; it wrapped around to "padded" before.
  const std::string longer = R"({"RequestId":"a-request-id-of-more-than-sixty-four-bytes-0123456789abcdef"})";
  auto heap2 = std::make_unique<char[]>(longer.size());
  std::memcpy(heap2.get(), longer.data(), longer.size());
  for (const std::size_t capacity : {longer.size() - 1, std::size_t{simdjson::SIMDJSON_PADDING}}) {
    REQUIRE(p.parse_padded_into<op>(200, simdjson::padded_string_view(heap2.get(), longer.size(), capacity), out));
    CHECK(out.request_id == "a-request-id-of-more-than-sixty-four-bytes-0123456789abcdef");
  }
}

TEST_CASE("format_from_content_type", "[response]") {
  CHECK(rdscodec::format_from_content_type("application/json;charset=utf-8") == response_format::json);
  CHECK(rdscodec::format_from_content_type(" Application/JSON ") == response_format::json);
  CHECK(rdscodec::format_from_content_type("text/xml; charset=UTF-8") == response_format::xml);
  CHECK(rdscodec::format_from_content_type("application/xml") == response_format::xml);
  CHECK_FALSE(rdscodec::format_from_content_type("text/html"));
  CHECK_FALSE(rdscodec::format_from_content_type(""));
}
