// Every RDS operation, picked by action name at run time, for the programs
// that do so: the CLI (`rdscodec parse --operation`), the fake server and the
// curl client (examples/). One entry per operation of the generated registry
// (rdscodec/rds/registry.hpp), holding plain function pointers, so that a
// program that calls through the table instantiates nothing per operation.
//
// The entries are defined in shard translation units (entries.hpp, written
// by cmake/RdscodecShards.cmake into tools/any_operation/CMakeLists.txt's
// library rdscodec_any_operation): one TU with every operation's decoders
// and writers would need several GB and many minutes to compile. Programs
// link that library; they include only this header.
//
// Later commands that reach every operation (issue 15: `rdscodec sign
// <Operation> --Wire value`) add their function pointer here and its
// definition in entries.hpp; a request given as a parameter list can already
// be decoded into the typed request by check_request's decode_request.
#ifndef RDSCODEC_TOOLS_ANY_OPERATION_HPP
#define RDSCODEC_TOOLS_ANY_OPERATION_HPP

#include <rdscodec/core/result.hpp>
#include <rdscodec/detail/request_decoding.hpp>
#include <rdscodec/response/response_error.hpp>
#include <rdscodec/server/server_request.hpp>
#include <rdscodec/core/format.hpp>

#include "terminal.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace any_operation {

/// How parse_response prints a decoded response.
struct print_options {
  /// false: one "Name: value" line per set value (response_lines.hpp);
  /// true: the response as JSON (rdscodec's JSON writer).
  bool json = false;
  /// Lines only: applied to every text taken from the response (values and
  /// map keys). By default terminal::escape_all (terminal.hpp): what the
  /// network sent never reaches a terminal raw unless a caller asks for it
  /// (nullptr prints verbatim).
  std::string (*escape)(std::string_view) = &terminal::escape_all;
};

struct entry {
  std::string_view action;   // e.g. "DescribeDBInstances"
  std::string_view version;  // "2014-08-15"
  /// Decodes `body` as the operation's response (response_parser::parse:
  /// the format detected unless given) and prints it as `how` says; a
  /// failure is the parser's error (a service error or a malformed body).
  rdscodec::response_result<std::string> (*parse_response)(int http_status, std::string_view body,
                                                           std::optional<rdscodec::response_format> format,
                                                           const print_options& how);
  /// Decodes a request's parameters strictly into the typed request
  /// (rdscodec::decode_request, which validates it): success, or the
  /// gateway's error for the parameter at fault.
  rdscodec::server_result<void> (*check_request)(const std::vector<rdscodec::parameter>& params,
                                                 const rdscodec::decode_limits& limits);
  /// The operation's response body with only its RequestId set (other
  /// members at their defaults), written in `format`.
  rdscodec::result<std::string> (*write_answer)(std::string_view request_id, rdscodec::response_format format);
  // --- issue 14 (tests/protocol/responses): the response writers checked
  // against the SDK and the decoder ---
  /// Decodes `body` as parse_response does (`in`: the format, detected when
  /// unset) and writes the typed response back with the server's writer
  /// (rdscodec::write_response) in `out`; a failure is the parser's error,
  /// or the writer's as a response_error with `http_status`.
  rdscodec::response_result<std::string> (*rewrite_response)(int http_status, std::string_view body,
                                                             std::optional<rdscodec::response_format> in,
                                                             rdscodec::response_format out);
  // --- end issue 14 ---
};

/// Every operation, sorted by action in byte order (the registry's order).
const std::vector<entry>& all();

/// The operation whose action is exactly `action`, or nullptr.
const entry* find(std::string_view action);

/// The operation `spelled` names in the CLI's loose spelling: the action in
/// any ASCII case, '-' anywhere ignored ("DescribeDBInstances",
/// "describe-db-instances", "cancel-import"); an exact match first. nullptr
/// when there is none, or when the spelling fits more than one action (no two
/// of today's 413 do: tests/any_operation checks it).
const entry* find_loose(std::string_view spelled);

}  // namespace any_operation

#endif
