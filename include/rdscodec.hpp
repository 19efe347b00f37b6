// rdscodec: the whole public API in one include, except the operations: a program
// includes the ones it calls (rdscodec/rds/<operation>.hpp; rdscodec/rds/registry.hpp for all).
#ifndef RDSCODEC_HPP
#define RDSCODEC_HPP

#include <rdscodec/core/version.hpp>
#include <rdscodec/core/config.hpp>
#include <rdscodec/core/error.hpp>
#include <rdscodec/core/result.hpp>
#include <rdscodec/core/utf8.hpp>
#include <rdscodec/core/percent.hpp>
#include <rdscodec/core/escape.hpp>
#include <rdscodec/model/fields.hpp>
#include <rdscodec/request/generic_request.hpp>
#include <rdscodec/request/query.hpp>
#include <rdscodec/core/crypto.hpp>
#include <rdscodec/core/credentials.hpp>
#include <rdscodec/core/clock.hpp>
#include <rdscodec/core/format.hpp>
#include <rdscodec/request/http_request.hpp>
#include <rdscodec/request/endpoint.hpp>
#include <rdscodec/request/sign_common.hpp>
#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/request/sign_v3.hpp>
#include <rdscodec/request/trace.hpp>
#include <rdscodec/response/api_error.hpp>
#include <rdscodec/response/response_error.hpp>
#include <rdscodec/response/json.hpp>
#include <rdscodec/response/xml.hpp>
#include <rdscodec/response/response.hpp>
#include <rdscodec/response/diagnose.hpp>
#include <rdscodec/server/writer.hpp>
#include <rdscodec/server/server_request.hpp>
#include <rdscodec/server/verify.hpp>
#include <rdscodec/client/retry.hpp>
#include <rdscodec/client/paging.hpp>
#include <rdscodec/client/waiter.hpp>

#endif
