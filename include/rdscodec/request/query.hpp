// rdscodec: canonical query strings.
//
// A canonical query is the request parameters sorted by raw name (byte
// order), each written as percent_encode(name) "=" percent_encode(value),
// joined by '&'. For a typed operation whose fields are all plain scalars
// the order is known at compile time (fields are declared sorted, see
// fields.hpp) and the V2 common parameters are merged in by a compile-time
// merge. A typed operation with list, map or object fields is flattened
// (detail/request_encoding.hpp) and its parameter names sorted once at run
// time; so is a generic_request or a raw parameter list: a sort on indices,
// with no map and no copies of the strings, then a run-time merge with the
// common parameters.
//
// Every request kind offers the same emission (checked_request): each
// parameter once, in canonical order, with its place (common, query, body),
// for V2 (with the common parameters) and for V3 (the operation's alone).
#ifndef RDSCODEC_QUERY_HPP
#define RDSCODEC_QUERY_HPP

#include <rdscodec/detail/request_encoding.hpp>
#include <rdscodec/detail/sink.hpp>
#include <rdscodec/detail/thread_spare.hpp>
#include <rdscodec/detail/v2_common.hpp>
#include <rdscodec/model/fields.hpp>
#include <rdscodec/request/generic_request.hpp>
#include <rdscodec/core/percent.hpp>
#include <rdscodec/core/result.hpp>
#include <rdscodec/core/utf8.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace rdscodec {
namespace detail {

/// Writes emitted parameters as a canonical query into a sink.
template <class Sink>
struct query_writer {
  Sink* sink;
  bool first = true;
  void operator()(std::string_view name, std::string_view value) {
    if (!first) sink->put('&');
    first = false;
    percent_encode_into(*sink, name);
    sink->put('=');
    percent_encode_into(*sink, value);
  }
  /// As an emission callback (checked_request::emit_operation).
  void operator()(std::string_view name, std::string_view value, param_place, bool, bool) { (*this)(name, value); }
};

/// Indices of a parameter list in ascending name order. Up to 32 entries live
/// on the stack; longer lists take one vector, kept per thread between uses
/// as flat_params keeps its buffers (detail/request_encoding.hpp).
class sorted_indices {
 public:
  template <class NameOf>
  sorted_indices(std::size_t n, NameOf name_of) : n_(n) {
    std::uint32_t* p = small_.data();
    if (n > small_.size()) {
      spare_vector* s = spare();
      if (s != nullptr && s->held) {
        big_.swap(s->indices);
        s->held = false;
      }
      big_.resize(n);
      p = big_.data();
    }
    for (std::size_t i = 0; i < n; ++i) p[i] = static_cast<std::uint32_t>(i);
    std::sort(p, p + n, [&](std::uint32_t a, std::uint32_t b) { return name_of(a) < name_of(b); });
    data_ = p;
  }
  sorted_indices(const sorted_indices&) = delete;
  sorted_indices& operator=(const sorted_indices&) = delete;
  ~sorted_indices() {
    if (big_.capacity() == 0 || big_.capacity() > spare_limit) return;  // no thread-local access
    spare_vector* s = spare();
    if (s != nullptr && !s->held) {
      big_.clear();
      s->indices.swap(big_);
      s->held = true;
    }
  }
  std::size_t size() const noexcept { return n_; }
  std::uint32_t operator[](std::size_t i) const noexcept { return data_[i]; }

 private:
  static constexpr std::size_t spare_limit = 16 * 1024;  // indices
  struct spare_vector {
    std::vector<std::uint32_t> indices;
    bool held = false;
  };
  static spare_vector* spare() noexcept { return thread_spare<spare_vector>::get(); }

