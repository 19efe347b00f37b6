// rdscodec: the XML response reader (pugixml).
//
// The body must be UTF-8 with exactly one root element: the operation's
// response root (CancelImportResponse) or Error. Before pugixml sees the
// body, it is checked for UTF-8 (errc::invalid_utf8), then scanned once for
// what pugixml would let through: a DOCTYPE is refused (errc::doctype_forbidden),
// so entity declarations are never processed (pugixml never expands entities
// beyond the five predefined ones and character references), and so is any
// character XML 1.0 does not allow (§2.2 Char), written literally (a control
// byte such as 0x01) or as a character reference (&#0;, &#27;, &#xD800;):
// errc::xml_syntax, with the offset of the byte or of the '&' and the element
// it belongs to. pugixml's strings end at a NUL byte; after that scan no
// value it decodes can hold one, so no value is ever cut short.
//
// Element text is kept verbatim (no trimming); CDATA sections count as text.
// A known element that appears twice is errc::duplicate_field; unknown
// elements are skipped (but the whole tree must be well formed and within the
// depth limit).
//
// Nested values (detail/response_fields.hpp lists the member types): an
// object_traits struct is an element whose child elements are its fields
// (whitespace between them is skipped; other text is wrong_type, as a JSON
// string for an object is); a std::vector field is every child element
// with the field's name, wherever they stand among their siblings (a lone
// element is a list of one; so it is never a duplicate); a list inside a list,
// or as a map value, is every child element of its element, whatever their
// names (an element with text and no child element is a list of one, as a
// lone JSON value is); a std::map<std::string, T> is an element whose child
// elements are its entries, the name the key (a key twice is
// duplicate_field; text beside them is wrong_type, as for objects); raw_json
// (the spec's `any`) is JSON text, as from a JSON body: an element without
// child elements is its text as a JSON string (XML has no numbers, so
// <X>7</X> is "7"), one with child elements an object, each child a member
// named by its element name and valued by the same rule, a name that repeats
// an array of its values ({"k":["1","2"]} from <k>1</k><k>2</k>; the writer
// writes a JSON value back the same way); float and double are the text as
// parse_float reads it (as the JSON reader does). Errors inside name
// the path: Items.DBInstance.2.TipsLevel.
//
// The reader keeps its document and copy buffer between calls and parses in
// place, and decodes into the values a kept response holds (detail::
// reset_unseen), so steady-state parsing makes no C++ heap allocation
// (pugixml itself takes one page from malloc per document) -- except for a
// raw_json field given as XML elements, whose conversion to JSON text
// groups repeated child names in a fresh vector and map per value.
#ifndef RDSCODEC_XML_HPP
#define RDSCODEC_XML_HPP

