// Compile-time floor for a parsing TU: simdjson and pugixml, one document of
// each read for one string member. bench/compile_times.py times it.
#include <pugixml.hpp>
#include <simdjson.h>

#include <string_view>

int main(int argc, char** argv) {
  const std::string_view body = argc > 1 ? argv[1] : "{}";
  simdjson::ondemand::parser parser;
  simdjson::padded_string padded(body);
  auto doc = parser.iterate(padded);
  std::string_view id;
  const bool json_ok = doc["RequestId"].get_string().get(id) == simdjson::SUCCESS;
  pugi::xml_document xml;
  const bool xml_ok = xml.load_buffer(body.data(), body.size()) &&
                      xml.first_child().child("RequestId").text().get()[0] != '\0';
  return json_ok && xml_ok ? 0 : 1;
}
