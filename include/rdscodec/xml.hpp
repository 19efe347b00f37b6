// rdscodec: the XML response reader (pugixml).
//
// The body must be UTF-8 with exactly one root element: the operation's
// response root (CancelImportResponse) or Error. A DOCTYPE is refused
// (errc::doctype_forbidden) before anything else is looked at: entity
// declarations are never processed, and pugixml never expands entities
// beyond the five predefined ones and character references. Element text is
// kept verbatim (no trimming); CDATA sections count as text. A known element
// that appears twice is errc::duplicate_field; unknown elements are skipped
// (but the whole tree must be well formed and within the depth limit).
//
// The reader keeps its document and copy buffer between calls and parses in
// place, so steady-state parsing makes no C++ heap allocation beyond the
// result strings (pugixml itself takes one page from malloc per document).
#ifndef RDSCODEC_XML_HPP
#define RDSCODEC_XML_HPP

#include <rdscodec/detail/response_fields.hpp>
#include <rdscodec/response_error.hpp>
#include <rdscodec/utf8.hpp>

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>

namespace rdscodec {
namespace detail {

class xml_reader {
 public:
  explicit xml_reader(const parse_options& o)
      : max_depth_(o.max_depth < 2 ? 2 : o.max_depth > parse_options::depth_cap ? parse_options::depth_cap : o.max_depth) {}

  /// Decodes `body` into `out`. `base` is added to reported offsets.
  template <class Request>
  response_result<void> parse(int http_status, std::string_view body, std::size_t base, response_of<Request>& out) {
    static_assert(response_fits_bitset<Request>);
    status_ = http_status;
    base_ = base;
    if (auto at = utf8_error_offset(body); at != std::string_view::npos)
      return response_error(error(errc::invalid_utf8, {}, base_ + at), status_);
    buf_.assign(body.data(), body.size());
    // parse_ws_pcdata: whitespace-only text is text too (values are never trimmed).
    // parse_fragment: text before or after the root becomes nodes we can
    // see and refuse (by default pugixml drops it silently).
    const unsigned options =
        pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata | pugi::parse_fragment;
    const pugi::xml_parse_result parsed =
        doc_.load_buffer_inplace(buf_.empty() ? nullptr : &buf_[0], buf_.size(), options, pugi::encoding_utf8);
    // A DOCTYPE is refused whether or not the rest parsed.
    for (pugi::xml_node n = doc_.first_child(); n; n = n.next_sibling())
      if (n.type() == pugi::node_doctype) return refuse_doctype(body);
    if (!parsed) {
      if (parsed.status == pugi::status_bad_doctype) return refuse_doctype(body);
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
    reset_response<Request>(out);
    error_views ev;
    std::bitset<64> seen;
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
      if (seen[index]) return field_error(errc::duplicate_field, name, child);
      seen.set(index);
      response_result<void> r;
      with_response_field<Request>(out, index, [&](const auto& fd, auto& member) {
        r = assign(fd, member, child, name);
        using member_t = std::decay_t<decltype(member)>;
        if constexpr (std::is_same_v<member_t, std::string>) {
          if (r && error_index == error_views::request_id) {
            ev.value[error_index] = member;
            ev.seen.set(error_index);
          }
        }
      });
      if (!r) return r;
    }
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

  response_error refuse_doctype(std::string_view body) const {
    std::size_t at = body.find("<!DOCTYPE");
    if (at == std::string_view::npos) at = body.find("<!doctype");
    return response_error(error(errc::doctype_forbidden, {}, at == std::string_view::npos ? error::npos : base_ + at),
                          status_, "DOCTYPE and entity declarations are not accepted");
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

  template <class Field, class Member>
  response_result<void> assign(const Field& fd, Member& member, pugi::xml_node n, std::string_view name) {
    if constexpr (Field::is_list) {
      // <Items><SQLServerImport>...</SQLServerImport>...</Items>; other
      // children and text are skipped.
      for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element || std::string_view(c.name()) != fd.item_name) continue;
        if (auto r = read_item(member.emplace_back(), c); !r) return r;
      }
      return {};
    } else {
      using V = typename Field::value_type;
      V* target = &decode_target<Field>(member);
      std::string_view text;
      if (!single_text(n, text)) {
        scratch_.clear();
        if (!text_of(n, scratch_)) return field_error(errc::wrong_type, name, n);
        text = scratch_;
      }
      // Character references can name code points UTF-8 cannot carry
      // (&#xD800;, &#2470401;): the decoded text is checked, not only the body.
      if (!is_valid_utf8(text)) return field_error(errc::invalid_utf8, name, n);
      if (!assign_text(*target, text)) return field_error(errc::wrong_type, name, n);
      if (!in_declared_range(fd, *target)) return field_error(errc::value_out_of_range, name, n);
      return {};
    }
  }

  /// One list item: an element whose children are the item's fields.
  template <class Item>
  response_result<void> read_item(Item& item, pugi::xml_node n) {
    const auto& fields = item_traits<Item>::fields;
    std::bitset<64> seen;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = c.name();
      const std::size_t index = find_field(fields, name);
      if (index == npos_field) continue;
      if (seen[index]) return field_error(errc::duplicate_field, name, c);
      seen.set(index);
      response_result<void> r;
      with_field(fields, item, index, [&](const auto& fd, auto& m) { r = assign(fd, m, c, name); });
      if (!r) return r;
    }
    if (auto r = check_required_fields(fields, seen); !r) return response_error(r.error(), status_);
    return {};
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
