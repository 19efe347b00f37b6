// One case of the protocol test against operation R (see main.cpp and
// tests/protocol/README.md): the typed request built from the case's JSON by
// a walk over operation_traits / object_traits written here (not the
// library's request decoder), signed by rdscodec and compared with what the
// official SDK sent; then the SDK's request verified and decoded by
// rdscodec's server side. Included by the shard TUs that
// cmake/RdscodecShards.cmake writes, each for a run of operations.
#ifndef RDSCODEC_PROTOCOL_RUN_CASE_HPP
#define RDSCODEC_PROTOCOL_RUN_CASE_HPP

#include "../../member_types.hpp"
#include "case.hpp"

#include <rdscodec.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace rdscodec_protocol {

namespace rc = rdscodec;

using rdscodec_test::has_fields;  // the test's own reading of member types (tests/member_types.hpp)
using rdscodec_test::is_float_v;
using rdscodec_test::is_int_v;
using rdscodec_test::is_string_map;
using rdscodec_test::is_vector;

// ---- building the typed request from the case's JSON ----

struct build_state {
  /// Required members the case leaves out (path, whether the member type
  /// has an unset state rdscodec can see: only a std::string's "" does).
  std::vector<std::pair<std::string, bool>> absent_required;
  std::string error;
};

inline std::string join_path(const std::string& parent, std::string_view name) {
  return parent.empty() ? std::string(name) : parent + "." + std::string(name);
}

template <class V>
bool build_value(const jv& j, V& out, const std::string& path, build_state& st);

template <class Tuple, class Object>
bool build_fields(const Tuple& fields, const jv& obj, Object& out, const std::string& parent, build_state& st) {
  if (obj.kind != jv::object) {
    st.error = (parent.empty() ? std::string("request") : parent) + ": not a JSON object";
    return false;
  }
  // Every key of the case must be a field of rdscodec's request.
  for (const auto& m : obj.members) {
    bool known = false;
    rc::apply_fields([&](const auto&... fd) { ((known = known || fd.name == m.first), ...); }, fields);
    if (!known) {
      st.error = join_path(parent, m.first) + ": no such field in rdscodec's request";
      return false;
    }
  }
  bool ok = true;
  auto one = [&](const auto& fd) {
    using fd_t = std::decay_t<decltype(fd)>;
    using value_t = typename fd_t::value_type;
    if (!ok) return;
    const std::string path = join_path(parent, fd.name);
    const jv* v = obj.find(fd.name);
    auto& member = out.*(fd_t::member);
    if (v == nullptr) {
      if constexpr (!fd_t::is_optional_member)
        st.absent_required.emplace_back(path, std::is_same_v<value_t, std::string>);
      return;
    }
    if constexpr (fd_t::is_optional_member) {
      ok = build_value(*v, member.emplace(), path, st);
    } else {
      ok = build_value(*v, member, path, st);
    }
  };
  rc::apply_fields([&](const auto&... fd) { (one(fd), ...); }, fields);
  return ok;
}

template <class I>
bool parse_integer_text(std::string_view t, I& out) {
  if (t.empty()) return false;
  const char* b = t.data();
  const char* e = b + t.size();
  const auto r = std::from_chars(b, e, out);
  return r.ec == std::errc() && r.ptr == e;
}

template <class V>
bool build_value(const jv& j, V& out, const std::string& path, build_state& st) {
  auto bad = [&](const char* what) {
    st.error = path + ": " + what + " (" + j.raw.substr(0, 80) + ")";
    return false;
  };
  if constexpr (std::is_same_v<V, std::string>) {
    if (j.kind != jv::string) return bad("expected a string");
    out = j.text;
    return true;
  } else if constexpr (std::is_same_v<V, bool>) {
    if (j.kind != jv::boolean) return bad("expected a boolean");
    out = j.b;
    return true;
  } else if constexpr (std::is_same_v<V, rc::raw_json>) {
    out.text = j.raw;  // the value's JSON text as it stands in the file
    return true;
  } else if constexpr (is_int_v<V>) {
    // A JSON number, or a decimal string beyond +-(2^53 - 1).
    if (j.kind != jv::number && j.kind != jv::string) return bad("expected an integer");
    if (!parse_integer_text(j.text, out)) return bad("not an integer of the member's type");
    return true;
  } else if constexpr (is_float_v<V>) {
    if (j.kind != jv::number) return bad("expected a number");
    double d = 0;
    const char* b = j.text.data();
    const char* e = b + j.text.size();
    if (auto r = std::from_chars(b, e, d); r.ec != std::errc() || r.ptr != e) return bad("not a number");
    if constexpr (std::is_same_v<V, float>) {
      float f = 0;
      if (auto r = std::from_chars(b, e, f); r.ec != std::errc() || r.ptr != e || static_cast<double>(f) != d)
        return bad("not exact in float32");
      out = f;
    } else {
      out = d;
    }
    return true;
  } else if constexpr (is_vector<V>::value) {
    if (j.kind != jv::array) return bad("expected an array");
    out.clear();
    out.resize(j.items.size());
    for (std::size_t i = 0; i < j.items.size(); ++i)
      if (!build_value(j.items[i], out[i], path + "." + std::to_string(i + 1), st)) return false;
    return true;
  } else if constexpr (is_string_map<V>::value) {
    if (j.kind != jv::object) return bad("expected an object (map)");
    out.clear();
    for (const auto& m : j.members) {
      if (out.count(m.first) != 0) return bad("a map key twice");
      if (!build_value(m.second, out[m.first], path + "." + m.first, st)) return false;
    }
    return true;
  } else {
    static_assert(has_fields<V>::value);
    return build_fields(rc::object_traits<V>::fields, j, out, path, st);
  }
}

