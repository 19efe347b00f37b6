#!/bin/sh
# Compiles every generated header on its own (-fsyntax-only), for a long run; CI compiles
# them in batches instead (tests/CMakeLists.txt explains why that is enough).
# Usage: tools/codegen/compile_each.sh [compiler] [jobs]     e.g. clang++-14 2
set -eu
cxx=${1:-c++}
jobs=${2:-1}
root=$(cd "$(dirname "$0")/../.." && pwd)
ls "$root"/include/rdscodec/rds/*.hpp |
  xargs -P "$jobs" -I{} sh -c \
    'printf "#include \"%s\"\n" "$1" | "$2" -std=c++17 -Wall -Wextra -Wpedantic -Werror -I"$3/include" -fsyntax-only -x c++ - ||
     { echo "FAILED: $1" >&2; exit 255; }' sh {} "$cxx" "$root"
echo "all $(ls "$root"/include/rdscodec/rds/*.hpp | wc -l) headers compile on their own with $cxx"
