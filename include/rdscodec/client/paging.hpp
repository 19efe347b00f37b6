// rdscodec: the next page of a paged operation, and a loop over all pages
// through the caller's transport.
//
// The generator marks how an operation pages, from its field names
// (tools/codegen/generate.js, "paging"): by page number (PageNumber and
// PageSize in the request, a total item count in the response,
// operation_traits<R>::page_total names it; 43 operations) or by token
// (NextToken in the request and the response, operation_traits<R>::
// pages_by_token; 6 operations, 3 of them both). next_page() gives the
// request of the following page or "done":
// - by page number: done when PageNumber x PageSize >= the total, else the
//   same request with PageNumber + 1 (PageNumber unset counts as 1; the page
//   size is the response's PageSize where the operation echoes it, else the
//   request's, which must then be set: the service's default differs by
//   operation);
// - by token: done when the response's NextToken is empty or absent, else the
//   same request with NextToken set to it;
// - an operation that has both uses the token when the request sets NextToken
//   or MaxResults, else the page number.
// Numbers may be integer members or decimal strings (some operations declare
// them as strings); a response whose total is absent or not a number is an
// error, never a silent last page.
#ifndef RDSCODEC_CLIENT_PAGING_HPP
#define RDSCODEC_CLIENT_PAGING_HPP

#include <rdscodec/core/error.hpp>
#include <rdscodec/core/result.hpp>
#include <rdscodec/detail/field_lookup.hpp>
#include <rdscodec/model/fields.hpp>
#include <rdscodec/request/http_request.hpp>
#include <rdscodec/response/response.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace rdscodec {

namespace detail {

template <class T, class = void>
struct page_total_of {
  static constexpr std::string_view value = {};
};
template <class T>
struct page_total_of<T, std::void_t<decltype(T::page_total)>> {
  static constexpr std::string_view value = T::page_total;
};

template <class T, class = void>
struct pages_by_token_of : std::false_type {};
template <class T>
struct pages_by_token_of<T, std::void_t<decltype(T::pages_by_token)>> : std::bool_constant<T::pages_by_token> {};

/// The value of an integer or decimal-string member (optional or not): nullopt
/// when unset, not decimal digits (leading zeros allowed), or above 2^63 - 1.
template <class M>
std::optional<std::int64_t> page_number_value(const M& m) {
  if constexpr (optional_inner<M>::is_optional) {
    if (!m) return std::nullopt;
    return page_number_value(*m);
  } else if constexpr (std::is_same_v<M, std::string>) {
    if (m.empty()) return std::nullopt;
    std::int64_t v = 0;
    for (char c : m) {
      if (c < '0' || c > '9') return std::nullopt;
      const int d = c - '0';
      if (v > (std::numeric_limits<std::int64_t>::max() - d) / 10) return std::nullopt;
      v = v * 10 + d;
    }
    return v;
  } else {
    static_assert(std::is_integral_v<M>, "a paging field is an integer or a decimal string");
    return static_cast<std::int64_t>(m);
  }
}

/// Whether `v` fits the member type (integers; a string holds any).
template <class M>
bool page_number_fits(std::int64_t v) {
  using T = typename optional_inner<M>::type;
  if constexpr (std::is_same_v<T, std::string>) {
    return true;
  } else {
    return v <= static_cast<std::int64_t>(std::numeric_limits<T>::max());
  }
}

template <class M>
void set_page_number(M& m, std::int64_t v) {
  if constexpr (optional_inner<M>::is_optional) {
    typename optional_inner<M>::type inner{};
    set_page_number(inner, v);
    m = std::move(inner);
  } else if constexpr (std::is_same_v<M, std::string>) {
    m = std::to_string(v);
  } else {
    m = static_cast<M>(v);
  }
}

template <class M>
const std::string* token_value(const M& m) {
  if constexpr (optional_inner<M>::is_optional) {
    return m ? &*m : nullptr;
  } else {
    return &m;
  }
}

template <class M>
bool is_absent(const M& m) {
  if constexpr (optional_inner<M>::is_optional) {
    return !m;
  } else {
    return false;
  }
}

}  // namespace detail

/// Whether the operation pages by PageNumber / PageSize.
template <class Request>
inline constexpr bool pages_by_number_v = !detail::page_total_of<operation_traits<Request>>::value.empty();
/// Whether the operation pages by NextToken.
template <class Request>
inline constexpr bool pages_by_token_v = detail::pages_by_token_of<operation_traits<Request>>::value;

