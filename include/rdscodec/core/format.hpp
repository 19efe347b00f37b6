// rdscodec: the response format a request asks for (V2 `Format` parameter).
#ifndef RDSCODEC_FORMAT_HPP
#define RDSCODEC_FORMAT_HPP

#include <string_view>

namespace rdscodec {

enum class response_format { json, xml };

/// The wire value: "JSON" or "XML".
constexpr std::string_view to_string(response_format f) noexcept {
  return f == response_format::xml ? std::string_view("XML") : std::string_view("JSON");
}

}  // namespace rdscodec

#endif
