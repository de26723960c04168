#!/usr/bin/env bash
# run.sh — every benchmark of issue #8 in one command: builds what it needs, runs the engine benchmarks natively
# and compiled to WASM (node), survey-core on the same questionnaires, and the app in headless Chromium, then
# writes build/bench/performance.md (a Markdown table with the machine's details).
#   tests/bench/run.sh [--update-docs] [--no-build]
#     --update-docs  also put the table into docs/performance.md (between its bench-table markers)
#     --no-build     use the existing build/native-release and build/web
#     --browser-only only the browser step again (the engine and survey-core results of the last run are kept)
# Method and targets: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
UPDATE_DOCS=0 BUILD=1 ENGINE=1
for a in "$@"; do
  case "$a" in
    --update-docs) UPDATE_DOCS=1 ;;
    --no-build) BUILD=0 ;;
    --browser-only) ENGINE=0 ;;
    *) echo "usage: tests/bench/run.sh [--update-docs] [--no-build] [--browser-only]" >&2; exit 2 ;;
  esac
done
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH} CCACHE_BASEDIR=${CCACHE_BASEDIR:-/work} CCACHE_NOHASHDIR=true
OUT=$ROOT/build/bench
mkdir -p "$OUT/forms"
step() { printf '\n\033[1m[bench]\033[0m %s\n' "$*" >&2; }

if [ "$BUILD" = 1 ]; then
  step "building the native benchmarks (native-release preset)"
  cmake --preset native-release >/dev/null
  cmake --build --preset native-release --target scopewright_bench_core scopewright_bench -j2
  step "building the web site and the wasm benchmark (web preset)"
  cmake --preset web >/dev/null
  cmake --build --preset web --target scopewright_site scopewright_bench_core -j2
fi
NATIVE=$ROOT/build/native-release/tests/bench/scopewright_bench_core
WASM=$ROOT/build/web/tests/bench/scopewright_bench_core.js
[ -x "$NATIVE" ] || { echo "missing $NATIVE (run without --no-build)" >&2; exit 1; }
[ -f "$WASM" ] || { echo "missing $WASM (run without --no-build)" >&2; exit 1; }
[ -d "$ROOT/tests/e2e/node_modules/playwright-core" ] ||
  { echo "tests/e2e/node_modules missing: npm ci in tests/e2e (or link it, see helper notes)" >&2; exit 1; }

cat /proc/loadavg > "$OUT/loadavg"  # the machine may be shared: the report says how busy it was
step "synthetic questionnaires → $OUT/forms"
"$NATIVE" --write "$OUT/forms"

if [ "$ENGINE" = 1 ]; then
  step "engine, native"
  "$NATIVE" | tee "$OUT/native.jsonl"
  step "engine, WASM under node"
  node --no-experimental-fetch "$WASM" | tee "$OUT/wasm.jsonl"
  step "survey-core on the same questionnaires"
  SURVEY_CORE_FROM="$ROOT/tests/e2e" node "$ROOT/tests/bench/surveyjs_bench.mjs" "$OUT/forms" | tee "$OUT/surveyjs.jsonl"
fi

step "the app in headless Chromium"
rm -rf "$OUT/site" && cp -r "$ROOT/build/web/site" "$OUT/site" && cp -r "$OUT/forms" "$OUT/site/forms"
SCOPEWRIGHT_SITE="$OUT/site" BENCH_SHOTS="$OUT" node "$ROOT/tests/bench/browser_bench.mjs" | tee "$OUT/browser.jsonl"

step "report"
node "$ROOT/tests/bench/report.mjs" "$OUT" > "$OUT/performance.md"
cat "$OUT/performance.md"
if [ "$UPDATE_DOCS" = 1 ]; then
  node "$ROOT/tests/bench/report.mjs" --splice "$OUT/performance.md" "$ROOT/docs/performance.md"
  step "docs/performance.md updated"
fi