// ---- comparing two typed requests, member by member ----

template <class V>
bool same_value(const V& a, const V& b, const std::string& path, std::string& where);

template <class Tuple, class Object>
bool same_fields(const Tuple& fields, const Object& a, const Object& b, const std::string& parent, std::string& where) {
  bool ok = true;
  auto one = [&](const auto& fd) {
    using fd_t = std::decay_t<decltype(fd)>;
    if (!ok) return;
    const std::string path = join_path(parent, fd.name);
    const auto& ma = a.*(fd_t::member);
    const auto& mb = b.*(fd_t::member);
    if constexpr (fd_t::is_optional_member) {
      if (ma.has_value() != mb.has_value()) {
        where = path + (ma.has_value() ? ": set in the case, unset after decoding" : ": unset in the case, set after decoding");
        ok = false;
      } else if (ma.has_value()) {
        ok = same_value(*ma, *mb, path, where);
      }
    } else {
      ok = same_value(ma, mb, path, where);
    }
  };
  rc::apply_fields([&](const auto&... fd) { (one(fd), ...); }, fields);
  return ok;
}

template <class V>
bool same_value(const V& a, const V& b, const std::string& path, std::string& where) {
  if constexpr (std::is_same_v<V, std::string>) {
    if (a == b) return true;
    where = path + ": \"" + a + "\" vs \"" + b + "\"";
    return false;
  } else if constexpr (std::is_same_v<V, rc::raw_json>) {
    if (a.text == b.text) return true;
    where = path + ": JSON " + a.text + " vs " + b.text;
    return false;
  } else if constexpr (is_float_v<V>) {
    if (a == b && std::signbit(a) == std::signbit(b)) return true;
    where = path + ": " + std::to_string(a) + " vs " + std::to_string(b);
    return false;
  } else if constexpr (std::is_same_v<V, bool> || is_int_v<V>) {
    if (a == b) return true;
    where = path + ": " + std::to_string(a) + " vs " + std::to_string(b);
    return false;
  } else if constexpr (is_vector<V>::value) {
    if (a.size() != b.size()) {
      where = path + ": " + std::to_string(a.size()) + " items vs " + std::to_string(b.size());
      return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same_value(a[i], b[i], path + "." + std::to_string(i + 1), where)) return false;
    return true;
  } else if constexpr (is_string_map<V>::value) {
    auto ia = a.begin();
    auto ib = b.begin();
    for (; ia != a.end() && ib != b.end(); ++ia, ++ib) {
      if (ia->first != ib->first) {
        where = path + ": key \"" + ia->first + "\" vs \"" + ib->first + "\"";
        return false;
      }
      if (!same_value(ia->second, ib->second, path + "." + ia->first, where)) return false;
    }
    if (ia != a.end() || ib != b.end()) {
      where = path + ": " + std::to_string(a.size()) + " keys vs " + std::to_string(b.size());
      return false;
    }
    return true;
  } else {
    return same_fields(rc::object_traits<V>::fields, a, b, path, where);
  }
}

// ---- what a repeat-list value puts on the wire ----

/// True when a value in a repeat-list field writes no parameter: an empty
/// list or map, one whose items write none, an object with no member that
/// writes one. Scalars always write one (written from the flattening rule of
/// Alibaba's SDKs, not from rdscodec's encoder).
template <class V>
bool writes_nothing(const V& v) {
  if constexpr (is_vector<V>::value) {
    return std::all_of(v.begin(), v.end(), [](const auto& x) { return writes_nothing(x); });
  } else if constexpr (is_string_map<V>::value) {
    return std::all_of(v.begin(), v.end(), [](const auto& kv) { return writes_nothing(kv.second); });
  } else if constexpr (has_fields<V>::value) {
    bool nothing = true;
    rc::apply_fields(
        [&](const auto&... fd) {
          auto one = [&](const auto& f) {
            using f_t = std::decay_t<decltype(f)>;
            const auto& m = v.*(f_t::member);
            if constexpr (f_t::is_optional_member) {
              if (m.has_value() && !writes_nothing(*m)) nothing = false;
            } else {
              if (!writes_nothing(m)) nothing = false;
            }
          };
          (one(fd), ...);
        },
        rc::object_traits<V>::fields);
    return nothing;
  } else {
    (void)v;
    return false;
  }
}

