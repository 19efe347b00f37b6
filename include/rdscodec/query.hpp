// rdscodec: canonical query strings.
//
// A canonical query is the request parameters sorted by raw name (byte
// order), each written as percent_encode(name) "=" percent_encode(value),
// joined by '&'. For a typed operation the order is known at compile time
// (fields are declared sorted, see fields.hpp) and the V2 common parameters
// are merged in by a compile-time merge; a generic_request or a raw parameter
// list is sorted once, on indices, with no map and no copies of the strings.
#ifndef RDSCODEC_QUERY_HPP
#define RDSCODEC_QUERY_HPP

#include <rdscodec/detail/sink.hpp>
#include <rdscodec/fields.hpp>
#include <rdscodec/generic_request.hpp>
#include <rdscodec/percent.hpp>
#include <rdscodec/result.hpp>
#include <rdscodec/utf8.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rdscodec {
namespace detail {

inline constexpr std::size_t v2_security_token_index = 3;
static_assert(v2_common_names[v2_security_token_index] == "SecurityToken");
static_assert(v2_common_names[1] == "Action" && v2_common_names[2] == "Format" &&
              v2_common_names[4] == "SignatureMethod" && v2_common_names[6] == "SignatureVersion" &&
              v2_common_names[8] == "Version");

/// Run-time values of the V2 common parameters, indexed like v2_common_names.
/// An empty SecurityToken is omitted; every other one is always written.
using v2_common_values = std::array<std::string_view, v2_common_names.size()>;

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
};

/// Indices of a parameter list in ascending name order. Up to 32 entries live
/// on the stack; longer lists take one vector.
class sorted_indices {
 public:
  template <class NameOf>
  sorted_indices(std::size_t n, NameOf name_of) : n_(n) {
    std::uint32_t* p = small_.data();
    if (n > small_.size()) {
      big_.resize(n);
      p = big_.data();
    }
    for (std::size_t i = 0; i < n; ++i) p[i] = static_cast<std::uint32_t>(i);
    std::sort(p, p + n, [&](std::uint32_t a, std::uint32_t b) { return name_of(a) < name_of(b); });
    data_ = p;
  }
  sorted_indices(const sorted_indices&) = delete;
  sorted_indices& operator=(const sorted_indices&) = delete;
  std::size_t size() const noexcept { return n_; }
  std::uint32_t operator[](std::size_t i) const noexcept { return data_[i]; }

 private:
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

// ---- typed operations: compile-time merge with the V2 common parameters ----

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

template <bool Common, std::size_t Index, class Request, class Emit>
void emit_v2_slot(const Request& req, const v2_common_values& common, Emit& emit) {
  if constexpr (Common) {
    if (Index == v2_security_token_index && common[Index].empty()) return;
    // Action and Version of a typed operation, Format, SignatureMethod and
    // SignatureVersion are unreserved (the first two checked at compile time).
    constexpr bool plain_value = Index == 1 || Index == 2 || Index == 4 || Index == 6 || Index == 8;
    emit(v2_common_names[Index], common[Index], false, true, plain_value);
  } else {
    const auto& fd = std::get<Index>(operation_traits<Request>::fields);
    using fd_t = std::decay_t<decltype(fd)>;
    const auto& m = req.*(fd_t::member);
    value_text_buffer buf;
    if constexpr (fd_t::is_optional_member) {
      if (m.has_value()) emit(fd.name, format_value(*m, buf), true, true, !std::is_same_v<typename fd_t::value_type, std::string>);
    } else {
      emit(fd.name, format_value(m, buf), true, true, !std::is_same_v<typename fd_t::value_type, std::string>);
    }
  }
}

template <class Request, class Emit, std::size_t... K>
void emit_v2_params_impl(const Request& req, const v2_common_values& common, Emit& emit,
                         std::index_sequence<K...>) {
  constexpr auto order = v2_merged_order<Request>();
  (emit_v2_slot<order[K].common, order[K].index>(req, common, emit), ...);
}

/// Calls emit(name, value, is_operation_field, name_is_unreserved,
/// value_is_unreserved) for every V2 parameter of a
/// validated typed request, in canonical order.
template <class Request, class Emit>
void emit_v2_params(const Request& req, const v2_common_values& common, Emit& emit) {
  constexpr std::size_t total = std::tuple_size_v<std::remove_const_t<decltype(operation_traits<Request>::fields)>> +
                                v2_common_names.size();
  emit_v2_params_impl(req, common, emit, std::make_index_sequence<total>{});
}

/// Calls emit(name, value) for every set operation field, in canonical order.
template <class Request, class Emit>
void emit_operation_params(const Request& req, Emit& emit) {
  for_each_set_field(operation_traits<Request>::fields, req, [&](const auto& fd, const auto& v) {
    value_text_buffer buf;
    emit(fd.name, format_value(v, buf));
  });
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

/// A request that has passed validation, ready to be emitted any number of
/// times without further checks. Typed requests: order from compile time.
template <class Request>
class checked_request {
 public:
  explicit checked_request(const Request& r) : req_(r), status_(rdscodec::validate(r)) {}
  checked_request(const checked_request&) = delete;
  checked_request& operator=(const checked_request&) = delete;

  const result<void>& status() const noexcept { return status_; }
  std::string_view action() const noexcept { return operation_traits<Request>::action; }
  std::string_view version() const noexcept { return operation_traits<Request>::version; }

  /// emit(name, value, is_operation_field, name_is_unreserved,
  /// value_is_unreserved) for every V2 parameter, in order. Declared field
  /// names, the common names, numbers and the constant common values are
  /// unreserved (checked at compile time), so they need no encoding.
  template <class Emit>
  void emit_v2(const v2_common_values& common, Emit& emit) const {
    emit_v2_params(req_, common, emit);
  }
  /// emit(name, value) for every set operation field, in order.
  template <class Emit>
  void emit_operation(Emit& emit) const {
    emit_operation_params(req_, emit);
  }

 private:
  const Request& req_;
  result<void> status_;
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

  template <class Emit>
  void emit_v2(const v2_common_values& common, Emit& emit) const {
    std::size_t i = 0, j = 0;
    const std::size_t n = order_.size(), m = v2_common_names.size();
    while (i < n || j < m) {
      if (j == m || (i < n && std::string_view(req_.parameters[order_[i]].name) < v2_common_names[j])) {
        const auto& p = req_.parameters[order_[i++]];
        emit(std::string_view(p.name), std::string_view(p.value), true, false, false);
      } else {
        // Format, SignatureMethod and SignatureVersion are unreserved constants.
        if (!(j == v2_security_token_index && common[j].empty()))
          emit(v2_common_names[j], common[j], false, true, j == 2 || j == 4 || j == 6);
        ++j;
      }
    }
  }
  template <class Emit>
  void emit_operation(Emit& emit) const {
    for (std::size_t i = 0; i < order_.size(); ++i) {
      const auto& p = req_.parameters[order_[i]];
      emit(std::string_view(p.name), std::string_view(p.value));
    }
  }

 private:
  struct name_of {
    const generic_request* r;
    std::string_view operator()(std::uint32_t i) const noexcept { return r->parameters[i].name; }
  };
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
