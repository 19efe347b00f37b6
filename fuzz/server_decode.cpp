// Fuzz target: the server's reading of an incoming request — parameters from
// an arbitrary query string and form body (its content type spelled with or
// without optional whitespace, or sent twice), then the strict typed decode.
#include "common.hpp"

#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/server/server_request.hpp>

#include <set>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::bytes in(data, size);
  const bool form = in.flag();
  const std::uint8_t spelling = in.byte();
  const std::string query = in.str(200);
  const std::string body(in.rest());
  rdscodec::incoming_request req;
  req.method = "POST";
  req.query = query;
  req.body = body;
  static const char* const spellings[] = {"application/x-www-form-urlencoded", "application/x-www-form-urlencoded\t",
                                          " \tapplication/x-www-form-urlencoded", "Application/X-WWW-Form-Urlencoded ; a=b"};
  if (form) req.headers.push_back({"Content-Type", spellings[spelling % 4]});
  const bool twice = form && (spelling & 0x80) != 0;
  if (twice) req.headers.push_back({"content-type", "application/json"});

  auto params = rdscodec::parse_parameters(req);
  if (!params) {
    const auto& c = params.error().code;
    // A bad item; too many items (query, body); a content type sent twice with a body.
    FUZZ_CHECK(c == "InvalidParameter" || c == "I400RU" || c == "I400BD" || (c == "I400HD" && twice && !body.empty()));
    FUZZ_CHECK(params.error().http_status == 400);
    return 0;
  }
  FUZZ_CHECK(!twice || body.empty());
  // Every spelling of the form content type reads the body: its items are there.
  if (form && !body.empty()) {
    std::vector<rdscodec::parameter> from_body;
    FUZZ_CHECK(rdscodec::detail::add_form_items(body, from_body));
    for (const auto& b : from_body) {
      bool found = false;
      for (const auto& p : *params) found = found || (p.name == b.name && p.value == b.value);
      FUZZ_CHECK(found);
    }
  }
  std::set<std::string> names;
  for (const auto& p : *params) {
    FUZZ_CHECK(!p.name.empty() && rdscodec::is_valid_utf8(p.name) && rdscodec::is_valid_utf8(p.value));
    FUZZ_CHECK(names.insert(p.name).second);  // unique
  }
  auto decoded = rdscodec::decode_request<rdscodec::cancel_import_request>(*params);
  if (!decoded) {
    const auto& c = decoded.error().code;
    FUZZ_CHECK(c == "MissingParameter" || c == "InvalidParameter" || c == "UnsupportedParameter");
    return 0;
  }
  // A decoded request is valid and carries exactly what arrived.
  FUZZ_CHECK(rdscodec::validate(*decoded));
  FUZZ_CHECK(names.count("DBInstanceId") && names.count("ImportId"));
  for (const auto& p : *params) {
    if (p.name == "DBInstanceId") FUZZ_CHECK(p.value == decoded->db_instance_id);
    if (p.name == "OwnerAccount") FUZZ_CHECK(decoded->owner_account && p.value == *decoded->owner_account);
    if (p.name == "ImportId") {
      // Decimal text: leading zeros (and a sign on zero) are accepted, as
      // Java's Integer.parseInt does; compare the digits that matter.
      std::string digits = p.value[0] == '-' ? p.value.substr(1) : p.value;
      digits.erase(0, digits.find_first_not_of('0'));
      if (digits.empty()) digits = "0";
      FUZZ_CHECK(std::to_string(decoded->import_id) == digits);
    }
  }
  return 0;
}