/// The value as a server can see it after a repeat-list round trip: values
/// that write nothing dropped (unset, trailing list items removed, map
/// entries erased); a gap in the middle stays as an empty item.
template <class V>
void to_wire_form(V& v) {
  if constexpr (is_vector<V>::value) {
    for (auto& x : v) to_wire_form(x);
    while (!v.empty() && writes_nothing(v.back())) v.pop_back();
  } else if constexpr (is_string_map<V>::value) {
    for (auto it = v.begin(); it != v.end();) {
      to_wire_form(it->second);
      it = writes_nothing(it->second) ? v.erase(it) : std::next(it);
    }
  } else if constexpr (has_fields<V>::value) {
    rc::apply_fields(
        [&](const auto&... fd) {
          auto one = [&](const auto& f) {
            using f_t = std::decay_t<decltype(f)>;
            auto& m = v.*(f_t::member);
            if constexpr (f_t::is_optional_member) {
              if (m.has_value()) {
                to_wire_form(*m);
                if (writes_nothing(*m)) m.reset();
              }
            } else {
              to_wire_form(m);
            }
          };
          (one(fd), ...);
        },
        rc::object_traits<V>::fields);
  } else {
    (void)v;
  }
}

/// A comma-joined list of strings as a server splits it back: "" is the
/// empty list, every ',' separates items.
inline void split_as_sent(std::vector<std::string>& v) {
  std::string joined;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i != 0) joined += ',';
    joined += v[i];
  }
  v.clear();
  if (joined.empty()) return;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = joined.find(',', start);
    v.push_back(joined.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) return;
    start = comma + 1;
  }
}

/// to_wire_form for the repeat-list fields of a request, split_as_sent for
/// its simple-style lists of strings.
template <class R>
void request_wire_form(R& req) {
  rc::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& f) {
          using f_t = std::decay_t<decltype(f)>;
          auto& m = req.*(f_t::member);
          if constexpr (std::is_same_v<typename f_t::value_type, std::vector<std::string>>) {
            if (f.style == rc::wire_style::simple) {
              if constexpr (f_t::is_optional_member) {
                if (m.has_value()) split_as_sent(*m);
              } else {
                split_as_sent(m);
              }
              return;
            }
          }
          if (f.style != rc::wire_style::repeat_list) return;
          if constexpr (f_t::is_optional_member) {
            if (m.has_value()) {
              to_wire_form(*m);
              if (writes_nothing(*m)) m.reset();
            }
          } else {
            to_wire_form(m);
          }
        };
        (one(fd), ...);
      },
      rc::operation_traits<R>::fields);
}

// ---- wire text ----

inline bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.' || c == '~';
}

inline int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;  // rdscodec writes upper-case hex only
}

/// Decodes what rdscodec wrote: only unreserved bytes and upper-case %XX
/// (RFC 3986, as Alibaba's signature documentation specifies).
inline bool decode_rfc3986(std::string_view in, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c == '%') {
      if (i + 2 >= in.size()) return false;
      const int h = hex_digit(in[i + 1]), l = hex_digit(in[i + 2]);
      if (h < 0 || l < 0) return false;
      out.push_back(static_cast<char>(h * 16 + l));
      i += 2;
    } else if (is_unreserved(c)) {
      out.push_back(static_cast<char>(c));
    } else {
      return false;
    }
  }
  return true;
}

/// name=value&... as written by rdscodec, decoded, in the order written.
inline bool decode_items(std::string_view text, pairs& out, std::string& why) {
  out.clear();
  if (text.empty()) return true;
  std::size_t start = 0;
  while (true) {
    std::size_t amp = text.find('&', start);
    if (amp == std::string_view::npos) amp = text.size();
    const std::string_view item = text.substr(start, amp - start);
    const std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) {
      why = "an item without '=': " + std::string(item.substr(0, 60));
      return false;
    }
    std::string n, v;
    if (!decode_rfc3986(item.substr(0, eq), n) || !decode_rfc3986(item.substr(eq + 1), v)) {
      why = "not RFC 3986 encoded: " + std::string(item.substr(0, 60));
      return false;
    }
    out.emplace_back(std::move(n), std::move(v));
    if (amp == text.size()) break;
    start = amp + 1;
  }
  return true;
}

/// The raw items of a query or body (not decoded).
inline std::vector<std::string> raw_items(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (!text.empty()) {
    std::size_t amp = text.find('&', start);
    if (amp == std::string_view::npos) amp = text.size();
    out.emplace_back(text.substr(start, amp - start));
    if (amp == text.size()) break;
    start = amp + 1;
  }
  return out;
}

/// The SDK's text with the five characters Node's querystring leaves
/// unencoded encoded the RFC 3986 way.
inline std::string encode_sdk_leftovers(std::string_view s, bool& had_any) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '!': out += "%21"; had_any = true; break;
      case '\'': out += "%27"; had_any = true; break;
      case '(': out += "%28"; had_any = true; break;
      case ')': out += "%29"; had_any = true; break;
      case '*': out += "%2A"; had_any = true; break;
      default: out.push_back(c);
    }
  }
  return out;
}

