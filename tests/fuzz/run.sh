#!/usr/bin/env bash
# run.sh [SECONDS_EACH] — builds the libFuzzer targets (preset `fuzz`: clang, ASan + UBSan) and runs each for
# SECONDS_EACH seconds (default 60), seeded with tests/data/bad and the good assets. New inputs that grow
# coverage go to build/fuzz/corpus/<target>/ (kept between runs); crashes to build/fuzz/findings/<target>/.
# Prints one line per target "fuzz <target>: PASS|FAIL (<runs> runs)" and exits 1 when any target failed.
# A finding must become a regression test: the input in tests/fuzz/regressions/<target>/ (replayed by ctest in
# the native build, see tests/fuzz/replay_main.cpp), a file in tests/data/bad (with its expected.json entry), or a unit test.
set -uo pipefail
SECONDS_EACH=${1:-60}
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$REPO_DIR/build/fuzz"
cd "$REPO_DIR"
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/work} CCACHE_NOHASHDIR=true
cmake --preset fuzz > /dev/null && cmake --build --preset fuzz > "$BUILD.build.log" 2>&1 || {
  tail -n 30 "$BUILD.build.log"; echo "fuzz build: FAIL"; exit 1; }

# Seeds per target: the corpus files and good examples of what the target reads.
seeds_for() {
  case "$1" in
    fuzz_questionnaire) echo tests/data/bad/questionnaire assets/questionnaires tests/data/questionnaire ;;
    fuzz_answers) echo tests/data/bad/answers tests/data/answers ;;
    fuzz_engagement) echo tests/data/bad/engagement tests/data/bad/workspace tests/data/bad/process \
                          tests/data/engagement assets/processes ;;
    fuzz_expression) echo tests/fuzz/seeds/expression ;;
    fuzz_pattern) echo tests/fuzz/seeds/pattern ;;
    fuzz_engine_answers) echo tests/fuzz/seeds/engine_answers ;;
    fuzz_share_link) echo tests/fuzz/seeds/share_link ;;
    fuzz_surveyjs) echo tests/data/surveyjs ;;
  esac
}

failed=0
targets=0
for exe in "$BUILD"/tests/fuzz/fuzz_*; do
  [ -x "$exe" ] || continue
  targets=$((targets + 1))
  target=$(basename "$exe")
  corpus="$BUILD/corpus/$target" findings="$BUILD/findings/$target"
  mkdir -p "$corpus" "$findings"
  seeds=()
  for s in $(seeds_for "$target"); do [ -d "$s" ] && seeds+=("$s"); done
  log="$BUILD/$target.log"
  # -rss_limit_mb: unbounded memory is a finding; -timeout: one input taking > 10 s is a hang.
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$exe" "$corpus" "${seeds[@]}" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 > "$log" 2>&1
  status=$?
  runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -n1)
  if [ "$status" = 0 ]; then
    echo "fuzz $target: PASS (${runs:-0} runs)"
  else
    failed=$((failed + 1))
    echo "fuzz $target: FAIL (exit $status; log $log; inputs in $findings)"
    grep -E "ERROR|SUMMARY|runtime error" "$log" | head -n 5
  fi
done
# No target built is a failure too: a fuzz step that runs nothing must not pass.
[ "$targets" -gt 0 ] || { echo "fuzz targets: FAIL (none built in $BUILD/tests/fuzz)"; exit 1; }
exit $((failed > 0))
