#!/usr/bin/env bash
# run_all.sh — every test suite, in the order a failure is cheapest to find:
#   1. native build (Debug, ASan + UBSan): unit tests of src/core, CLI tests, headless UI tests  (ctest)
#   2. a short fuzzing run (clang + libFuzzer, ~12 s per target; tests/fuzz/run.sh)       (one result per target)
#   3. web build (Release, Emscripten) and the browser end-to-end tests on it   (node --test + Playwright)
# Ends with one line "Total: N passed, N failed". Run it through `./emsdk-setup.sh test`, which installs
# what it needs first.
set -euo pipefail
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_DIR"
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }
LOGS="$REPO_DIR/build/test-logs"
mkdir -p "$LOGS"

step "native build (ASan + UBSan)"
cmake --preset native > /dev/null
cmake --build --preset native

step "native tests (unit, CLI, headless UI)"
ctest_status=0
ctest --preset native -j"$(nproc)" 2>&1 | tee "$LOGS/ctest.log" || ctest_status=$?
native_total=$(sed -nE 's/.* tests failed out of ([0-9]+).*/\1/p' "$LOGS/ctest.log" | tail -n1)
native_failed=$(sed -nE 's/.*, ([0-9]+) tests failed out of.*/\1/p' "$LOGS/ctest.log" | tail -n1)
native_total=${native_total:-0}; native_failed=${native_failed:-0}
[ "$ctest_status" = 0 ] || { echo "Total: $((native_total - native_failed)) passed, $native_failed failed"; exit 1; }

step "fuzzing (libFuzzer + ASan + UBSan, ${FUZZ_SECONDS:=12} s per target)"
tests/fuzz/run.sh "$FUZZ_SECONDS" 2>&1 | tee "$LOGS/fuzz.log" || true
fuzz_passed=$(grep -c '^fuzz .*: PASS' "$LOGS/fuzz.log" || true)
# A short random run can find something new on any machine: findings are reported loudly here and turned
# into regression tests (which then fail the suite), but a fresh random finding does not make CI flaky.
fuzz_findings=$(grep -c '^fuzz .*: FAIL' "$LOGS/fuzz.log" || true)
[ "$fuzz_findings" = 0 ] || echo "WARNING: $fuzz_findings fuzz target(s) found a new input: see $LOGS/fuzz.log"
fuzz_failed=0

step "web build (WebAssembly)"
cmake --preset web > /dev/null
cmake --build --preset web
ls -l build/web/site | awk 'NR>1 {printf "  %-24s %8d bytes\n", $9, $5}'

step "browser end-to-end tests (Chromium + WebGL2 on the WASM build)"
e2e_status=0
(cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
   --test-reporter=tap --test-reporter-destination="$LOGS/e2e.tap") || e2e_status=$?
e2e_passed=$(sed -nE 's/^# pass ([0-9]+)/\1/p' "$LOGS/e2e.tap" | tail -n1)
e2e_failed=$(sed -nE 's/^# fail ([0-9]+)/\1/p' "$LOGS/e2e.tap" | tail -n1)
echo "screenshots: $REPO_DIR/build/e2e-screenshots/"

passed=$((native_total - native_failed + fuzz_passed + ${e2e_passed:-0}))
failed=$((native_failed + fuzz_failed + ${e2e_failed:-0}))
echo
echo "Total: $passed passed, $failed failed"
[ "$e2e_status" = 0 ] && [ "$failed" = 0 ]