/// A JSON text (of a json-style parameter) with every string whose content
/// is a decimal integer beyond +-(2^53 - 1) unquoted: how the SDK's text
/// reads once the case's big integers, given to it as text, are numbers.
inline std::string unquote_big_integers(std::string_view t) {
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] != '"') {
      out.push_back(t[i]);
      continue;
    }
    std::size_t j = i + 1;
    while (j < t.size() && t[j] != '"') j += t[j] == '\\' ? 2 : 1;
    const std::string_view content = t.substr(i + 1, j - i - 1);
    const std::string_view digits = !content.empty() && content[0] == '-' ? content.substr(1) : content;
    const bool integer = !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos &&
                         (digits.size() == 1 || digits[0] != '0');
    // 2^53 - 1 = 9007199254740991 (16 digits)
    const bool big = integer && (digits.size() > 16 || (digits.size() == 16 && digits > "9007199254740991"));
    if (big) out.append(content.data(), content.size());
    else out.append(t.data() + i, std::min(j, t.size() - 1) - i + 1);
    i = j;
  }
  return out;
}

inline bool is_json_parameter(std::string_view v) { return !v.empty() && (v[0] == '[' || v[0] == '{'); }

/// First difference between two name/value lists compared as sets (both
/// sorted by name, then value); empty when equal. `big_integers` is set when
/// a json-style value is equal only once the SDK's big integers are unquoted.
inline std::string first_difference(pairs ours, pairs sdk, std::string_view what, bool* big_integers = nullptr) {
  std::sort(ours.begin(), ours.end());
  std::sort(sdk.begin(), sdk.end());
  std::size_t i = 0;
  for (; i < ours.size() && i < sdk.size(); ++i) {
    if (ours[i].first != sdk[i].first)
      return std::string(what) + ": parameter " + (ours[i].first < sdk[i].first ? "only rdscodec sends " + ours[i].first
                                                                                  : "only the SDK sends " + sdk[i].first);
    if (ours[i].second != sdk[i].second && big_integers != nullptr && is_json_parameter(sdk[i].second) &&
        unquote_big_integers(sdk[i].second) == ours[i].second) {
      *big_integers = true;
      continue;
    }
    if (ours[i].second != sdk[i].second)
      return std::string(what) + ": " + ours[i].first + " = \"" + ours[i].second.substr(0, 200) + "\" (rdscodec) vs \"" +
             sdk[i].second.substr(0, 200) + "\" (SDK)";
  }
  if (i < ours.size()) return std::string(what) + ": parameter only rdscodec sends " + ours[i].first;
  if (i < sdk.size()) return std::string(what) + ": parameter only the SDK sends " + sdk[i].first;
  return {};
}

inline std::string lower(std::string_view s) {
  std::string o(s);
  for (auto& c : o)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return o;
}

inline const std::string* find_pair(const pairs& p, std::string_view name, bool any_case = false) {
  for (const auto& kv : p)
    if (any_case ? lower(kv.first) == lower(name) : kv.first == name) return &kv.second;
  return nullptr;
}

inline bool is_v2_common(std::string_view n) {
  return n == "Action" || n == "Format" || n == "Version" || n == "Timestamp" || n == "SignatureNonce" ||
         n == "SecurityToken" || n == "SignatureMethod" || n == "SignatureVersion" || n == "AccessKeyId" ||
         n == "Signature";
}

/// The raw query (or body) of each side as the same multiset of items once
/// the SDK's unencoded characters are encoded: everything but order and
/// those five characters is byte-equal. `skip` names items not compared.
inline std::string compare_raw(std::string_view ours, std::string_view sdk, std::string_view what,
                               const std::vector<std::string_view>& skip, outcome& o) {
  bool leftovers = false;
  const std::string sdk_encoded = encode_sdk_leftovers(sdk, leftovers);
  auto items = [&](std::string_view t) {
    std::vector<std::string> v;
    for (auto& it : raw_items(t)) {
      const std::string name = it.substr(0, it.find('='));
      if (std::find(skip.begin(), skip.end(), name) == skip.end()) v.push_back(std::move(it));
    }
    return v;
  };
  auto a = items(ours), b = items(sdk_encoded);
  const bool same_order = a == b;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  if (a != b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    return std::string(what) + " bytes: " + (i < a.size() ? a[i].substr(0, 200) : "(none)") + " (rdscodec) vs " +
           (i < b.size() ? b[i].substr(0, 200) : "(none)") + " (SDK)";
  }
  if (leftovers) o.note(difference::reserved_characters_unencoded);
  if (!same_order) o.note(difference::parameter_order);
  return {};
}

// ---- one case ----

template <class R>
struct case_runner {
  using traits = rc::operation_traits<R>;
  const pcase& c;
  outcome& o;
  rc::credentials creds;
  R req{};
  build_state st;
  /// False when the raw strings cannot be byte-compared (big integers).
  bool raw_compare_ok = true;