  std::array<std::uint32_t, 32> small_{};
  std::vector<std::uint32_t> big_;
  const std::uint32_t* data_ = nullptr;
  std::size_t n_;
};

/// First adjacent duplicate name in sorted order, or npos.
template <class NameOf>
std::size_t find_duplicate(const sorted_indices& order, NameOf name_of) {
  for (std::size_t i = 1; i < order.size(); ++i)
    if (name_of(order[i - 1]) == name_of(order[i])) return order[i];
  return static_cast<std::size_t>(-1);
}

// ---- the emission every request kind offers ----
//
// emit(name, value, place, name_is_unreserved, value_is_unreserved) once per
// parameter, in canonical order. The unreserved flags let a writer copy the
// bytes without encoding them.

/// Emits one V2 common parameter (unless it is left out).
template <class Emit>
void emit_common(const v2_common_param& p, const v2_common_params& values, bool typed, Emit& emit) {
  const std::string_view v = values.*(p.value);
  if (p.omitted_when_empty && v.empty()) return;
  emit(p.name, v, param_place::common, true, v2_value_is_plain(p, typed));
}

/// Merges `n` operation parameters, already in canonical order (emitted by
/// emit_op(k) for k = 0..n-1, named name_of(k)), with the common ones.
template <class NameOf, class EmitOp, class Emit>
void merge_with_common(std::size_t n, NameOf name_of, EmitOp emit_op, const v2_common_params& common, bool typed,
                       Emit& emit) {
  std::size_t i = 0, j = 0;
  const std::size_t m = v2_common_table.size();
  while (i < n || j < m) {
    if (j == m || (i < n && name_of(i) < v2_common_table[j].name))
      emit_op(i++);
    else
      emit_common(v2_common_table[j++], common, typed, emit);
  }
}

// ---- typed operations of plain scalars: compile-time merge ----

struct merge_slot {
  bool common;
  std::size_t index;
};

template <class Request>
constexpr auto v2_merged_order() {
  constexpr auto op = field_names(operation_traits<Request>::fields);
  constexpr std::size_t n = op.size();
  constexpr std::size_t m = v2_common_names.size();
  std::array<merge_slot, n + m> out{};
  std::size_t i = 0, j = 0, k = 0;
  while (i < n || j < m) {
    if (j == m || (i < n && op[i] < v2_common_names[j]))
      out[k++] = merge_slot{false, i++};
    else
      out[k++] = merge_slot{true, j++};
  }
  return out;
}

/// Emits operation field `Index` of a flat request, if it is set and is a
/// parameter (a Host field is not).
template <std::size_t Index, class Request, class Emit>
void emit_flat_field(const Request& req, Emit& emit) {
  const auto& fd = get_field<Index>(operation_traits<Request>::fields);
  using fd_t = std::decay_t<decltype(fd)>;
  if (fd.position == wire_position::host) return;
  const auto* v = set_value<fd_t>(req.*(fd_t::member));
  if (v == nullptr) return;
  value_text_buffer buf;
  // Declared names are unreserved (checked at compile time), so are the
  // texts of integers and booleans (a double's may hold '+': "1e+21").
  emit(fd.name, format_value(*v, buf), fd.position == wire_position::body ? param_place::body : param_place::query,
       true, has_unreserved_text_v<typename fd_t::value_type>);
}

template <bool Common, std::size_t Index, class Request, class Emit>
void emit_v2_slot(const Request& req, const v2_common_params& common, Emit& emit) {
  if constexpr (Common)
    emit_common(v2_common_table[Index], common, true, emit);
  else
    emit_flat_field<Index>(req, emit);
}

template <class Request, class Emit, std::size_t... K>
void emit_v2_params_impl(const Request& req, const v2_common_params& common, Emit& emit,
                         std::index_sequence<K...>) {
  constexpr auto order = v2_merged_order<Request>();
  (emit_v2_slot<order[K].common, order[K].index>(req, common, emit), ...);
}

// ---- V2 signing of typed operations of plain scalars: pre-encoded texts ----
//
// For such an operation every parameter's name, and the values of Action,
// Version, SignatureMethod and SignatureVersion, are known at compile time,
// and all of them are unreserved (check_operation() proves it for the
// operation's names and its action and version). So each slot's fixed part,
// "&Name=" (with the value when it is fixed), is laid out at compile time
// once as it goes into the query and once as it goes into the V2
// string-to-sign ("%26Name%3D"): the signer writes it with one copy per
// output instead of encoding it or writing its pieces one by one.

/// The value of common parameter `j` when it is the same in every signature
/// of a typed operation, else empty.
template <class Request>
constexpr std::string_view v2_fixed_common_value(std::size_t j) {
  const auto member = v2_common_table[j].value;
  if (member == &v2_common_params::action) return operation_traits<Request>::action;
  if (member == &v2_common_params::version) return operation_traits<Request>::version;
  if (member == &v2_common_params::signature_method) return v2_signature_method_value;
  if (member == &v2_common_params::signature_version) return v2_signature_version_value;
  return {};
}

template <class Request>
constexpr std::string_view v2_slot_name(const merge_slot& s) {
  constexpr auto op = field_names(operation_traits<Request>::fields);
  return s.common ? v2_common_names[s.index] : op[s.index];
}

template <class Request>
constexpr std::string_view v2_slot_fixed_value(const merge_slot& s) {
  return s.common ? v2_fixed_common_value<Request>(s.index) : std::string_view();
}

/// Total size of every slot's text: in the query (`sts` false: "&", "=") or
/// in the string-to-sign ("%26", "%3D").
template <class Request>
constexpr std::size_t v2_slot_texts_size(bool sts) {
  constexpr auto order = v2_merged_order<Request>();
  std::size_t n = 0;
  for (const auto& s : order) n += (sts ? 6 : 2) + v2_slot_name<Request>(s).size() + v2_slot_fixed_value<Request>(s).size();
  return n;
}

template <std::size_t Slots, std::size_t QueryChars, std::size_t StsChars>
struct v2_slot_texts {
  std::array<char, QueryChars> query{};
  std::array<char, StsChars> sts{};
  std::array<std::size_t, Slots + 1> query_at{};
  std::array<std::size_t, Slots + 1> sts_at{};
};

template <class Request>
constexpr auto make_v2_slot_texts() {
  constexpr auto order = v2_merged_order<Request>();
  v2_slot_texts<order.size(), v2_slot_texts_size<Request>(false), v2_slot_texts_size<Request>(true)> t{};
  std::size_t q = 0, s = 0;
  auto put = [](auto& arr, std::size_t& at, std::string_view text) {
    for (char c : text) arr[at++] = c;
  };
  for (std::size_t k = 0; k < order.size(); ++k) {
    t.query_at[k] = q;
    t.sts_at[k] = s;
    const std::string_view name = v2_slot_name<Request>(order[k]);
    const std::string_view fixed = v2_slot_fixed_value<Request>(order[k]);
    put(t.query, q, "&");
    put(t.query, q, name);
    put(t.query, q, "=");
    put(t.query, q, fixed);
    put(t.sts, s, "%26");
    put(t.sts, s, name);
    put(t.sts, s, "%3D");
    put(t.sts, s, fixed);
  }
  t.query_at[order.size()] = q;
  t.sts_at[order.size()] = s;
  return t;
}

template <class Request>
inline constexpr auto v2_slot_texts_of = make_v2_slot_texts<Request>();

/// Emits slot `K` to `out`: out.param(place, query_text, sts_text, value,
/// value_is_unreserved), where the texts start with their separator and end
/// with '=' (or the fixed value, then `value` is empty); the Timestamp as
/// out.timestamp(query_text, sts_text, value).
template <std::size_t K, class Request, class Out>
void emit_v2_text_slot(const Request& req, const v2_common_params& common, Out& out) {
  constexpr auto& t = v2_slot_texts_of<Request>;
  constexpr merge_slot slot = v2_merged_order<Request>()[K];
  const std::string_view q(t.query.data() + t.query_at[K], t.query_at[K + 1] - t.query_at[K]);
  const std::string_view s(t.sts.data() + t.sts_at[K], t.sts_at[K + 1] - t.sts_at[K]);
  if constexpr (slot.common) {
    if constexpr (!v2_fixed_common_value<Request>(slot.index).empty()) {
      out.param(param_place::common, q, s, std::string_view(), true);
    } else {
      constexpr v2_common_param p = v2_common_table[slot.index];
      const std::string_view v = common.*(p.value);
      if constexpr (p.kind == v2_value_kind::timestamp) {
        out.timestamp(q, s, v);
      } else {
        if (p.omitted_when_empty && v.empty()) return;
        out.param(param_place::common, q, s, v, v2_value_is_plain(p, true));
      }
    }
  } else {
    const auto& fd = get_field<slot.index>(operation_traits<Request>::fields);
    using fd_t = std::decay_t<decltype(fd)>;
    if (fd.position == wire_position::host) return;
    const auto* v = set_value<fd_t>(req.*(fd_t::member));
    if (v == nullptr) return;
    value_text_buffer buf;
    out.param(fd.position == wire_position::body ? param_place::body : param_place::query, q, s,
              format_value(*v, buf), has_unreserved_text_v<typename fd_t::value_type>);
  }
}

template <class Request, class Out, std::size_t... K>
void emit_v2_texts_impl(const Request& req, const v2_common_params& common, Out& out, std::index_sequence<K...>) {
  (emit_v2_text_slot<K, Request>(req, common, out), ...);
}

template <class Request, class Emit, std::size_t... I>
void emit_flat_fields(const Request& req, Emit& emit, std::index_sequence<I...>) {
  (emit_flat_field<I>(req, emit), ...);
}

template <class Request>
using fields_index_sequence =
    std::make_index_sequence<std::tuple_size_v<std::remove_const_t<decltype(operation_traits<Request>::fields)>>>;

/// The value of the operation's Host field, or "" (none, or unset).
template <class Request>
std::string_view host_field_value(const Request& req) noexcept {
  std::string_view out;
  for_each_set_field(operation_traits<Request>::fields, req, [&](const auto& fd, const auto& v) {
    if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::string>) {
      if (fd.position == wire_position::host) out = v;
    }
  });
  return out;
}

