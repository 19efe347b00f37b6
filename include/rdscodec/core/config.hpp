// rdscodec: configuration macros shared by every header.
#ifndef RDSCODEC_CONFIG_HPP
#define RDSCODEC_CONFIG_HPP

#include <cstdio>
#include <cstdlib>

// RDSCODEC_ASSERT(cond, msg): a precondition check that stays on in release
// builds. Violations are programming errors (for example reading value() of
// a result that holds an error); they print one line and abort. The library
// never throws, so this is the only way it reports a broken precondition.
#define RDSCODEC_ASSERT(cond, msg)                                         \
  ((cond) ? static_cast<void>(0)                                          \
          : ::rdscodec::detail::assert_fail(__FILE__, __LINE__, (msg)))

namespace rdscodec {
namespace detail {

[[noreturn]] inline void assert_fail(const char* file, int line,
                                     const char* msg) noexcept {
  std::fprintf(stderr, "rdscodec: %s:%d: %s\n", file, line, msg);
  std::abort();
}

}  // namespace detail
}  // namespace rdscodec

#endif