  case_runner(const pcase& cs, outcome& out) : c(cs), o(out), creds(cs.key_id, cs.secret, cs.token) {}

  rc::http_method method() const { return c.expected.method == "GET" ? rc::http_method::get : rc::http_method::post; }

  void run() {
    ++o.cases;
    if (traits::version != "2014-08-15") return o.fail(c, "unexpected version");
    if (!build_fields(traits::fields, c.request, req, "", st)) return o.fail(c, "building the request: " + st.error);
    if (!c.violates.empty()) return run_violation();
    for (const auto& a : st.absent_required)
      return o.fail(c, "required field " + a.first + " is absent but the case breaks no rule");
    const std::size_t before = o.failures;
    if (c.v3) compare_v3();
    else compare_v2();
    if (o.failures == before) ++o.compared;
    server_side(nullptr);
  }

  // A case that breaks one rule of the spec: rdscodec refuses to sign it,
  // and its server refuses the SDK's request.
  void run_violation() {
    if (c.violates.size() != 1) return o.fail(c, "more than one violation");
    const auto& v = c.violates[0];
    const bool required = v.rule == "required";
    if (!required && v.rule != "minimum" && v.rule != "maximum" && v.rule != "minLength" && v.rule != "maxLength")
      return o.fail(c, "unknown rule " + v.rule);
    // A required string broken with "" is missing to rdscodec.
    const bool empty_string = v.rule == "minLength" && c.request.find(v.wire) != nullptr &&
                              c.request.find(v.wire)->kind == jv::string && c.request.find(v.wire)->text.empty() &&
                              is_required_top_level(v.wire);
    if (empty_string) o.note(difference::empty_required_string);
    const auto want = required || empty_string ? rc::errc::missing_required_field : rc::errc::value_out_of_range;
    rc::http_request out;
    rc::result<void> r;
    if (c.v3) {
      rc::v3::options opts;
      fill(opts);
      r = rc::v3::sign(req, creds, opts, out);
    } else {
      rc::v2::options opts;
      fill(opts);
      r = rc::v2::sign(req, creds, opts, out);
    }
    if (r) {
      // Only a required member with no unset state may go through.
      if (!required || !absent_without_unset_state(v.wire))
        return o.fail(c, "rdscodec signed a request that breaks " + v.rule + " of " + v.wire);
      o.note(difference::required_without_unset_state);
    } else if (required && r.error() == rc::errc::value_out_of_range && r.error().field() == v.wire &&
               absent_without_unset_state(v.wire)) {
      // The member's default (0) is outside the field's range.
      o.note(difference::required_without_unset_state);
      ++o.refused;
    } else if (r.error() != want || r.error().field() != v.wire) {
      return o.fail(c, "rdscodec refused with " + r.error().message() + " (field " + std::string(r.error().field()) +
                           "), expected " + (want == rc::errc::missing_required_field ? "missing_required_field" : "value_out_of_range") +
                           " for " + v.wire);
    } else {
      ++o.refused;
    }
    server_side(&v);
  }

  /// Which difference request_wire_form made: a simple list, else a
  /// repeat list.
  static difference wire_form_difference(const R& before, const R& after) {
    bool simple = false;
    rc::apply_fields(
        [&](const auto&... fd) {
          auto one = [&](const auto& f) {
            using f_t = std::decay_t<decltype(f)>;
            if (f.style != rc::wire_style::simple) return;
            const auto& a = before.*(f_t::member);
            const auto& b = after.*(f_t::member);
            std::string where;
            if constexpr (f_t::is_optional_member) {
              if (a.has_value() != b.has_value() || (a.has_value() && !same_value(*a, *b, std::string(f.name), where)))
                simple = true;
            } else {
              if (!same_value(a, b, std::string(f.name), where)) simple = true;
            }
          };
          (one(fd), ...);
        },
        traits::fields);
    return simple ? difference::simple_list_commas : difference::repeat_list_writes_nothing;
  }

  static bool is_required_top_level(std::string_view wire) {
    bool req = false;
    rc::apply_fields([&](const auto&... fd) { ((req = req || (fd.name == wire && fd.required == rc::presence::required)), ...); },
               traits::fields);
    return req;
  }

  bool absent_without_unset_state(std::string_view wire) const {
    for (const auto& a : st.absent_required)
      if (a.first == wire && !a.second) return true;
    return false;
  }

  template <class Options>
  void fill(Options& opts) const {
    opts.method = method();
    opts.endpoint = c.endpoint;
    opts.timestamp = c.timestamp;
    opts.nonce = c.nonce;
  }

  /// Whether the SDK's request carries a big integer as a JSON string in
  /// a json-style parameter (big_integers_as_text), and which parameters.
  std::vector<std::string> big_integer_parameters() const {
    std::vector<std::string> names;
    auto scan = [&](const pairs& p) {
      for (const auto& kv : p)
        if (is_json_parameter(kv.second) && unquote_big_integers(kv.second) != kv.second) names.push_back(kv.first);
    };
    scan(c.expected.query);
    if (c.expected.form) scan(*c.expected.form);
    return names;
  }