/// The request of the page after `resp` (the response to `req`), nullopt when
/// `resp` is the last page; an error, naming the field, when the paging fields
/// do not tell: PageSize unset in the request and not echoed by the response
/// (errc::invalid_option); PageNumber or PageSize set but not a positive number,
/// or the next PageNumber beyond its type (errc::value_out_of_range); the total
/// absent (errc::missing_field) or not a number of zero or more
/// (errc::wrong_type); the response's NextToken equal to the one sent, which
/// would never end (errc::value_out_of_range, "NextToken").
template <class Request>
result<std::optional<Request>> next_page(const Request& req, const response_of_t<Request>& resp) {
  using traits = operation_traits<Request>;
  static_assert(pages_by_number_v<Request> || pages_by_token_v<Request>, "the operation does not page");
  constexpr auto& rq = traits::fields;
  constexpr auto& rs = traits::response_fields;
  if constexpr (pages_by_token_v<Request>) {
    bool use_token = true;
    if constexpr (pages_by_number_v<Request>) {
      use_token = detail::token_value(detail::member_at<detail::field_index(rq, "NextToken")>(rq, req)) != nullptr;
      if constexpr (detail::has_field(rq, "MaxResults")) {
        const auto& max = detail::member_at<detail::field_index(rq, "MaxResults")>(rq, req);
        use_token = use_token || detail::page_number_value(max).has_value();
      }
    }
    if (use_token) {
      const std::string* next = detail::token_value(detail::member_at<detail::field_index(rs, "NextToken")>(rs, resp));
      if (next == nullptr || next->empty()) return std::optional<Request>();
      const std::string* sent = detail::token_value(detail::member_at<detail::field_index(rq, "NextToken")>(rq, req));
      if (sent != nullptr && *sent == *next) return error(errc::value_out_of_range, "NextToken");
      std::optional<Request> out(req);
      auto& m = detail::member_at<detail::field_index(rq, "NextToken")>(rq, *out);
      m = *next;
      return out;
    }
  }
  if constexpr (pages_by_number_v<Request>) {
    constexpr std::string_view total_name = detail::page_total_of<traits>::value;
    const auto& page_m = detail::member_at<detail::field_index(rq, "PageNumber")>(rq, req);
    const auto& size_m = detail::member_at<detail::field_index(rq, "PageSize")>(rq, req);
    const auto& total_m = detail::member_at<detail::field_index(rs, total_name)>(rs, resp);
    using page_member = std::remove_cv_t<std::remove_reference_t<decltype(page_m)>>;
    // The page size the service used: the response's PageSize where the operation echoes it
    // (a service that caps the size says so there), else the request's.
    std::optional<std::int64_t> size = detail::page_number_value(size_m);
    if constexpr (detail::has_field(rs, "PageSize")) {
      if (auto echoed = detail::page_number_value(detail::member_at<detail::field_index(rs, "PageSize")>(rs, resp));
          echoed && *echoed > 0)
        size = echoed;
    }
    if (!size || *size <= 0) {
      return error(detail::is_absent(size_m) ? errc::invalid_option : errc::value_out_of_range, "PageSize");
    }
    std::int64_t page = 1;  // PageNumber unset: the first page
    if (!detail::is_absent(page_m)) {
      const auto p = detail::page_number_value(page_m);
      if (!p || *p <= 0) return error(errc::value_out_of_range, "PageNumber");
      page = *p;
    }
    const std::optional<std::int64_t> total = detail::page_number_value(total_m);
    if (!total || *total < 0) {
      return error(detail::is_absent(total_m) ? errc::missing_field : errc::wrong_type, total_name);
    }
    // Done when page * size >= total, i.e. page >= ceil(total / size), written without overflow.
    if (*total == 0 || page >= (*total - 1) / *size + 1) return std::optional<Request>();
    if (!detail::page_number_fits<page_member>(page + 1)) return error(errc::value_out_of_range, "PageNumber");
    std::optional<Request> out(req);
    detail::set_page_number(detail::member_at<detail::field_index(rq, "PageNumber")>(rq, *out), page + 1);
    return out;
  } else {
    return std::optional<Request>();
  }
}

/// Runs through every page from `first`: signs each request with
/// `sign(const Request&, http_request&) -> result<void>` (a fresh signature per
/// page), sends it with `send(const http_request&)`, which returns the HTTP
/// status and the body (std::pair<int, std::string> or anything with
/// `.first` / `.second`), decodes the body and hands the response to
/// `on_page(const response_of_t<Request>&) -> bool` (false: stop). Returns the
/// first failure: signing (as a response_error with status 0), decoding (the
/// parser's response_error, a service error included), the paging fields
/// (next_page()'s error), or errc::invalid_option "max_pages" when more than
/// `max_pages` pages (default 1,000) would be needed (a service that never
/// says "last" cannot loop forever).
template <class Request, class Sign, class Send, class OnPage>
response_result<void> for_each_page(Request first, Sign&& sign, Send&& send, OnPage&& on_page,
                                    std::size_t max_pages = 1000) {
  response_parser parser;
  response_of_t<Request> resp;
  std::optional<Request> req(std::move(first));
  for (std::size_t n = 0; req; ++n) {
    if (n == max_pages) return response_error(error(errc::invalid_option, "max_pages"), 0);
    http_request http;
    if (auto s = sign(*req, http); !s) return response_error(s.error(), 0);
    auto answer = send(static_cast<const http_request&>(http));
    if (auto r = parser.parse_into<Request>(answer.first, answer.second, resp); !r) return r.error();
    if (!on_page(static_cast<const response_of_t<Request>&>(resp))) return {};
    auto next = next_page(*req, resp);
    if (!next) return response_error(next.error(), answer.first);
    req = std::move(*next);
  }
  return {};
}

}  // namespace rdscodec

#endif