// ---- generic requests: one sort on indices, then a run-time merge ----

inline result<void> validate_generic(const generic_request& req) {
  if (req.action.empty() || !is_valid_utf8(req.action)) return error(errc::invalid_operation, "Action");
  if (req.version.empty() || !is_valid_utf8(req.version)) return error(errc::invalid_operation, "Version");
  for (const auto& p : req.parameters) {
    if (p.name.empty() || !is_valid_utf8(p.name)) return error(errc::invalid_parameter_name, p.name);
    if (is_reserved_name(p.name)) return error(errc::reserved_parameter, p.name);
    if (auto at = utf8_error_offset(p.value); at != std::string_view::npos)
      return error(errc::invalid_utf8, p.name, at);
  }
  return {};
}

}  // namespace detail

/// Validates a generic request: action and version non-empty UTF-8
/// (errc::invalid_operation), names non-empty UTF-8
/// (errc::invalid_parameter_name) and not set by the signer
/// (errc::reserved_parameter), values UTF-8 (errc::invalid_utf8), names
/// unique (errc::duplicate_parameter).
inline result<void> validate(const generic_request& req);

namespace detail {

template <class Request, bool Flat = is_flat_operation_v<Request>>
class checked_typed;

/// A typed request of plain scalars: the order comes from compile time and
/// nothing is copied.
template <class Request>
class checked_typed<Request, true> {
 public:
  explicit checked_typed(const Request& r) : req_(r), status_(rdscodec::validate(r)) {}
  checked_typed(const checked_typed&) = delete;
  checked_typed& operator=(const checked_typed&) = delete;