  bool compare_params(const rc::http_request& out, bool v2, pairs& common) {
    pairs q, b;
    std::string why;
    if (!decode_items(out.query, q, why)) {
      o.fail(c, "rdscodec's query: " + why);
      return false;
    }
    if (!decode_items(out.body, b, why)) {
      o.fail(c, "rdscodec's body: " + why);
      return false;
    }
    pairs ops;
    for (auto& p : q) {
      if (v2 && is_v2_common(p.first)) common.push_back(std::move(p));
      else ops.push_back(std::move(p));
    }
    bool big = false;
    if (auto d = first_difference(ops, c.expected.query, "query", &big); !d.empty()) {
      o.fail(c, d);
      return false;
    }
    if (c.expected.form.has_value() != !out.body.empty()) {
      o.fail(c, out.body.empty() ? "the SDK sends a form body, rdscodec none" : "rdscodec sends a body, the SDK none");
      return false;
    }
    if (c.expected.form) {
      if (auto d = first_difference(b, *c.expected.form, "form", &big); !d.empty()) {
        o.fail(c, d);
        return false;
      }
    }
    if (big) {
      o.note(difference::big_integers_as_text);
      raw_compare_ok = false;
    }
    if (out.host != c.expected.host || out.path != c.expected.path ||
        rc::to_string(out.method) != std::string_view(c.expected.method)) {
      o.fail(c, "target: " + std::string(rc::to_string(out.method)) + " " + out.host + out.path + " vs " +
                    c.expected.method + " " + c.expected.host + c.expected.path);
      return false;
    }
    return true;
  }

  void compare_v2() {
    rc::v2::options opts;
    fill(opts);
    opts.format = rc::response_format::json;
    rc::http_request out;
    if (auto r = rc::v2::sign(req, creds, opts, out); !r)
      return o.fail(c, "rdscodec refused: " + r.error().message());
    pairs common;
    if (!compare_params(out, true, common)) return;
    // The common parameters but Format and Signature, then those two.
    pairs ours, sdk;
    for (const auto& p : common)
      if (p.first != "Format" && p.first != "Signature") ours.push_back(p);
    for (const auto& p : c.expected.common)
      if (p.first != "Format" && p.first != "Signature") sdk.push_back(p);
    if (auto d = first_difference(ours, sdk, "common"); !d.empty()) return o.fail(c, d);
    const std::string* our_format = find_pair(common, "Format");
    const std::string* sdk_format = find_pair(c.expected.common, "Format");
    if (our_format == nullptr || *our_format != "JSON" || sdk_format == nullptr || *sdk_format != "json")
      return o.fail(c, "Format: expected JSON (rdscodec) and json (SDK)");
    o.note(difference::v2_format_lower_case);
    if (!raw_compare_ok) return;  // the SDK signed its strings, rdscodec the numbers
    const std::string* our_sig = find_pair(common, "Signature");
    if (our_sig == nullptr || *our_sig != c.expected.format_json_signature)
      return o.fail(c, "Signature " + (our_sig ? *our_sig : std::string("(none)")) + " vs the SDK's formatJSON " +
                           c.expected.format_json_signature);
    if (const auto at = out.query.rfind("&Signature="); at == std::string::npos || out.query.find('&', at + 1) != std::string::npos)
      return o.fail(c, "rdscodec's V2 query does not end with the Signature");
    if (raw_compare_ok) {
      if (auto d = compare_raw(out.query, c.expected.raw_query, "query", {"Format", "Signature"}, o); !d.empty())
        return o.fail(c, d);
      if (c.expected.body)
        if (auto d = compare_raw(out.body, *c.expected.body, "body", {}, o); !d.empty()) return o.fail(c, d);
    }
    // Headers: rdscodec's (Content-Type with a body) as the SDK has them.
    for (const auto& h : out.headers) {
      const std::string* v = find_pair(c.expected.headers, h.name, true);
      if (v == nullptr || *v != h.value) return o.fail(c, "header " + h.name + ": the SDK sends " + (v ? *v : std::string("none")));
    }
    for (const auto& h : c.expected.headers) {
      const std::string n = lower(h.first);
      if (out.find_header(n) != nullptr) continue;
      if (n == "host" && h.second == out.host) continue;
      if (n != "x-acs-version" && n != "x-acs-action" && n != "x-acs-credentials-provider" && n != "host")
        return o.fail(c, "header " + h.first + " only the SDK sends");
    }
    o.note(difference::v2_sdk_headers);
  }

