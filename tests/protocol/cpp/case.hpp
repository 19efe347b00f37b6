// The protocol test's view of one case of tests/protocol/cases-v2.json /
// cases-v3.json (the README's "Case file" section is the format), shared by
// main.cpp (which reads the files with simdjson) and the shard TUs (which
// run the cases of their operations, run_case.hpp). No simdjson here: the
// shards compile without it.
#ifndef RDSCODEC_PROTOCOL_CASE_HPP
#define RDSCODEC_PROTOCOL_CASE_HPP

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rdscodec_protocol {

/// A JSON value of the case file, with its text exactly as it stands in
/// the file (`raw`): an `any` field takes that text.
struct jv {
  enum kind_t { null_value, boolean, number, string, array, object };
  kind_t kind = null_value;
  bool b = false;
  /// A string's value (unescaped), or a number's token as written.
  std::string text;
  std::string raw;
  std::vector<jv> items;
  std::vector<std::pair<std::string, jv>> members;

  const jv* find(std::string_view key) const noexcept {
    for (const auto& m : members)
      if (m.first == key) return &m.second;
    return nullptr;
  }
};

using pairs = std::vector<std::pair<std::string, std::string>>;

struct violation {
  std::string wire;
  std::string rule;  // required, minimum, maximum, minLength, maxLength
};

/// What the SDK sent (EXPECTED of the README).
struct sdk_request {
  std::string method, host, path, raw_query;
  pairs common;  // V2 only, in the order sent
  pairs query;
  std::optional<pairs> form;
  std::optional<std::string> body;
  pairs headers;  // names as the SDK wrote them
  std::string signature;
  std::string format_json_signature;           // V2
  std::string without_provider_authorization;  // V3
};

struct pcase {
  std::string id, operation;
  bool v3 = false;
  std::string key_id, secret, token;
  std::string timestamp, nonce, endpoint;
  jv request;
  std::vector<violation> violates;
  sdk_request expected;
};

/// The legitimate differences between SDK 15.4.0 and rdscodec: each is
/// listed once, here, with its reason, and applied by name (run_case.hpp)
/// only where its condition holds; everything else is a failure.
enum class difference : std::size_t {
  v3_sdk_headers,
  v2_sdk_headers,
  v2_format_lower_case,
  reserved_characters_unencoded,
  v3_form_body_hash,
  parameter_order,
  required_without_unset_state,
  big_integers_as_text,
  repeat_list_writes_nothing,
  empty_required_string,
  simple_list_commas,
  count_
};

struct difference_info {
  std::string_view name;
  std::string_view reason;
};

inline constexpr std::array<difference_info, static_cast<std::size_t>(difference::count_)> differences = {{
    {"v3_sdk_headers",
     "V3: the SDK adds x-acs-credentials-provider (signed), with STS x-acs-accesskey-id (signed), and "
     "accept (unsigned); rdscodec sends none of them (Alibaba's V3 documentation signs host, x-acs-* and "
     "content-type and requires none of these). Checked instead: the SDK's own signature recomputed "
     "from the SDK's headers with rdscodec's canonical query, and without STS rdscodec's Authorization "
     "equal to the SDK's withoutProviderHeader variant"},
    {"v2_sdk_headers",
     "V2: the SDK sends host, x-acs-version, x-acs-action and x-acs-credentials-provider headers that V2 "
     "does not sign; rdscodec sends only Content-Type with a body (host is the URL's)"},
    {"v2_format_lower_case",
     "V2: the SDK sends Format=json, rdscodec Format=JSON (the documentation writes JSON/XML): the "
     "signature is compared with the SDK's formatJSON variant"},
    {"reserved_characters_unencoded",
     "Node's querystring leaves !'()* unencoded in query strings and form bodies, rdscodec encodes them "
     "(RFC 3986, as the signature documentation requires): compared after decoding, and the raw "
     "strings after encoding those five characters in the SDK's"},
    {"v3_form_body_hash",
     "V3 with a form body holding one of !'()*: the body bytes differ as above, so do "
     "x-acs-content-sha256 and the signature; checked instead: the SDK's hash is the SHA-256 of its "
     "body, and rdscodec's Authorization recomputed over the SDK's hash equals withoutProviderHeader"},
    {"parameter_order",
     "the SDK sends parameters in its methods' order (V2's common ones around them), rdscodec in byte "
     "order of the names (Signature last); only the canonical forms are sorted, and those are compared"},
    {"required_without_unset_state",
     "a required number, boolean or json-style list of the typed request always holds a value (0, "
     "false, []): the case leaves it out, the SDK sends nothing, rdscodec sends the value (or refuses it "
     "as out of range when 0 is outside the field's range). Checked instead: the server refuses the "
     "SDK's request with MissingParameter for it"},
    {"big_integers_as_text",
     "an integer beyond +-(2^53 - 1) inside a json-style value: a JavaScript number cannot hold it, so the "
     "case gives it to the SDK as text and JSON.stringify writes a JSON string, where rdscodec writes the "
     "number the spec's type says. Compared after unquoting such strings; rdscodec's server (strict: a "
     "string is not a number) refuses the SDK's text with InvalidParameter for that parameter"},
    {"repeat_list_writes_nothing",
     "a repeat-list value that writes no parameter (an empty list, an object with no member set, trailing "
     "empty items) is not on the wire (SDK and rdscodec alike): the request decoded by the server is "
     "compared with the case's after such values are dropped"},
    {"empty_required_string",
     "a case that breaks minLength of a required string with \"\": rdscodec reads an empty required "
     "string as missing (missing_required_field, MissingParameter), not as too short"},
    {"simple_list_commas",
     "a simple-style (comma-joined) list of strings whose items hold ',' or that is [\"\"] is sent the same "
     "by both (`a,b`, `Name=`) and cannot be read back item for item: the server splits at ',' and reads "
     "\"\" as the empty list; the decoded request is compared with the case's list joined and split so"},
}};

/// What running cases found.
struct outcome {
  std::size_t cases = 0;
  std::size_t compared = 0;
  std::size_t refused = 0;
  std::size_t server_accepted = 0;
  std::size_t server_refused = 0;
  std::size_t tampered_refused = 0;
  std::size_t failures = 0;
  std::array<std::size_t, static_cast<std::size_t>(difference::count_)> used{};
  std::vector<std::string> messages;  // the first failures, "id: item"

  void fail(const pcase& c, const std::string& what) {
    ++failures;
    if (messages.size() < 40) messages.push_back(c.id + ": " + what);
  }
  void note(difference d) { ++used[static_cast<std::size_t>(d)]; }
};

}  // namespace rdscodec_protocol

#endif