  const result<void>& status() const noexcept { return status_; }
  std::string_view action() const noexcept { return operation_traits<Request>::action; }
  std::string_view version() const noexcept { return operation_traits<Request>::version; }
  std::string_view host_region() const noexcept { return host_field_value(req_); }
  bool has_body_params() const noexcept {
    bool any = false;
    for_each_set_field(operation_traits<Request>::fields, req_,
                       [&](const auto& fd, const auto&) { any = any || fd.position == wire_position::body; });
    return any;
  }

  /// Every V2 parameter, in order.
  template <class Emit>
  void emit_v2(const v2_common_params& common, Emit& emit) const {
    constexpr std::size_t total = std::tuple_size_v<std::remove_const_t<decltype(operation_traits<Request>::fields)>> +
                                  v2_common_names.size();
    emit_v2_params_impl(req_, common, emit, std::make_index_sequence<total>{});
  }
  /// Every V2 parameter, in order, with its fixed text pre-encoded
  /// (emit_v2_text_slot).
  using v2_texts_tag = void;
  template <class Out>
  void emit_v2_texts(const v2_common_params& common, Out& out) const {
    emit_v2_texts_impl(req_, common, out, std::make_index_sequence<v2_merged_order<Request>().size()>{});
  }
  /// Every operation parameter, in order.
  template <class Emit>
  void emit_operation(Emit& emit) const {
    emit_flat_fields(req_, emit, fields_index_sequence<Request>{});
  }

