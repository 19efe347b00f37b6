#include <rdscodec/response/api_error.hpp>

#include <catch2/catch.hpp>

using rdscodec::classify;
using rdscodec::error_class;

namespace {

struct row {
  const char* code;
  int status;
  error_class expected;
  bool retryable;
};

}  // namespace

// Expected classes written from the codes and statuses collected in the
// design notes (research/api.md §3c and §3d), independently of the table in
// api_error.hpp: Code first, HTTP status only when the Code says nothing.
TEST_CASE("every classification row", "[api_error]") {
  const row rows[] = {
      {"Throttling", 400, error_class::throttling, true},
      {"Throttling.User", 400, error_class::throttling, true},
      {"ServiceUnavailable", 503, error_class::server, true},
      {"InternalError", 500, error_class::server, true},
      {"SignatureDoesNotMatch", 400, error_class::authentication, false},
      {"SignatureDoesNotMatch", 403, error_class::authentication, false},  // sources disagree on the status
      {"IncompleteSignature", 400, error_class::authentication, false},
      {"InvalidAccessKeyId.NotFound", 404, error_class::authentication, false},  // not "not found"
      {"InvalidAccessKeyId.NotFound", 400, error_class::authentication, false},
      {"InvalidTimeStamp.Expired", 400, error_class::authentication, false},
      {"IllegalTimestamp", 400, error_class::authentication, false},
      {"SignatureNonceUsed", 400, error_class::authentication, false},  // must be signed again, not re-sent
      {"InvalidSecurityToken.Expired", 400, error_class::authentication, false},
      {"Forbidden.RAM", 403, error_class::permission, false},
      {"Forbidden.RAM", 400, error_class::permission, false},
      {"Forbidden", 403, error_class::permission, false},
      {"Forbidden.RiskControl", 403, error_class::permission, false},
      {"Forbedden.NotSupportRAM", 403, error_class::permission, false},
      {"ActionUnauthorized", 403, error_class::permission, false},
      {"Forbidden.InstanceNotFound", 404, error_class::not_found, false},
      {"InvalidDBInstanceId.NotFound", 404, error_class::not_found, false},
      {"InvalidDBInstance.NotFound", 404, error_class::not_found, false},
      {"InvalidImportId.NotFound", 400, error_class::not_found, false},
      {"IncorrectDBInstanceState", 500, error_class::conflict, false},  // a state problem despite the 500
      {"OperationDenied.DBInstanceStatus", 403, error_class::conflict, false},
      {"OperationDenied.DBInstanceType", 400, error_class::invalid_request, false},
      {"IdempotentParameterMismatch", 400, error_class::conflict, false},
      {"MissingParameter", 400, error_class::invalid_request, false},
      {"MissingDBInstanceId", 400, error_class::invalid_request, false},
      {"InvalidParameter", 400, error_class::invalid_request, false},
      {"UnsupportedParameter", 400, error_class::invalid_request, false},
      {"UnsupportedHTTPMethod", 403, error_class::invalid_request, false},
      {"UnsupportedOperation", 400, error_class::invalid_request, false},
      {"InvalidAction", 403, error_class::invalid_request, false},
      {"InvalidAction.NotFound", 404, error_class::invalid_request, false},
      {"InvalidOwnerId", 400, error_class::invalid_request, false},
      {"InvalidOwnerAccount", 400, error_class::invalid_request, false},
      {"InvalidOwner", 400, error_class::invalid_request, false},
      // Unknown codes: the status decides.
      {"Order.ComboInstanceNotAllowOperate", 400, error_class::invalid_request, false},
      {"SomethingNew", 403, error_class::permission, false},
      {"SomethingNew", 429, error_class::throttling, true},
      {"", 429, error_class::throttling, true},
      {"", 401, error_class::authentication, false},
      {"", 403, error_class::permission, false},
      {"", 404, error_class::not_found, false},
      {"", 409, error_class::conflict, false},
      {"", 400, error_class::invalid_request, false},
      {"", 500, error_class::server, true},
      {"", 502, error_class::server, true},
      {"", 503, error_class::server, true},
      {"", 504, error_class::server, true},
      {"", 501, error_class::server, false},
      {"", 302, error_class::unknown, false},
      {"", 0, error_class::unknown, false},
  };
  for (const auto& r : rows) {
    DYNAMIC_SECTION(r.code << " / " << r.status) {
      rdscodec::api_error e;
      e.code = r.code;
      e.http_status = r.status;
      CHECK(e.category() == r.expected);
      CHECK(e.retryable() == r.retryable);
    }
  }
  STATIC_REQUIRE(classify("Throttling", 400) == error_class::throttling);  // usable at compile time
}