#include <rdscodec/detail/response_fields.hpp>
#include <rdscodec/response/response_error.hpp>
#include <rdscodec/core/utf8.hpp>
#include <rdscodec/detail/value_text.hpp>

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace rdscodec {
namespace detail {

class xml_reader {
 public:
  explicit xml_reader(const parse_options& o)
      : max_depth_(o.max_depth < 2 ? 2 : o.max_depth > parse_options::depth_cap ? parse_options::depth_cap : o.max_depth) {}

  /// Decodes `body` into `out`. `base` is added to reported offsets.
  template <class Request>
  response_result<void> parse(int http_status, std::string_view body, std::size_t base, response_of_t<Request>& out) {
    status_ = http_status;
    base_ = base;
    if (auto at = utf8_error_offset(body); at != std::string_view::npos)
      return response_error(error(errc::invalid_utf8, {}, base_ + at), status_);
    const markup_scan scan = scan_markup(body);
    if (scan.doctype != npos) return refuse_doctype(scan.doctype);
    buf_.assign(body.data(), body.size());
    // parse_ws_pcdata: whitespace-only text is text too (values are never trimmed).
    // parse_fragment: text before or after the root becomes nodes we can
    // see and refuse (by default pugixml drops it silently).
    const unsigned options =
        pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata | pugi::parse_fragment;
    const pugi::xml_parse_result parsed =
        doc_.load_buffer_inplace(buf_.empty() ? nullptr : &buf_[0], buf_.size(), options, pugi::encoding_utf8);
    if (scan.bad_char != npos) {
      // The tree is asked only for the name of the element: a value that
      // pugixml decoded from it is never read.
      const bool tree_reaches = parsed || static_cast<std::size_t>(parsed.offset) > scan.bad_char;
      const std::string_view element = tree_reaches && !scan.bad_unowned ? element_at(scan.bad_char) : std::string_view();
      return response_error(error(errc::xml_syntax, element, base_ + scan.bad_char), status_,
                            scan.bad_is_reference ? "a character reference to a character XML 1.0 does not allow"
                                                  : "a character XML 1.0 does not allow");
    }
    // The scan refused every DOCTYPE pugixml recognises; should they ever
    // disagree, pugixml's verdict is refused the same way (pugixml does not
    // say where its '<' is: no offset).
    for (pugi::xml_node n = doc_.first_child(); n; n = n.next_sibling())
      if (n.type() == pugi::node_doctype) return refuse_doctype(npos);
    if (!parsed) {
      if (parsed.status == pugi::status_bad_doctype) return refuse_doctype(static_cast<std::size_t>(parsed.offset));
      return response_error(error(errc::xml_syntax, {}, base_ + static_cast<std::size_t>(parsed.offset)), status_,
                            parsed.description());
    }
    pugi::xml_node root;
    for (pugi::xml_node n = doc_.first_child(); n; n = n.next_sibling()) {
      if (n.type() == pugi::node_element) {
        if (root) return syntax_at(n, "more than one root element");
        root = n;
      } else if ((n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) && !is_blank(n.value())) {
        return syntax_at(n, "text outside the root element");
      }
    }
    if (!root) return response_error(error(errc::xml_syntax, {}, base_), status_, "no root element");
    // Each level of nesting needs a '<': a body with no more of them than
    // the limit cannot be too deep, and the walk is skipped.
    if (static_cast<std::size_t>(std::count(body.begin(), body.end(), '<')) > max_depth_) {
      if (auto r = check_depth(root); !r) return r;
    }

    const std::string_view root_name = root.name();
    const bool error_root = root_name == "Error";
    if (!error_root && root_name != operation_traits<Request>::response_root) {
      const bool success_status = http_status >= 200 && http_status < 300;
      return response_error(error(success_status || http_status == 0 ? errc::unexpected_root : errc::not_an_api_response,
                                  {}, offset_of(root)),
                            status_, "unexpected root element");
    }
    using fields_t = std::remove_const_t<decltype(operation_traits<Request>::response_fields)>;
    error_views ev;
    std::bitset<response_field_count<Request>> seen;
    repeat_counts<fields_t> used{};
    for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = child.name();
      const std::size_t error_index = error_views::find(name);
      if (error_root) {
        if (error_index == error_views::count) continue;
        if (ev.seen[error_index]) return field_error(errc::duplicate_field, name, child);
        ev.seen.set(error_index);
        if (auto r = read_error_field(error_index, child, ev, name); !r) return r;
        continue;
      }
      const std::size_t index = find_response_field<Request>(name);
      if (index == npos_field) continue;
      if (seen[index] && !repeated_flags<fields_t>[index]) return field_error(errc::duplicate_field, name, child);
      seen.set(index);
      response_result<void> r;
      with_response_field<Request>(out, index, [&](const auto& fd, auto& member) {
        const value_path at{nullptr, name, 0};
        // The error is moved out only on failure (response_error is large).
        if (auto one = read_member(fd, member, child, at, count_of(used, index)); !one) {
          r = std::move(one);
          return;
        }
        using member_t = std::decay_t<decltype(member)>;
        if constexpr (std::is_same_v<member_t, std::string>) {
          if (error_index == error_views::request_id) {
            ev.value[error_index] = member;
            ev.seen.set(error_index);
          }
        }
      });
      if (!r) return r;
    }
    finish_fields(operation_traits<Request>::response_fields, out, seen, used);
    return finish_decoded<Request>(http_status, ev, seen, error_root);
  }

 private:
  /// Offset of a node in the body: for an element, its '<' (pugixml
  /// reports the name, one byte further).
  std::size_t offset_of(pugi::xml_node n) const noexcept {
    const auto at = n.offset_debug();
    if (at < 0) return error::npos;
    const auto start = static_cast<std::size_t>(at) - (n.type() == pugi::node_element && at > 0 ? 1 : 0);
    return base_ + start;
  }

  static bool is_blank(std::string_view s) noexcept {
    for (char c : s)
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    return true;
  }

  response_error syntax_at(pugi::xml_node n, const char* detail) const {
    return response_error(error(errc::xml_syntax, {}, offset_of(n)), status_, detail);
  }

  /// `at`: an offset into the body, or npos.
  response_error refuse_doctype(std::size_t at) const {
    return response_error(error(errc::doctype_forbidden, {}, at == npos ? error::npos : base_ + at), status_,
                          "DOCTYPE and entity declarations are not accepted");
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  /// XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
  static constexpr bool is_xml_char(std::uint32_t c) noexcept {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
  }

  /// What scan_markup() found, as offsets into the body (npos: nothing).
  struct markup_scan {
    /// The '<' of a DOCTYPE declaration.
    std::size_t doctype = npos;
    /// The first character XML 1.0 does not allow, or the '&' of the first
    /// character reference to one.
    std::size_t bad_char = npos;
    bool bad_is_reference = false;
    /// No element holds it: it is in a comment, a processing instruction or
    /// text outside the root.
    bool bad_unowned = false;
  };

  /// One pass over the body, lexing it as pugixml does (text, tags and their
  /// quoted attribute values, comments, CDATA sections, processing
  /// instructions) to find what pugixml would accept but XML 1.0 forbids: a
  /// DOCTYPE (the scan stops there), a character outside Char anywhere, and a
  /// character reference to one where pugixml decodes references (text and
  /// attribute values). `s` is valid UTF-8: the only bytes outside Char are
  /// then the C0 controls other than tab, LF and CR, and U+FFFE and U+FFFF.
  /// Each byte is looked at a bounded number of times.
  static markup_scan scan_markup(std::string_view s) noexcept {
    enum class in { text, tag, quoted, comment, cdata, pi };
    markup_scan r;
    in state = in::text;
    char quote = '"';
    bool end_tag = false;
    std::size_t depth = 0;  // elements open
    const std::size_t n = s.size();
    auto at = [&](std::size_t i, std::string_view w) { return s.compare(i, w.size(), w) == 0; };
    for (std::size_t i = 0; i < n; ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (r.bad_char == npos &&
          ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
           (c == 0xEF && i + 2 < n && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')))) {
        r.bad_char = i;
        r.bad_unowned = state == in::comment || state == in::pi || (state == in::text && depth == 0);
      }
      switch (state) {
        case in::text:
          if (c == '<') {
            if (at(i, "<!--")) {
              state = in::comment;
              i += 3;
            } else if (at(i, "<![CDATA[")) {
              state = in::cdata;
              i += 8;
            } else if (at(i, "<?")) {
              state = in::pi;
              i += 1;
            } else if (is_doctype(s, i)) {
              r.doctype = i;
              return r;
            } else {
              state = in::tag;
              end_tag = i + 1 < n && s[i + 1] == '/';
            }
          } else if (c == '&') {
            i = check_reference(s, i, r);
          }
          break;
        case in::tag:
          if (c == '"' || c == '\'') {
            quote = static_cast<char>(c);
            state = in::quoted;
          } else if (c == '>') {
            state = in::text;
            if (end_tag) depth -= depth > 0 ? 1 : 0;
            else if (s[i - 1] != '/') ++depth;
          }
          break;
        case in::quoted:
          if (c == static_cast<unsigned char>(quote)) state = in::tag;
          else if (c == '&') i = check_reference(s, i, r);
          break;
        case in::comment:
          if (at(i, "-->")) {
            state = in::text;
            i += 2;
          }
          break;
        case in::cdata:
          if (at(i, "]]>")) {
            state = in::text;
            i += 2;
          }
          break;
        case in::pi:
          if (at(i, "?>")) {
            state = in::text;
            i += 1;
          }
          break;
      }
    }
    return r;
  }

  /// "<!DOCTYPE" at `i`, in any case.
  static bool is_doctype(std::string_view s, std::size_t i) noexcept {
    constexpr std::string_view word = "<!doctype";
    if (s.size() - i < word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k) {
      char c = s[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != word[k]) return false;
    }
    return true;
  }

  /// At the '&' at `i`: a character reference as pugixml decodes it ("&#"
  /// decimal digits ";" or "&#x" hex digits ";"; anything else it keeps as
  /// text) is recorded in `r` when it names no Char. pugixml computes the
  /// code point in 32 bits and wraps (&#4294967296; would decode as U+0000):
  /// the value here saturates instead, so such a reference is refused.
  /// Returns the index of the last byte read (the last digit, or `i`).
  static std::size_t check_reference(std::string_view s, std::size_t i, markup_scan& r) noexcept {
    const std::size_t n = s.size();
    if (i + 1 >= n || s[i + 1] != '#') return i;
    std::size_t j = i + 2;
    const bool hex = j < n && s[j] == 'x';
    if (hex) ++j;
    const std::size_t first_digit = j;
    std::uint32_t value = 0;
    for (; j < n; ++j) {
      const char c = s[j];
      std::uint32_t d;
      if (c >= '0' && c <= '9') d = static_cast<std::uint32_t>(c - '0');
      else if (hex && c >= 'a' && c <= 'f') d = static_cast<std::uint32_t>(c - 'a' + 10);
      else if (hex && c >= 'A' && c <= 'F') d = static_cast<std::uint32_t>(c - 'A' + 10);
      else break;
      if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + d;  // past 0x10FFFF it stays past it
    }
    if (j == first_digit || j >= n || s[j] != ';') return j - 1;  // not a reference: kept as text
    if (r.bad_char == npos && !is_xml_char(value)) {
      r.bad_char = i;
      r.bad_is_reference = true;
    }
    return j - 1;
  }

  /// The element a byte of the body belongs to: the element whose start tag
  /// holds it, or the parent of the text node that holds it (the last node,
  /// in document order, that starts at or before it).
  std::string_view element_at(std::size_t at) const {
    pugi::xml_node last;
    pugi::xml_node n = doc_.first_child();
    while (n) {
      const auto start = n.offset_debug();
      if (start >= 0 && static_cast<std::size_t>(start) > at) break;
      if (start >= 0) last = n;
      if (n.first_child()) {
        n = n.first_child();
        continue;
      }
      while (n && !n.next_sibling()) n = n.parent();
      if (n) n = n.next_sibling();
    }
    if (last.type() == pugi::node_pcdata || last.type() == pugi::node_cdata) last = last.parent();
    return last.type() == pugi::node_element ? std::string_view(last.name()) : std::string_view();
  }

  response_error field_error(errc code, std::string_view name, pugi::xml_node n) const {
    return response_error(error(code, name, offset_of(n)), status_);
  }

  /// Depth of the tree below `root` (root = 1), walked without recursion.
  response_result<void> check_depth(pugi::xml_node root) const {
    std::size_t depth = 1;
    pugi::xml_node n = root;
    for (;;) {
      if (n.first_child()) {
        n = n.first_child();
        if (++depth > max_depth_)
          return response_error(error(errc::too_deep, {}, offset_of(n)), status_, "XML nesting too deep");
        continue;
      }
      while (n != root && !n.next_sibling()) {
        n = n.parent();
        --depth;
      }
      if (n == root) return {};
      n = n.next_sibling();
    }
  }

  /// Appends the text of `n` (PCDATA and CDATA children, in order) to `out`;
  /// false when `n` has child elements.
  static bool text_of(pugi::xml_node n, std::string& out) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
        out.append(c.value());
      else if (c.type() == pugi::node_element)
        return false;
    }
    return true;
  }

  /// Whether every text (PCDATA, CDATA) child of `n` is whitespace: the only
  /// text an element that holds an object, a map or elements may have.
  static bool only_blank_text(pugi::xml_node n) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
      if ((c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) && !is_blank(c.value())) return false;
    return true;
  }

  static bool has_child_element(pugi::xml_node n) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
      if (c.type() == pugi::node_element) return true;
    return false;
  }

  /// The text of `n` without copying when it is a single text node.
  static bool single_text(pugi::xml_node n, std::string_view& out) {
    pugi::xml_node c = n.first_child();
    if (!c) {
      out = {};
      return true;
    }
    if ((c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) && !c.next_sibling()) {
      out = c.value();
      return true;
    }
    return false;
  }

  response_error path_error(errc code, const value_path& at, pugi::xml_node n) const {
    return response_error(at.error_of(code, offset_of(n)), status_);
  }

  /// Per field of an object, the elements of a repeated (std::vector)
  /// field read so far in it; empty when the object has no such field.
  template <class Tuple>
  static constexpr bool has_repeated() noexcept {
    for (const bool repeated : repeated_flags<Tuple>)
      if (repeated) return true;
    return false;
  }
  template <class Tuple>
  using repeat_counts = std::array<std::size_t, has_repeated<Tuple>() ? std::tuple_size_v<Tuple> : 0>;

  template <std::size_t N>
  static std::size_t* count_of(std::array<std::size_t, N>& used, std::size_t index) noexcept {
    if constexpr (N == 0)
      return nullptr;
    else
      return &used[index];
  }

  /// After the fields of an object are read: repeated fields drop the
  /// elements an earlier parse left beyond this one's, fields not seen are
  /// reset (detail::reset_unseen).
  template <class Tuple, class Object, std::size_t N>
  static void finish_fields(const Tuple& fields, Object& obj, const std::bitset<std::tuple_size_v<Tuple>>& seen,
                            const std::array<std::size_t, N>& used) {
    if constexpr (N != 0) {
      std::size_t i = 0;
      apply_fields(
          [&](const auto&... fd) {
            auto one = [&](const auto& f) {
              using fd_t = std::decay_t<decltype(f)>;
              if constexpr (is_repeated_field<fd_t>())
                if (seen[i]) trim_list(response_target<fd_t>(obj.*(fd_t::member)), used[i]);
              ++i;
            };
            (one(fd), ...);
          },
          fields);
    }
    reset_unseen(fields, obj, seen);
  }

  /// The element `n` for the field `fd` of an object: a list_field's
  /// wrapper, one element of a repeated (std::vector) field (`*used`: how
  /// many of them this object had before it), or the field's whole value.
  template <class Field, class Member>
  response_result<void> read_member(const Field& fd, Member& member, pugi::xml_node n, const value_path& at,
                                    std::size_t* used) {
    if constexpr (Field::is_list) {
      // <Items><SQLServerImport>...</SQLServerImport>...</Items>; other
      // children and text are skipped.
      using item_t = typename Field::item_type;
      std::size_t items = 0;
      for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element || std::string_view(c.name()) != fd.item_name) continue;
        if (auto r = read_object<item_traits<item_t>::fields>(next_element(member, items), c, nullptr); !r) return r;
      }
      trim_list(member, items);
      return {};
    } else if constexpr (value_kind_of_v<typename Field::value_type> == value_kind::list) {
      // Each element with the field's name is one list element.
      auto& list = response_target<Field>(member);
      const value_path item{&at, {}, *used + 1};
      return read_value(fd, next_element(list, *used), n, item);
    } else {
      (void)used;
      return read_value(fd, response_target<Field>(member), n, at);
    }
  }

  /// Decodes the content of the element `n` into `target`, one value of
  /// the field `fd`; `at` names it in errors.
  template <class Field, class V>
  response_result<void> read_value(const Field& fd, V& target, pugi::xml_node n, const value_path& at) {
    constexpr value_kind k = value_kind_of_v<V>;
    if constexpr (is_scalar(k)) {
      std::string_view text;
      if (!single_text(n, text)) {
        scratch_.clear();
        if (!text_of(n, scratch_)) return path_error(errc::wrong_type, at, n);
        text = scratch_;
      }
      // Character references decode to new bytes: scan_markup() let through
      // only those naming a Char (valid UTF-8), and this check stays as a
      // second line should pugixml ever decode something the scan did not see.
      if (!is_valid_utf8(text)) return path_error(errc::invalid_utf8, at, n);
      if (!assign_text(target, text)) return path_error(errc::wrong_type, at, n);
      if (!in_declared_range(fd, target)) return path_error(errc::value_out_of_range, at, n);
      return {};
    } else if constexpr (k == value_kind::any) {
      // JSON text, by the rule in the header comment (xml_to_json).
      target.text.clear();
      if (!xml_to_json(n, target.text)) return path_error(errc::wrong_type, at, n);
      if (!is_valid_utf8(target.text)) return path_error(errc::invalid_utf8, at, n);
      return {};
    } else if constexpr (k == value_kind::list) {
      // A list inside a list (or a map value): every child element is one
      // element, whatever its name; an element with text and no child
      // element is a list of one, as a lone JSON value is.
      if (!only_blank_text(n)) {
        if (has_child_element(n)) return path_error(errc::wrong_type, at, n);
        const value_path item{&at, {}, 1};
        std::size_t used = 0;
        if (auto r = read_value(fd, next_element(target, used), n, item); !r) return r;
        trim_list(target, used);
        return {};
      }
      std::size_t used = 0;
      for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        const value_path item{&at, {}, used + 1};
        if (auto r = read_value(fd, next_element(target, used), c, item); !r) return r;
      }
      trim_list(target, used);
      return {};
    } else if constexpr (k == value_kind::map) {
      // Each child element is one entry: its name the key, its content the value.
      if (!only_blank_text(n)) return path_error(errc::wrong_type, at, n);
      map_refill<V> refill(target);
      for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        const std::string_view name = c.name();
        const value_path key{&at, name, 0};
        auto* slot = refill.slot(name);
        if (slot == nullptr) return path_error(errc::duplicate_field, key, c);
        if (auto r = read_value(fd, *slot, c, key); !r) return r;
      }
      return {};
    } else {
      static_assert(k == value_kind::object);
      if (!only_blank_text(n)) return path_error(errc::wrong_type, at, n);
      return read_object<object_traits<V>::fields>(target, n, &at);
    }
  }

  /// An element whose child elements are `fields` of `obj`: unknown ones
  /// and text are skipped, a known one twice is errc::duplicate_field
  /// (except a std::vector field, whose elements repeat), required ones
  /// must be there. `at` names the object (nullptr: a list_field item).
  template <const auto& Fields, class Object>
  response_result<void> read_object(Object& obj, pugi::xml_node n, const value_path* at) {
    using Tuple = std::remove_const_t<std::remove_reference_t<decltype(Fields)>>;
    const Tuple& fields = Fields;
    std::bitset<std::tuple_size_v<Tuple>> seen;
    repeat_counts<Tuple> used{};
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = c.name();
      const std::size_t index = find_field_in<Fields>(name);
      if (index == npos_field) continue;
      const value_path here{at, name, 0};
      if (seen[index] && !repeated_flags<Tuple>[index]) return path_error(errc::duplicate_field, here, c);
      seen.set(index);
      response_result<void> r;
      with_field(fields, obj, index,
                 [&](const auto& fd, auto& m) {
                   if (auto one = read_member(fd, m, c, here, count_of(used, index)); !one) r = std::move(one);
                 });
      if (!r) return r;
    }
    if (const std::string_view missing = first_missing_field(fields, seen); !missing.empty()) {
      const value_path here{at, missing, 0};
      return response_error(here.error_of(errc::missing_field), status_);
    }
    finish_fields(fields, obj, seen, used);
    return {};
  }

  /// The JSON text of an `any` value held by the element `n`: without child
  /// elements, its text as a JSON string; with them, an object whose members
  /// are its child elements in order of first appearance, each named by its
  /// element name, a name that repeats holding an array of its elements'
  /// values (text other than whitespace beside child elements has no place
  /// in it: false). Recursion is bounded by the depth limit the tree was
  /// checked against; grouping by name costs n log n in the number of children.
  bool xml_to_json(pugi::xml_node n, std::string& out) {
    pugi::xml_node c = n.first_child();
    while (c && c.type() != pugi::node_element) c = c.next_sibling();
    if (!c) {
      scratch_.clear();
      text_of(n, scratch_);
      append_json_string(out, scratch_);
      return true;
    }
    if (!only_blank_text(n)) return false;
    // Element children grouped by name, groups in order of first appearance.
    std::vector<std::vector<pugi::xml_node>> groups;
    std::map<std::string_view, std::size_t> group_of;
    for (; c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const auto [it, added] = group_of.try_emplace(std::string_view(c.name()), groups.size());
      if (added) groups.emplace_back();
      groups[it->second].push_back(c);
    }
    out += '{';
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (g != 0) out += ',';
      append_json_string(out, groups[g][0].name());
      out += ':';
      if (groups[g].size() == 1) {
        if (!xml_to_json(groups[g][0], out)) return false;
        continue;
      }
      out += '[';
      for (std::size_t k = 0; k < groups[g].size(); ++k) {
        if (k != 0) out += ',';
        if (!xml_to_json(groups[g][k], out)) return false;
      }
      out += ']';
    }
    out += '}';
    return true;
  }

  /// Writes into a std::string (pugixml's output interface).
  struct string_writer : pugi::xml_writer {
    std::string* out;
    explicit string_writer(std::string* o) : out(o) {}
    void write(const void* data, size_t size) override { out->append(static_cast<const char*>(data), size); }
  };

  response_result<void> read_error_field(std::size_t index, pugi::xml_node n, error_views& ev, std::string_view name) {
    std::string_view text;
    if (single_text(n, text)) {
      if (!is_valid_utf8(text)) return field_error(errc::invalid_utf8, name, n);
      ev.value[index] = text;
      return {};
    }
    std::string& store = error_text_[index];
    store.clear();
    if (!text_of(n, store)) {
      if (index != error_views::access_denied_detail) return field_error(errc::wrong_type, name, n);
      // AccessDeniedDetail may be structured: keep its inner markup.
      store.clear();
      string_writer w(&store);
      for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
        c.print(w, "", pugi::format_raw, pugi::encoding_utf8);
    }
    if (!is_valid_utf8(store)) return field_error(errc::invalid_utf8, name, n);
    ev.value[index] = store;
    return {};
  }

  pugi::xml_document doc_;
  std::string buf_;
  std::string scratch_;
  std::array<std::string, error_views::count> error_text_;
  std::size_t max_depth_;
  int status_ = 0;
  std::size_t base_ = 0;
};

}  // namespace detail
}  // namespace rdscodec

#endif
