#!/usr/bin/env bash
# run_all.sh — every test suite, in the order a failure is cheapest to find:
#   1. native build (Debug, ASan + UBSan): unit tests of src/core, CLI tests, headless UI tests  (ctest)
#   2. web build (Release, Emscripten) and the browser end-to-end tests on it   (node --test + Playwright)
# Run it through `./emsdk-setup.sh test`, which installs what it needs first.
set -euo pipefail
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_DIR"
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "native build (ASan + UBSan)"
cmake --preset native > /dev/null
cmake --build --preset native

step "native tests (unit, CLI, headless UI)"
ctest --preset native -j"$(nproc)"

step "web build (WebAssembly)"
cmake --preset web > /dev/null
cmake --build --preset web
ls -l build/web/site | awk 'NR>1 {printf "  %-24s %8d bytes\n", $9, $5}'

step "browser end-to-end tests (Chromium + WebGL2 on the WASM build)"
cd tests/e2e
node --test --test-concurrency=1 --test-reporter=spec
echo "screenshots: $REPO_DIR/build/e2e-screenshots/"
