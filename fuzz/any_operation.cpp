// The table of any_operation.hpp, gathered once from the shard TUs
// (shards.hpp, written by cmake/RdscodecShards.cmake). Instantiates no
// operation.
#include "any_operation.hpp"

#include "shards.hpp"

#include <algorithm>

namespace fuzz {

const std::vector<any_operation>& all_operations() {
  static const std::vector<any_operation> table = [] {
    std::vector<any_operation> t;
    for (auto shard : fuzz_any_shards::shards) shard(t);
    std::sort(t.begin(), t.end(), [](const any_operation& a, const any_operation& b) { return a.action < b.action; });
    return t;
  }();
  return table;
}

}  // namespace fuzz
