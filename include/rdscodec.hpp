// rdscodec: the whole public API in one include.
#ifndef RDSCODEC_HPP
#define RDSCODEC_HPP

#include <rdscodec/version.hpp>
#include <rdscodec/config.hpp>
#include <rdscodec/error.hpp>
#include <rdscodec/result.hpp>
#include <rdscodec/utf8.hpp>
#include <rdscodec/percent.hpp>
#include <rdscodec/escape.hpp>
#include <rdscodec/fields.hpp>
#include <rdscodec/generic_request.hpp>
#include <rdscodec/query.hpp>
#include <rdscodec/crypto.hpp>
#include <rdscodec/credentials.hpp>
#include <rdscodec/clock.hpp>
#include <rdscodec/format.hpp>
#include <rdscodec/http_request.hpp>
#include <rdscodec/endpoint.hpp>
#include <rdscodec/sign_common.hpp>
#include <rdscodec/sign_v2.hpp>
#include <rdscodec/sign_v3.hpp>
#include <rdscodec/trace.hpp>
#include <rdscodec/api_error.hpp>
#include <rdscodec/response_error.hpp>
#include <rdscodec/json.hpp>
#include <rdscodec/xml.hpp>
#include <rdscodec/response.hpp>
#include <rdscodec/diagnose.hpp>
#include <rdscodec/writer.hpp>
#include <rdscodec/server_request.hpp>
#include <rdscodec/verify.hpp>
#include <rdscodec/ops/cancel_import.hpp>
#include <rdscodec/ops/import_database_between_instances.hpp>
#include <rdscodec/ops/describe_imports_for_sql_server.hpp>

#endif
