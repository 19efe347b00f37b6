// The C++ half of the published-examples test (check_examples.py is the other
// half). For each record of its input it either decodes a response body with
// the generated operation's response type and prints what was decoded, or
// prints the shape of that response type as its traits declare it. It prints
// with its own walk over object_traits (dump.hpp; not the library's writer), so
// that a fault the writer shares with the readers cannot hide itself.
//
// The documented operations (280) are decoded by 8 shard TUs that CMake writes
// (rdscodec_operation_shards, cmake/RdscodecShards.cmake), each including only its
// ~35 operation headers: one TU with every operation's JSON and XML decoder took
// over 10 minutes and 10 GB.
//
// Input (the file named by argv[1]): records `Action \t kind \t length \n`
// followed by `length` bytes of body, where kind is `json`, `xml` (decode
// the body as that format) or `schema` (no body). Output: one JSON line per
// record, in input order:
//   {"ok":true,"value":V}       V: the decoded response; objects keyed by
//                               wire name (unset optionals and empty lists
//                               left out), strings and numbers as JSON,
//                               float/double as {"float":"%.9g"} /
//                               {"double":"%.17g"} (exact round trip),
//                               any as {"any":"<its text>"}
//   {"ok":false,"error":"..."}  the decoder refused the body
//   {"ok":true,"schema":T}      T: {"kind":"object","fields":[{"wire",
//                               "member","type"}]}, arrays {"kind":"array",
//                               "items"}, maps {"kind":"map","value"},
//                               scalars {"kind":"string"|"boolean"|"int32"|
//                               "long"|"float"|"double"|"any"}; "member" is
//                               the C++ member's name, taken from the
//                               compiler's own spelling of the member pointer
#include "shards.hpp"  // written by CMake: the shard functions, one per batch of operations

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

std::string run_one(std::string_view action, std::string_view kind, std::string_view body) {
  std::string out;
  for (auto shard : rdscodec_examples::shards)
    if (shard(action, kind, body, out)) return out;
  return "{\"ok\":false,\"error\":\"unknown action\"}";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s RECORDS_FILE\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", argv[1]);
    return 2;
  }
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t pos = 0;
  std::string out;
  while (pos < all.size()) {
    const std::size_t nl = all.find('\n', pos);
    if (nl == std::string::npos) return 3;
    const std::string_view header(all.data() + pos, nl - pos);
    const std::size_t t1 = header.find('\t');
    const std::size_t t2 = header.find('\t', t1 + 1);
    if (t1 == std::string_view::npos || t2 == std::string_view::npos) return 3;
    const std::string_view action = header.substr(0, t1);
    const std::string_view kind = header.substr(t1 + 1, t2 - t1 - 1);
    const std::size_t length = std::stoul(std::string(header.substr(t2 + 1)));
    pos = nl + 1;
    if (length > all.size() - pos) return 3;
    out += run_one(action, kind, std::string_view(all.data() + pos, length));
    out += '\n';
    pos += length;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