  void compare_v3() {
    rc::v3::options opts;
    fill(opts);
    rc::http_request out;
    if (auto r = rc::v3::sign(req, creds, opts, out); !r)
      return o.fail(c, "rdscodec refused: " + r.error().message());
    pairs unused;
    if (!compare_params(out, false, unused)) return;
    if (raw_compare_ok)
      if (auto d = compare_raw(out.query, c.expected.raw_query, "query", {}, o); !d.empty()) return o.fail(c, d);
    // The body: equal bytes, or the same fields with !'()* left unencoded.
    bool body_quirk = false;
    if (!raw_compare_ok) {
      // The signatures cover the SDK's strings, not rdscodec's numbers:
      // nothing more is comparable.
      o.note(difference::v3_sdk_headers);
      return;
    }
    if (c.expected.body && *c.expected.body != out.body) {
      bool leftovers = false;
      if (encode_sdk_leftovers(*c.expected.body, leftovers) != out.body || !leftovers)
        return o.fail(c, "body bytes differ beyond !'()*: " + out.body.substr(0, 200) + " vs " +
                             c.expected.body->substr(0, 200));
      body_quirk = true;
      o.note(difference::v3_form_body_hash);
    }
    const std::string* sdk_hash = find_pair(c.expected.headers, "x-acs-content-sha256");
    if (sdk_hash == nullptr) return o.fail(c, "the SDK sent no x-acs-content-sha256");
    {
      auto h = rc::digest(rc::digest_algorithm::sha256, c.expected.body ? *c.expected.body : std::string());
      if (!h || *sdk_hash != rc::hex_encode(*h).view()) return o.fail(c, "the SDK's x-acs-content-sha256 is not its body's");
    }
    // Headers: every one rdscodec sends, the SDK sends with the same value.
    for (const auto& h : out.headers) {
      const std::string n = lower(h.name);
      if (n == "authorization") continue;
      const std::string* v = find_pair(c.expected.headers, n, true);
      if (v == nullptr) return o.fail(c, "header " + n + " only rdscodec sends");
      if (*v != h.value && !(body_quirk && n == "x-acs-content-sha256"))
        return o.fail(c, "header " + n + ": " + h.value + " (rdscodec) vs " + *v + " (SDK)");
    }
    for (const auto& h : c.expected.headers) {
      const std::string n = lower(h.first);
      if (out.find_header(n) != nullptr) continue;
      const bool sdk_own =
          n == "accept" || n == "x-acs-credentials-provider" || (n == "x-acs-accesskey-id" && !c.token.empty());
      if (!sdk_own) return o.fail(c, "header " + h.first + " only the SDK sends");
    }
    o.note(difference::v3_sdk_headers);
    // 1. The SDK's signature, recomputed from the SDK's headers and hash
    //    with rdscodec's canonical query.
    auto cq = rc::v3::canonical_query(req);
    if (!cq) return o.fail(c, "canonical_query: " + cq.error().message());
    std::vector<rc::http_header> sdk_headers;
    for (const auto& h : c.expected.headers) sdk_headers.push_back({h.first, h.second});
    const auto cr = rc::v3::canonical_request(c.expected.method, c.expected.path, *cq, sdk_headers, *sdk_hash);
    const std::string* sdk_auth = find_pair(c.expected.headers, "Authorization");
    if (sdk_auth == nullptr) return o.fail(c, "the SDK sent no Authorization");
    if (sdk_auth->find("SignedHeaders=" + cr.signed_headers + ",") == std::string::npos)
      return o.fail(c, "signed headers " + cr.signed_headers + " vs the SDK's " + *sdk_auth);
    auto sts = rc::v3::string_to_sign(rc::v3::algorithm::acs3_hmac_sha256, cr.text);
    if (!sts) return o.fail(c, "string_to_sign failed");
    auto sig = rc::v3::signature(creds, rc::v3::algorithm::acs3_hmac_sha256, *sts);
    if (!sig || sig->view() != c.expected.signature)
      return o.fail(c, "the SDK's signature recomputed with rdscodec's canonical query: " +
                           std::string(sig ? sig->view() : "(error)") + " vs " + c.expected.signature);
    if (!c.token.empty()) return;  // no SDK variant signs without x-acs-accesskey-id
    // 2. Without STS: rdscodec's Authorization is the SDK's without its
    //    provider header (over the SDK's body hash when the bodies differ).
    std::string ours = *out.find_header("Authorization");
    if (body_quirk) {
      std::vector<rc::http_header> hs = out.headers;
      for (auto& h : hs)
        if (lower(h.name) == "x-acs-content-sha256") h.value = *sdk_hash;
      hs.erase(std::remove_if(hs.begin(), hs.end(), [](const rc::http_header& h) { return lower(h.name) == "authorization"; }),
               hs.end());
      const auto cr2 = rc::v3::canonical_request(rc::to_string(out.method), out.path, *cq, hs, *sdk_hash);
      auto sts2 = rc::v3::string_to_sign(rc::v3::algorithm::acs3_hmac_sha256, cr2.text);
      if (!sts2) return o.fail(c, "string_to_sign failed");
      auto sig2 = rc::v3::signature(creds, rc::v3::algorithm::acs3_hmac_sha256, *sts2);
      if (!sig2) return o.fail(c, "signature failed");
      ours = rc::v3::authorization(rc::v3::algorithm::acs3_hmac_sha256, c.key_id, cr2.signed_headers, sig2->view());
    }
    if (ours != c.expected.without_provider_authorization)
      return o.fail(c, "Authorization " + ours + " vs the SDK's withoutProviderHeader " + c.expected.without_provider_authorization);
  }

