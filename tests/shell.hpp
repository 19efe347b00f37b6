// What the tests that run programs share: a file's whole text, and a word
// quoted for sh.
#ifndef RDSCODEC_TESTS_SHELL_HPP
#define RDSCODEC_TESTS_SHELL_HPP

#include <fstream>
#include <sstream>
#include <string>

namespace rdscodec_test {

/// The whole content of `path` ("" when it cannot be read).
inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// 'text' for sh: single quotes, an embedded ' as '\''.
inline std::string shell_quote(const std::string& s) {
  std::string o = "'";
  for (char c : s) o += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return o + "'";
}

}  // namespace rdscodec_test

#endif
