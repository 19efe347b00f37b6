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
// `rdscodec sign/call <Operation> --Wire value` and `describe` go through
// sign_request and describe; a command that needs another per-operation
// function adds its pointer at the end of entry and its definition in
// entries.hpp.
#ifndef RDSCODEC_TOOLS_ANY_OPERATION_HPP
#define RDSCODEC_TOOLS_ANY_OPERATION_HPP

#include <rdscodec/core/result.hpp>
#include <rdscodec/detail/request_decoding.hpp>
#include <rdscodec/response/response_error.hpp>
#include <rdscodec/server/server_request.hpp>
#include <rdscodec/core/format.hpp>
#include <rdscodec/core/credentials.hpp>
#include <rdscodec/request/sign_v2.hpp>
#include <rdscodec/request/sign_v3.hpp>
#include <rdscodec/request/trace.hpp>

#include "terminal.hpp"

#include <cstddef>
#include <cstdint>
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

/// How sign_request signs: V2 with `v2_options`, else V3 with `v3_options`.
struct sign_choice {
  bool v2 = false;
  rdscodec::v2::options v2_options;
  rdscodec::v3::options v3_options;
};

/// What sign_request made of a parameter list.
struct signed_call {
  /// Set when the parameters do not make the operation's request: the
  /// gateway's error for the parameter at fault (UnsupportedParameter,
  /// MissingParameter, InvalidParameter), as decode_request gives it.
  std::optional<rdscodec::api_error> refused;
  /// Otherwise the signer's trace (its request included), or why it refused.
  rdscodec::result<rdscodec::signing_trace> trace = rdscodec::errc::invalid_operation;
};

/// One request parameter or response field, as `describe` lists it.
struct field_info {
  /// Its name from the top level: `Tag`, then `Tag.N` (a list item, N from
  /// 1; responses: `Items[]`), `Tag.N.Key` (an object member), `Filter.KEY`
  /// (a map entry).
  std::string name;
  /// string, integer, number, boolean, json (a raw JSON value), object,
  /// "list of T", "map of T".
  std::string type;
  std::size_t depth = 0;  // 0: a top-level field
  bool required = false;
  /// Requests: the top-level field's style and position (members inherit
  /// them from the field that holds them).
  rdscodec::wire_style style = rdscodec::wire_style::plain;
  rdscodec::wire_position position = rdscodec::wire_position::query;
  bool has_range = false;  // integers: [min, max] declared
  std::int64_t min = 0, max = 0;
  bool has_length = false;  // strings: length in UTF-16 units declared
  std::size_t min_length = 0, max_length = 0;
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
  /// Decodes `params` like check_request (a field with wire_position::host,
  /// which decode_request leaves unset, is read from the parameter of its
  /// name) and signs the typed request as `how` says (v2::explain or
  /// v3::explain).
  signed_call (*sign_request)(const std::vector<rdscodec::parameter>& params, const rdscodec::decode_limits& limits,
                              const rdscodec::credentials& creds, const sign_choice& how);
  /// Appends the request parameters and the response fields, each field
  /// followed by its members (describe_fields.hpp).
  void (*describe)(std::vector<field_info>& request, std::vector<field_info>& response);
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
