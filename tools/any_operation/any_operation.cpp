// The table of any_operation.hpp: the shard TUs' entries (shards.hpp,
// written by cmake/RdscodecShards.cmake), gathered once, and the lookups.
// This TU instantiates no operation.
#include "any_operation.hpp"

#include "shards.hpp"

#include <algorithm>
#include <cstddef>

namespace any_operation {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Equal up to ASCII case, with every '-' of `spelled` skipped.
bool loose_equal(std::string_view spelled, std::string_view action) {
  std::size_t j = 0;
  for (char c : spelled) {
    if (c == '-') continue;
    if (j == action.size() || lower(c) != lower(action[j])) return false;
    ++j;
  }
  return j == action.size();
}

bool by_action(const entry& a, const entry& b) { return a.action < b.action; }

}  // namespace

const std::vector<entry>& all() {
  static const std::vector<entry> table = [] {
    std::vector<entry> t;
    for (auto shard : any_operation_shards::shards) shard(t);
    // The shards hold contiguous runs of the registry's byte order already;
    // sorting again keeps find()'s binary search right whatever they hold.
    std::sort(t.begin(), t.end(), by_action);
    return t;
  }();
  return table;
}

const entry* find(std::string_view action) {
  const auto& t = all();
  auto it = std::lower_bound(t.begin(), t.end(), action,
                             [](const entry& e, std::string_view a) { return e.action < a; });
  return it != t.end() && it->action == action ? &*it : nullptr;
}

const entry* find_loose(std::string_view spelled) {
  if (const entry* e = find(spelled)) return e;
  const entry* found = nullptr;
  for (const auto& e : all()) {
    if (!loose_equal(spelled, e.action)) continue;
    if (found != nullptr) return nullptr;  // two actions spelled alike: neither is meant
    found = &e;
  }
  return found;
}

}  // namespace any_operation