 private:
  const Request& req_;
  result<void> status_;
};

/// A typed request with list, map or object fields: validated, flattened
/// once, its names sorted once (on indices) and checked for duplicates.
template <class Request>
class checked_typed<Request, false> {
 public:
  explicit checked_typed(const Request& r)
      : req_(r), status_(rdscodec::validate(r)), params_(encode(r, status_)), order_(params_.size(), name_of{&params_}) {
    if (status_) {
      if (auto d = find_duplicate(order_, name_of{&params_}); d != static_cast<std::size_t>(-1))
        status_ = error(errc::duplicate_parameter, params_.name(d));
    }
  }
  checked_typed(const checked_typed&) = delete;
  checked_typed& operator=(const checked_typed&) = delete;

  const result<void>& status() const noexcept { return status_; }
  std::string_view action() const noexcept { return operation_traits<Request>::action; }
  std::string_view version() const noexcept { return operation_traits<Request>::version; }
  std::string_view host_region() const noexcept { return host_field_value(req_); }
  bool has_body_params() const noexcept {
    for (std::size_t i = 0; i < params_.size(); ++i)
      if (params_.at(i).place == param_place::body) return true;
    return false;
  }

  template <class Emit>
  void emit_v2(const v2_common_params& common, Emit& emit) const {
    merge_with_common(
        order_.size(), [&](std::size_t k) { return params_.name(order_[k]); },
        [&](std::size_t k) { emit_one(order_[k], emit); }, common, true, emit);
  }
  template <class Emit>
  void emit_operation(Emit& emit) const {
    for (std::size_t k = 0; k < order_.size(); ++k) emit_one(order_[k], emit);
  }

 private:
  struct name_of {
    const flat_params* p;
    std::string_view operator()(std::uint32_t i) const noexcept { return p->name(i); }
  };
  static flat_params encode(const Request& r, const result<void>& status) {
    flat_params p;
    if (status) p.encode(r);
    return p;
  }
  template <class Emit>
  void emit_one(std::size_t i, Emit& emit) const {
    const auto& it = params_.at(i);
    emit(params_.name(i), params_.value(i), it.place, it.plain_name, it.plain_value);
  }

