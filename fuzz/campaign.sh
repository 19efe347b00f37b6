#!/usr/bin/env bash
# A long fuzzing campaign over every target, two at a time, then a corpus
# merge into fuzz/corpus/<target>/ (only inputs that add coverage are kept).
#
#   fuzz/campaign.sh [BUILD_DIR] [SECONDS_PER_TARGET] [TARGET...]
#
# RDSCODEC_FUZZ_RUNS=N stops each target after N executions instead (give 0
# seconds for no time limit), e.g. RDSCODEC_FUZZ_RUNS=10000000 for 10 M each.
#
# BUILD_DIR is a build with -DRDSCODEC_BUILD_FUZZERS=ON and libFuzzer (the
# "fuzz" preset: build/fuzz). Prints executions, exec/s and coverage per target.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-build/fuzz}"
seconds="${2:-1200}"
shift $(( $# > 2 ? 2 : $# )) || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(response_json response_xml response_auto response_any percent request_roundtrip request_any sign diagnose
    server_decode server_verify)
fi
logs="$build/fuzz-campaign"
mkdir -p "$logs" "$build/fuzz-artifacts"

run_one() {
  local t="$1"
  local work="$logs/corpus-$t"
  mkdir -p "$work"
  local dict=()
  [[ -f "$here/dict/$t.dict" ]] && dict=("-dict=$here/dict/$t.dict")
  # Targets that read response bodies get inputs as large as the parser's
  # default limit (1 MiB), so that non-linear parsing shows up as a timeout.
  local len=(-max_len=4096)
  case "$t" in response_json|response_xml|response_auto|response_any|diagnose) len=(-max_len=1048576 -len_control=0) ;; esac
  local runs=()
  [[ -n "${RDSCODEC_FUZZ_RUNS:-}" ]] && runs=(-runs="$RDSCODEC_FUZZ_RUNS")
  "$build/fuzz/fuzz_$t" -max_total_time="$seconds" "${runs[@]}" "${len[@]}" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "${dict[@]}" -artifact_prefix="$build/fuzz-artifacts/$t-" \
    "$work" "$here/corpus/$t" "$here/regressions/$t" > "$logs/$t.log" 2>&1 || echo "$t: FAILED (see $logs/$t.log)"
}
export -f run_one
export here build seconds logs RDSCODEC_FUZZ_RUNS
printf '%s\n' "${targets[@]}" | xargs -P 2 -I{} bash -c 'run_one {}'

printf '\n%-18s %14s %10s %8s %8s\n' target executions exec/s cov ft
for t in "${targets[@]}"; do
  log="$logs/$t.log"
  execs=$(grep -oE 'stat::number_of_executed_units: +[0-9]+' "$log" | awk '{print $2}' | tail -1)
  rate=$(grep -oE 'stat::average_exec_per_sec: +[0-9]+' "$log" | awk '{print $2}' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | awk '{print $2}')
  printf '%-18s %14s %10s %8s %8s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}"
  # Keep only what adds coverage.
  "$build/fuzz/fuzz_$t" -merge=1 "$here/corpus/$t" "$logs/corpus-$t" > "$logs/$t.merge.log" 2>&1 || true
done
if compgen -G "$build/fuzz-artifacts/*" > /dev/null; then
  echo "findings in $build/fuzz-artifacts:"; ls "$build/fuzz-artifacts"
fi
