// The invariants every response fuzz target checks (JSON, XML, detected).
#ifndef RDSCODEC_FUZZ_RESPONSE_CHECKS_HPP
#define RDSCODEC_FUZZ_RESPONSE_CHECKS_HPP

#include "common.hpp"

#include <rdscodec/ops/cancel_import.hpp>
#include <rdscodec/ops/describe_imports_for_sql_server.hpp>
#include <rdscodec/ops/import_database_between_instances.hpp>
#include <rdscodec/writer.hpp>
#include <rdscodec/response.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace fuzz {

inline constexpr int statuses[] = {200, 400, 0, 403, 404, 500, 502, 503, 204, 429, 301, 299};

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
  const std::string canonical = rdscodec::write_response<Op>(*r, rdscodec::response_format::json);
  auto from_json = fresh.parse<Op>(200, canonical, rdscodec::response_format::json);
  FUZZ_CHECK(from_json);
  FUZZ_CHECK(rdscodec::write_response<Op>(*from_json, rdscodec::response_format::json) == canonical);
  FUZZ_CHECK(fresh.parse<Op>(200, rdscodec::write_response<Op>(*r, rdscodec::response_format::xml),
                             rdscodec::response_format::xml));
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
  }

  // Deterministic, and independent of what the parser or the output held before.
  rdscodec::response_parser fresh;
  FUZZ_CHECK(same_outcome(first, fresh.parse<op>(status, body, format)));
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
