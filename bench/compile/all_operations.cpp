// Compile-time probe: every generated operation's header (the registry), nothing
// instantiated but the registry's name lookup. bench/compile_times.py times it.
#include <rdscodec/rds/registry.hpp>

int main(int argc, char** argv) {
  return argc > 1 && rdscodec::rds::find_action(argv[1]) != rdscodec::rds::npos_action ? 0 : 1;
}