  // The SDK's request through rdscodec's server side.
  void server_side(const violation* v) {
    rc::incoming_request in;
    in.method = c.expected.method;
    in.path = c.expected.path;
    in.query = c.expected.raw_query;
    if (c.expected.body) in.body = *c.expected.body;
    for (const auto& h : c.expected.headers) in.headers.push_back({h.first, h.second});
    const rc::credentials_lookup lookup = [&](std::string_view id) -> const rc::credentials* {
      return id == c.key_id ? &creds : nullptr;
    };
    rc::verify_options vo;
    const auto t = rc::parse_timestamp(c.timestamp);
    if (!t) return o.fail(c, "bad timestamp in the case");
    vo.now = std::chrono::time_point_cast<std::chrono::system_clock::duration>(*t);
    auto verified = rc::verify_request(in, lookup, vo);
    if (!verified) return o.fail(c, "verify_request refused the SDK's request: " + verified.error().code + ": " + verified.error().message);
    if (verified->action != traits::action || verified->version != traits::version)
      return o.fail(c, "verify_request: action " + verified->action + " version " + verified->version);
    if (verified->signature_version != (c.v3 ? 3 : 2)) return o.fail(c, "verify_request: wrong signature version");
    auto decoded = rc::decode_request<R>(verified->parameters);
    // A big integer the SDK sent as a JSON string: refused, naming its parameter.
    const auto big = big_integer_parameters();
    auto refused_big = [&]() {
      if (decoded || big.empty() || decoded.error().code != "InvalidParameter") return false;
      for (const auto& n : big)
        if (decoded.error().message.find("\"" + n + "\"") != std::string::npos) return true;
      return false;
    };
    if (refused_big()) {
      o.note(difference::big_integers_as_text);
      ++o.server_refused;
    } else if (v != nullptr) {
      const bool missing = v->rule == "required" || (v->rule == "minLength" && c.request.find(v->wire) != nullptr &&
                                                     c.request.find(v->wire)->text.empty() && is_required_top_level(v->wire));
      const std::string quoted = "\"" + v->wire + "\"";
      if (decoded)
        return o.fail(c, "decode_request accepted a request that breaks " + v->rule + " of " + v->wire);
      if (decoded.error().code != (missing ? "MissingParameter" : "InvalidParameter") ||
          decoded.error().message.find(quoted) == std::string::npos)
        return o.fail(c, "decode_request: " + decoded.error().code + ": " + decoded.error().message + ", expected " +
                             (missing ? "MissingParameter" : "InvalidParameter") + " for " + v->wire);
      ++o.server_refused;
    } else {
      if (!decoded) return o.fail(c, "decode_request refused the SDK's request: " + decoded.error().code + ": " + decoded.error().message);
      std::string where;
      if (!same_fields(traits::fields, req, *decoded, "", where)) {
        R wire = req;
        request_wire_form(wire);
        std::string where2;
        if (!same_fields(traits::fields, wire, *decoded, "", where2))
          return o.fail(c, "decoded request differs from the case's: " + where2);
        o.note(wire_form_difference(req, wire));
      }
      ++o.server_accepted;
    }
    // One byte of the signature changed.
    std::string auth_copy, query_copy = c.expected.raw_query;
    if (c.v3) {
      for (auto& h : in.headers)
        if (h.name == "Authorization") {
          auth_copy = std::string(h.value);
          auth_copy.back() = auth_copy.back() == '0' ? '1' : '0';
          h.value = auth_copy;
        }
    } else {
      // The SDK puts Signature last; change its first character that is
      // not part of a %XX escape.
      const std::size_t amp = query_copy.rfind('&');
      std::size_t at = amp == std::string::npos ? 0 : amp + 1;
      if (query_copy.compare(at, 10, "Signature=") != 0) return o.fail(c, "the SDK's query does not end with Signature");
      at += 10;
      while (at < query_copy.size() && query_copy[at] == '%') at += 3;
      if (at >= query_copy.size()) return o.fail(c, "the SDK's Signature has no plain character");
      query_copy[at] = query_copy[at] == 'A' ? 'B' : 'A';
      in.query = query_copy;
    }
    auto forged = rc::verify_request(in, lookup, vo);
    if (forged || forged.error().code != "SignatureDoesNotMatch")
      return o.fail(c, "verify_request with one byte of the signature changed: " +
                           (forged ? std::string("accepted") : forged.error().code));
    ++o.tampered_refused;
  }
};

/// The shard function: runs the case when one of Requests is its operation.
template <class... Requests>
bool run_ops(const pcase& c, outcome& o) {
  bool known = false;
  auto one = [&](auto* tag) {
    using R = std::remove_pointer_t<decltype(tag)>;
    if (known || rc::operation_traits<R>::action != c.operation) return;
    known = true;
    case_runner<R>(c, o).run();
  };
  (one(static_cast<Requests*>(nullptr)), ...);
  return known;
}

}  // namespace rdscodec_protocol

#endif
