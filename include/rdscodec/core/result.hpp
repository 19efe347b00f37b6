// rdscodec: result<T>, an expected-shaped value-or-error type.
//
// Nothing in rdscodec throws. A fallible call returns result<T>, which holds
// either a T or an rdscodec::error. Reading the value of a result that holds
// an error (or the error of one that holds a value) is a precondition
// violation: it aborts with a message instead of throwing, so code built with
// -fno-exceptions behaves exactly like code built with exceptions.
#ifndef RDSCODEC_RESULT_HPP
#define RDSCODEC_RESULT_HPP

#include <rdscodec/core/config.hpp>
#include <rdscodec/core/error.hpp>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace rdscodec {

template <class T, class E>
class basic_result {
  static_assert(!std::is_reference_v<T>, "result<T&> is not supported");

 public:
  using value_type = T;
  using error_type = E;

 private:
  template <class U>
  static constexpr bool value_constructible =
      std::is_constructible_v<T, U&&> && !std::is_same_v<std::decay_t<U>, basic_result> &&
      !std::is_same_v<std::decay_t<U>, E> && !std::is_same_v<std::decay_t<U>, errc>;

 public:
  /// Holds a value. Implicit exactly when U converts implicitly to T, as
  /// with std::expected.
  template <class U = T,
            std::enable_if_t<value_constructible<U> && std::is_convertible_v<U&&, T>, int> = 0>
  basic_result(U&& v) noexcept(std::is_nothrow_constructible_v<T, U&&>)  // NOLINT: implicit like expected
      : v_(std::in_place_index<0>, std::forward<U>(v)) {}
  template <class U = T,
            std::enable_if_t<value_constructible<U> && !std::is_convertible_v<U&&, T>, int> = 0>
  explicit basic_result(U&& v) noexcept(std::is_nothrow_constructible_v<T, U&&>)
      : v_(std::in_place_index<0>, std::forward<U>(v)) {}
  /// Holds an error.
  basic_result(E e) noexcept(std::is_nothrow_move_constructible_v<E>)  // NOLINT
      : v_(std::in_place_index<1>, std::move(e)) {}
  basic_result(errc e) noexcept : v_(std::in_place_index<1>, E(e)) {}  // NOLINT

  bool has_value() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  T& value() & noexcept { return *checked_value(); }
  const T& value() const& noexcept { return *checked_value(); }
  T&& value() && noexcept { return std::move(*checked_value()); }
  T& operator*() & noexcept { return value(); }
  const T& operator*() const& noexcept { return value(); }
  T&& operator*() && noexcept { return std::move(value()); }
  T* operator->() noexcept { return checked_value(); }
  const T* operator->() const noexcept { return checked_value(); }

  const E& error() const& noexcept {
    const E* e = std::get_if<1>(&v_);
    RDSCODEC_ASSERT(e != nullptr, "result::error() called on a result that holds a value");
    return *e;
  }

  template <class U>
  T value_or(U&& fallback) const& {
    return has_value() ? *std::get_if<0>(&v_) : static_cast<T>(std::forward<U>(fallback));
  }
  template <class U>
  T value_or(U&& fallback) && {
    return has_value() ? std::move(*std::get_if<0>(&v_)) : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  T* checked_value() noexcept {
    T* p = std::get_if<0>(&v_);
    RDSCODEC_ASSERT(p != nullptr, "result::value() called on a result that holds an error");
    return p;
  }
  const T* checked_value() const noexcept {
    const T* p = std::get_if<0>(&v_);
    RDSCODEC_ASSERT(p != nullptr, "result::value() called on a result that holds an error");
    return p;
  }

  std::variant<T, E> v_;
};

/// result<void>: success or an error. The error is only constructed on
/// failure (a success costs no E, however heavy E is).
template <class E>
class basic_result<void, E> {
 public:
  using value_type = void;
  using error_type = E;

  // User-provided, not defaulted: `return {};` then only disengages the
  // optional, where a defaulted constructor would have the value
  // initialization zero all of E's storage first (hundreds of bytes for a
  // response_error).
  basic_result() noexcept {}  // NOLINT(modernize-use-equals-default)
  basic_result(E e) noexcept(std::is_nothrow_move_constructible_v<E>)  // NOLINT
      : e_(std::move(e)) {}
  basic_result(errc e) noexcept : e_(std::in_place, e) {}  // NOLINT

  bool has_value() const noexcept { return !e_.has_value(); }
  explicit operator bool() const noexcept { return !e_.has_value(); }
  void value() const noexcept {
    RDSCODEC_ASSERT(!e_.has_value(), "result::value() called on a result that holds an error");
  }
  const E& error() const& noexcept {
    RDSCODEC_ASSERT(e_.has_value(), "result::error() called on a result that holds a value");
    return *e_;
  }

 private:
  std::optional<E> e_;
};

/// The result of every encoding and signing call.
template <class T>
using result = basic_result<T, error>;

}  // namespace rdscodec

#endif
