// Test helper: reads the published vectors in tests/data/vectors/*.json.
#ifndef RDSCODEC_TESTS_VECTORS_HPP
#define RDSCODEC_TESTS_VECTORS_HPP

#include <simdjson.h>

#include <fstream>
#include <map>
#include <sstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace rdscodec_test {

/// One vector: its id, and its inputs / intermediate / expected members
/// flattened to strings ("params" objects kept as ordered name/value lists).
struct vector_case {
  std::string id;
  std::string algorithm;
  std::map<std::string, std::string> inputs;
  std::vector<std::pair<std::string, std::string>> params;   // inputs.params / inputs.query
  std::vector<std::pair<std::string, std::string>> headers;  // inputs.headers
  std::map<std::string, std::string> expected;
  std::map<std::string, std::string> intermediate;
};

inline std::string data_path(const std::string& rel) { return std::string(RDSCODEC_TEST_DATA_DIR) + "/" + rel; }

/// The bytes of tests/data/responses/<name>.
inline std::string response_sample(const std::string& name) {
  std::ifstream in(data_path("responses/" + name), std::ios::binary);
  if (!in) throw std::runtime_error("cannot read responses/" + name);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Reads tests/data/<relative path>, e.g. "vectors/signing-v2.json".
inline std::vector<vector_case> load_cases(const std::string& rel) {
  simdjson::dom::parser parser;
  simdjson::dom::element root = parser.load(data_path(rel));
  std::vector<vector_case> out;
  auto strings_of = [](simdjson::dom::object obj, std::map<std::string, std::string>& into) {
    for (auto kv : obj) {
      if (kv.value.is_string()) into[std::string(kv.key)] = std::string(std::string_view(kv.value));
    }
  };
  for (simdjson::dom::element e : root.get_array()) {
    vector_case c;
    c.id = std::string(std::string_view(e["id"]));
    std::string_view alg;
    if (e["algorithm"].get(alg) == simdjson::SUCCESS) c.algorithm = std::string(alg);
    simdjson::dom::object inputs;
    if (e["inputs"].get(inputs) == simdjson::SUCCESS) {
      strings_of(inputs, c.inputs);
      for (const char* key : {"params", "query"}) {
        simdjson::dom::object p;
        if (inputs[key].get(p) == simdjson::SUCCESS)
          for (auto kv : p) c.params.emplace_back(std::string(kv.key), std::string(std::string_view(kv.value)));
      }
      simdjson::dom::object headers;
      if (inputs["headers"].get(headers) == simdjson::SUCCESS)
        for (auto kv : headers) c.headers.emplace_back(std::string(kv.key), std::string(std::string_view(kv.value)));
    }
    strings_of(e["expected"], c.expected);
    simdjson::dom::object inter;
    if (e["intermediate"].get(inter) == simdjson::SUCCESS) strings_of(inter, c.intermediate);
    out.push_back(std::move(c));
  }
  if (out.empty()) throw std::runtime_error("no cases in " + rel);
  return out;
}

/// Reads tests/data/vectors/<file>: the published vectors.
inline std::vector<vector_case> load_vectors(const std::string& file) { return load_cases("vectors/" + file); }

inline std::optional<std::string> get(const std::map<std::string, std::string>& m, const std::string& k) {
  auto it = m.find(k);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

}  // namespace rdscodec_test

#endif
