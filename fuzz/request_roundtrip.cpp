// Fuzz target: a fuzzer-built CancelImport request -> canonical query ->
// decoded back -> the same parameters, and byte for byte the query a
// reference encoder builds; or a validation error exactly when the request
// is invalid (checked by an independent predicate).
#include "common.hpp"

#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/core/percent.hpp>
#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/request/sign_v3.hpp>

#include <map>
#include <optional>
#include <string>

namespace {

using params = std::map<std::string, std::string>;

/// Splits a canonical query and decodes it; the names must come out sorted.
params decode_query(const std::string& q) {
  params out;
  if (q.empty()) return out;
  std::string previous;
  bool first = true;
  std::size_t start = 0;
  for (;;) {
    const std::size_t amp = q.find('&', start);
    const std::string item = q.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
    const std::size_t eq = item.find('=');
    FUZZ_CHECK(eq != std::string::npos);
    auto name = rdscodec::percent_decode(item.substr(0, eq));
    auto value = rdscodec::percent_decode(item.substr(eq + 1));
    FUZZ_CHECK(name && value);
    FUZZ_CHECK(first || previous < *name);  // strictly ascending raw names
    first = false;
    previous = *name;
    out.emplace(*name, *value);
    if (amp == std::string::npos) break;
    start = amp + 1;
  }
  return out;
}

/// The canonical query from the rule alone: names in byte order (std::map
/// compares std::string as unsigned bytes), each name and value
/// percent-encoded byte by byte (RFC 3986: A-Z a-z 0-9 - _ . ~ kept, others
/// %XX upper case), joined by '=' and '&'. A round trip cannot tell an encoder
/// that escapes an unreserved byte; this can.
std::string reference_query(const params& ps) {
  static const char hex[] = "0123456789ABCDEF";
  auto encode = [](std::string& out, const std::string& in) {
    for (char ch : in) {
      const auto c = static_cast<unsigned char>(ch);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
          c == '.' || c == '~') {
        out += ch;
      } else {
        out += '%';
        out += hex[c >> 4];
        out += hex[c & 15];
      }
    }
  };
  std::string q;
  for (const auto& [name, value] : ps) {
    if (!q.empty()) q += '&';
    encode(q, name);
    q += '=';
    encode(q, value);
  }
  return q;
}

std::optional<std::int64_t> maybe_id(fuzz::bytes& in) {
  if (!in.flag()) return std::nullopt;
  return static_cast<std::int64_t>(in.u64());
}

std::optional<std::string> maybe_str(fuzz::bytes& in) {
  if (!in.flag()) return std::nullopt;
  return in.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::bytes in(data, size);
  rdscodec::cancel_import_request req;
  req.db_instance_id = in.str();
  req.import_id = static_cast<std::int64_t>(in.u64());
  req.owner_account = maybe_str(in);
  req.owner_id = maybe_id(in);
  req.resource_group_id = maybe_str(in);
  req.resource_owner_account = maybe_str(in);
  req.resource_owner_id = maybe_id(in);

  // The independent verdict, in declaration (wire name) order.
  const char* bad_field = nullptr;
  rdscodec::errc bad_code = rdscodec::errc::success;
  auto check_str = [&](const char* name, const std::optional<std::string>& v, bool required) {
    if (bad_field != nullptr || !v) return;
    if (required && v->empty()) {
      bad_field = name;
      bad_code = rdscodec::errc::missing_required_field;
    } else if (!rdscodec::is_valid_utf8(*v)) {
      bad_field = name;
      bad_code = rdscodec::errc::invalid_utf8;
    }
  };
  auto check_id = [&](const char* name, const std::optional<std::int64_t>& v) {
    if (bad_field == nullptr && v && *v < 0) {
      bad_field = name;
      bad_code = rdscodec::errc::value_out_of_range;
    }
  };
  check_str("DBInstanceId", req.db_instance_id, true);
  check_id("ImportId", req.import_id);
  check_str("OwnerAccount", req.owner_account, false);
  check_id("OwnerId", req.owner_id);
  check_str("ResourceGroupId", req.resource_group_id, false);
  check_str("ResourceOwnerAccount", req.resource_owner_account, false);
  check_id("ResourceOwnerId", req.resource_owner_id);

  const rdscodec::credentials creds("testid", "secret", in.flag() ? "sts-token" : "");
  rdscodec::v2::options opts;
  opts.timestamp = "2023-03-13T08:34:30Z";
  opts.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  auto cq = rdscodec::v2::canonical_query(req, creds, opts);
  auto v3q = rdscodec::v3::canonical_query(req);
  if (bad_field != nullptr) {
    FUZZ_CHECK(!cq && !v3q);
    FUZZ_CHECK(cq.error() == bad_code && cq.error().field() == bad_field);
    FUZZ_CHECK(v3q.error() == bad_code && v3q.error().field() == bad_field);
    return 0;
  }
  FUZZ_CHECK(cq && v3q);

  params expected = {{"DBInstanceId", req.db_instance_id}, {"ImportId", std::to_string(req.import_id)}};
  if (req.owner_account) expected["OwnerAccount"] = *req.owner_account;
  if (req.owner_id) expected["OwnerId"] = std::to_string(*req.owner_id);
  if (req.resource_group_id) expected["ResourceGroupId"] = *req.resource_group_id;
  if (req.resource_owner_account) expected["ResourceOwnerAccount"] = *req.resource_owner_account;
  if (req.resource_owner_id) expected["ResourceOwnerId"] = std::to_string(*req.resource_owner_id);
  FUZZ_CHECK(decode_query(*v3q) == expected);  // V3: the operation's fields only
  FUZZ_CHECK(*v3q == reference_query(expected));

  params with_common = expected;
  with_common.insert({{"AccessKeyId", "testid"},
                      {"Action", "CancelImport"},
                      {"Format", "JSON"},
                      {"SignatureMethod", "HMAC-SHA1"},
                      {"SignatureNonce", "edb2b34af0af9a6d14deaf7c1a5315eb"},
                      {"SignatureVersion", "1.0"},
                      {"Timestamp", "2023-03-13T08:34:30Z"},
                      {"Version", "2014-08-15"}});
  if (creds.has_security_token()) with_common["SecurityToken"] = "sts-token";
  FUZZ_CHECK(decode_query(*cq) == with_common);
  FUZZ_CHECK(*cq == reference_query(with_common));

  // The generic path canonicalises the same parameters to the same bytes.
  rdscodec::generic_request g{"CancelImport", "2014-08-15", {}};
  for (const auto& [name, value] : expected) g.parameters.push_back({name, value});
  auto gq = rdscodec::v2::canonical_query(g, creds, opts);
  FUZZ_CHECK(gq && *gq == *cq);
  return 0;
}
