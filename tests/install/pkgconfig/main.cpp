// Consumer test (pkgconfig): proves that the headers, the
// include path and the link dependencies all arrive through the package.
#include <rdscodec.hpp>

#include <cstdio>
#include <string>

int main() {
  const std::string encoded = rdscodec::percent_encode("a b*~");
  if (encoded != "a%20b%2A~") {
    std::printf("install consumer: percent_encode(\"a b*~\") returned \"%s\", expected \"a%%20b%%2A~\"\n",
                encoded.c_str());
    return 1;
  }
  if (!rdscodec::is_valid_utf8("\xC3\xA9")) {
    std::printf("install consumer: is_valid_utf8(\"\\xC3\\xA9\") returned false\n");
    return 1;
  }
  std::printf("install consumer: OK (rdscodec %s)\n", RDSCODEC_VERSION_STRING);
  return 0;
}