  const Request& req_;
  result<void> status_;
  flat_params params_;
  sorted_indices order_;
};

/// Whether a checked request offers emit_v2_texts (a typed operation of
/// plain scalars).
template <class Checked, class = void>
inline constexpr bool has_v2_texts_v = false;
template <class Checked>
inline constexpr bool has_v2_texts_v<Checked, std::void_t<typename Checked::v2_texts_tag>> = true;

/// A request that has passed validation, ready to be emitted any number of
/// times without further checks.
template <class Request>
class checked_request : public checked_typed<Request> {
 public:
  using checked_typed<Request>::checked_typed;
};

/// Generic requests: validated and sorted once (on indices), then merged
/// with the common parameters at run time.
template <>
class checked_request<generic_request> {
 public:
  explicit checked_request(const generic_request& r)
      : req_(r), order_(r.parameters.size(), name_of{&r}), status_(check()) {}
  checked_request(const checked_request&) = delete;
  checked_request& operator=(const checked_request&) = delete;

  const result<void>& status() const noexcept { return status_; }
  std::string_view action() const noexcept { return req_.action; }
  std::string_view version() const noexcept { return req_.version; }
  std::string_view host_region() const noexcept { return {}; }
  bool has_body_params() const noexcept { return false; }

  template <class Emit>
  void emit_v2(const v2_common_params& common, Emit& emit) const {
    merge_with_common(
        order_.size(), [&](std::size_t k) { return std::string_view(req_.parameters[order_[k]].name); },
        [&](std::size_t k) { emit_one(order_[k], emit); }, common, false, emit);
  }
  template <class Emit>
  void emit_operation(Emit& emit) const {
    for (std::size_t k = 0; k < order_.size(); ++k) emit_one(order_[k], emit);
  }

 private:
  struct name_of {
    const generic_request* r;
    std::string_view operator()(std::uint32_t i) const noexcept { return r->parameters[i].name; }
  };
  template <class Emit>
  void emit_one(std::size_t i, Emit& emit) const {
    const auto& p = req_.parameters[i];
    emit(std::string_view(p.name), std::string_view(p.value), param_place::query, false, false);
  }
  result<void> check() const {
    if (auto r = validate_generic(req_); !r) return r;
    if (auto d = find_duplicate(order_, name_of{&req_}); d != static_cast<std::size_t>(-1))
      return error(errc::duplicate_parameter, req_.parameters[d].name);
    return {};
  }

  const generic_request& req_;
  sorted_indices order_;
  result<void> status_;
};

template <class Sink>
result<void> write_canonical_query(Sink& sink, const std::vector<parameter>& params) {
  const auto name_of = [&](std::uint32_t i) -> std::string_view { return params[i].name; };
  for (const auto& p : params)
    if (p.name.empty()) return error(errc::invalid_parameter_name);
  sorted_indices order(params.size(), name_of);
  if (auto d = find_duplicate(order, name_of); d != static_cast<std::size_t>(-1))
    return error(errc::duplicate_parameter, params[d].name);
  query_writer<Sink> w{&sink};
  for (std::size_t i = 0; i < order.size(); ++i) w(params[order[i]].name, params[order[i]].value);
  return {};
}

}  // namespace detail

inline result<void> validate(const generic_request& req) {
  return detail::checked_request<generic_request>(req).status();
}

/// The canonical query of an arbitrary parameter list (what a server computes
/// from the parameters it received, or what a published vector lists).
/// Values are encoded byte for byte; they need not be UTF-8. Errors:
/// errc::invalid_parameter_name (empty name), errc::duplicate_parameter.
inline result<std::string> canonical_query(const std::vector<parameter>& params) {
  std::string out;
  detail::string_sink sink{&out};
  if (auto r = detail::write_canonical_query(sink, params); !r) return r.error();
  return out;
}

/// Appends the canonical query of `params` to `out` (which keeps its capacity).
inline result<void> canonical_query_append(std::string& out, const std::vector<parameter>& params) {
  detail::string_sink sink{&out};
  return detail::write_canonical_query(sink, params);
}

}  // namespace rdscodec

#endif
