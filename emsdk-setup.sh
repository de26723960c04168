#!/usr/bin/env bash
# emsdk-setup.sh — installs everything Scopewright needs, then optionally serves the app or runs every test.
#
#   ./emsdk-setup.sh          set up only (idempotent; a second run with the cache present takes seconds)
#   ./emsdk-setup.sh serve    set up, build the web app, serve it on http://127.0.0.1:8080/ (PORT=... to change)
#   ./emsdk-setup.sh test     set up, then run every test suite (tests/run_all.sh)
#
# What it does:
#   1. Emscripten: uses yours when EMSDK is set and emcc is on PATH; otherwise installs Debian's
#      emscripten 3.1.6 + binaryen with apt and works around its quirks (NODE_PATH, no ports).
#   2. Native tools: GoogleTest, Google Benchmark, nlohmann/json, SDL2 (desktop), clang (fuzzers),
#      Chromium (browser tests), the Inter font.
#   3. Dear ImGui, SDL2 and zlib sources from Debian *source* packages, through a private apt configuration
#      (the system's apt setup is not touched), unpacked into a cache keyed by version.
#   4. SDL2 built once for wasm into that cache (about 5 minutes; reused afterwards).
#   5. Closure Compiler (npm's native Linux build) into the cache, for the web build's JS.
#   6. The e2e npm packages (tests/e2e, from the committed package-lock.json).
#
# The cache lives outside the repository: $SCOPEWRIGHT_DEPS_DIR, else ${XDG_CACHE_HOME:-$HOME/.cache}/scopewright.
set -euo pipefail

IMGUI_VERSION=1.90.1
IMGUI_DEB_VERSION=1.90.1+ds-1
SDL2_VERSION=2.26.5
SDL2_DEB_VERSION=2.26.5+dfsg-1
ZLIB_VERSION=1.2.13
ZLIB_DEB_VERSION=1:1.2.13.dfsg-1   # bookworm's, the same zlib as Debian 12's zlib1g
CLOSURE_VERSION=20220104.0.0       # the Closure Compiler release emscripten 3.1.6 was made with

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEPS_DIR="${SCOPEWRIGHT_DEPS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/scopewright}"
export SCOPEWRIGHT_DEPS_DIR="$DEPS_DIR"

say()  { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[setup] error:\033[0m %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || fail "not root and no sudo: install the packages listed in README.md by hand"
  SUDO="sudo"
fi

# ---------------------------------------------------------------------------------------------
# apt packages
# ---------------------------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {  # installs the named Debian packages that are not installed yet
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  if [ $APT_UPDATED = 0 ]; then
    $SUDO apt-get update -qq || fail "apt-get update failed: is Debian's archive reachable?"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "could not install: ${missing[*]}"
}

NATIVE_PACKAGES=(cmake ninja-build g++ clang libclang-rt-14-dev ccache pkg-config xz-utils
  googletest libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev libsdl2-dev libgl-dev
  fonts-inter chromium)
apt_install "${NATIVE_PACKAGES[@]}"
# node, npm and python3 may come from elsewhere than Debian (as on these machines): only install when absent.
command -v python3 >/dev/null || apt_install python3
command -v node >/dev/null || apt_install nodejs
command -v npm >/dev/null || apt_install npm

# ---------------------------------------------------------------------------------------------
# Emscripten
# ---------------------------------------------------------------------------------------------
if [ -n "${EMSDK:-}" ] && command -v emcc >/dev/null; then
  say "using your emsdk at $EMSDK"
else
  apt_install emscripten binaryen
  # Debian's emscripten needs Debian's node modules (acorn) when the machine's node is another one.
  export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
fi
EMCC_VERSION="$(emcc --version 2>/dev/null | head -n1 | sed -E 's/.* ([0-9]+\.[0-9]+\.[0-9]+).*/\1/')"
[ -n "$EMCC_VERSION" ] || fail "emcc does not run (try: NODE_PATH=/usr/share/nodejs emcc --version)"

# ---------------------------------------------------------------------------------------------
# Dear ImGui, SDL2 and zlib sources from Debian source packages (private apt configuration)
# ---------------------------------------------------------------------------------------------
mkdir -p "$DEPS_DIR"
archive_host() {  # the Debian archive this machine already uses (URIs: of deb822 files, or a deb line)
  local h
  h=$( { grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}';
         grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | grep -oE 'https?://[^ ]+'; } \
       | grep -v security | head -n1 || true)
  echo "${h:-http://deb.debian.org/debian}"
}

fetch_sources() {  # downloads and unpacks the source packages that are not in the cache yet
  local need=()
  [ -f "$DEPS_DIR/imgui-$IMGUI_VERSION/imgui.cpp" ] || need+=("imgui=$IMGUI_DEB_VERSION")
  [ -f "$DEPS_DIR/SDL2-$SDL2_VERSION/CMakeLists.txt" ] || need+=("libsdl2=$SDL2_DEB_VERSION")
  [ -f "$DEPS_DIR/zlib-$ZLIB_VERSION.dfsg/inflate.c" ] || need+=("zlib=$ZLIB_DEB_VERSION")
  [ ${#need[@]} -eq 0 ] && return 0
  local apt_dir="$DEPS_DIR/apt" host
  host="$(archive_host)"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/etc" "$apt_dir/download"
  {
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${host%/} trixie main"
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${host%/} bookworm main"
  } > "$apt_dir/etc/sources.list"
  local apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/etc/sources.list" -o Dir::Etc::SourceParts=/dev/null
                  -o "Dir::State::Lists=$apt_dir/lists" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
  say "fetching Debian source packages: ${need[*]}"
  apt-get "${apt_opts[@]}" -qq update || fail "could not read Debian's source index from $host"
  (cd "$apt_dir/download" && apt-get "${apt_opts[@]}" -qq source --download-only "${need[@]}" >/dev/null) \
    || fail "could not download the source packages ${need[*]}"
  if [[ " ${need[*]} " == *" imgui="* ]]; then
    tar -xf "$apt_dir/download/imgui_${IMGUI_VERSION}+ds.orig.tar.xz" -C "$DEPS_DIR"
  fi
  if [[ " ${need[*]} " == *" libsdl2="* ]]; then
    tar -xf "$apt_dir/download/libsdl2_${SDL2_VERSION}+dfsg.orig.tar.gz" -C "$DEPS_DIR"
  fi
  if [[ " ${need[*]} " == *" zlib="* ]]; then
    tar -xf "$apt_dir/download/zlib_${ZLIB_VERSION}.dfsg.orig.tar.bz2" -C "$DEPS_DIR"
  fi
}
fetch_sources

for f in imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp imgui_demo.cpp \
         backends/imgui_impl_sdl2.cpp backends/imgui_impl_opengl3.cpp backends/imgui_impl_opengl3_loader.h; do
  [ -f "$DEPS_DIR/imgui-$IMGUI_VERSION/$f" ] || fail "Dear ImGui source is incomplete: $f missing in $DEPS_DIR/imgui-$IMGUI_VERSION"
done
for f in adler32.c crc32.c deflate.c inffast.c inflate.c inftrees.c trees.c zutil.c zlib.h zconf.h; do
  [ -f "$DEPS_DIR/zlib-$ZLIB_VERSION.dfsg/$f" ] || fail "zlib source is incomplete: $f missing in $DEPS_DIR/zlib-$ZLIB_VERSION.dfsg"
done
[ -f "$DEPS_DIR/SDL2-$SDL2_VERSION/src/video/emscripten/SDL_emscriptenvideo.c" ] \
  || fail "SDL2 source is incomplete in $DEPS_DIR/SDL2-$SDL2_VERSION"

# ---------------------------------------------------------------------------------------------
# SDL2 for wasm, built once per (SDL2 version, emcc version)
# ---------------------------------------------------------------------------------------------
# Lean: only what the app uses (video, events, GL context); SDL_LEAN_AND_MEAN leaves out the software blitters
# (~200 KB of wasm code an OpenGL app never calls), SDL_RENDER=OFF the 2D renderer. "-lean" keys the cache.
SDL2_WASM="$DEPS_DIR/sdl2-$SDL2_VERSION-lean-wasm-emcc$EMCC_VERSION"
if [ ! -f "$SDL2_WASM/lib/libSDL2.a" ]; then
  say "building SDL2 $SDL2_VERSION for wasm into $SDL2_WASM (once; about 5 minutes)"
  rm -rf "$SDL2_WASM.build"
  emcmake cmake -S "$DEPS_DIR/SDL2-$SDL2_VERSION" -B "$SDL2_WASM.build" -G Ninja \
      -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_INSTALL_PREFIX="$SDL2_WASM" -DCMAKE_C_FLAGS="-DSDL_LEAN_AND_MEAN=1" \
      -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_RENDER=OFF \
      -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF \
      -DSDL_HIDAPI=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF \
      > "$DEPS_DIR/sdl2-configure.log" 2>&1 || fail "SDL2 configure failed: see $DEPS_DIR/sdl2-configure.log"
  cmake --build "$SDL2_WASM.build" -j"$(nproc)" > "$DEPS_DIR/sdl2-build.log" 2>&1 \
    || fail "SDL2 build failed: see $DEPS_DIR/sdl2-build.log"
  cmake --install "$SDL2_WASM.build" > /dev/null || fail "SDL2 install failed"
  rm -rf "$SDL2_WASM.build"
fi

# ---------------------------------------------------------------------------------------------
# Closure Compiler for emcc --closure 1 (Debian's is too old for emcc 3.1.6), from npm, per version
# ---------------------------------------------------------------------------------------------
CLOSURE_DIR="$DEPS_DIR/closure-compiler-$CLOSURE_VERSION"
if [ ! -x "$CLOSURE_DIR/node_modules/google-closure-compiler-linux/compiler" ]; then
  say "installing Closure Compiler $CLOSURE_VERSION into $CLOSURE_DIR"
  rm -rf "$CLOSURE_DIR"
  npm install --prefix "$CLOSURE_DIR" --no-save --no-audit --no-fund --loglevel=error \
      "google-closure-compiler-linux@$CLOSURE_VERSION" >/dev/null \
    || fail "npm could not install google-closure-compiler-linux@$CLOSURE_VERSION: is the npm registry reachable?"
  "$CLOSURE_DIR/node_modules/google-closure-compiler-linux/compiler" --version >/dev/null \
    || fail "Closure Compiler in $CLOSURE_DIR does not run (it is built for x86-64 Linux)"
fi

# Stable names for CMake (see CMakeLists.txt: SCOPEWRIGHT_DEPS_DIR/imgui, /zlib, /sdl2-wasm, /closure-compiler).
ln -sfn "imgui-$IMGUI_VERSION" "$DEPS_DIR/imgui"
ln -sfn "zlib-$ZLIB_VERSION.dfsg" "$DEPS_DIR/zlib"
ln -sfn "$(basename "$SDL2_WASM")" "$DEPS_DIR/sdl2-wasm"
ln -sfn "closure-compiler-$CLOSURE_VERSION" "$DEPS_DIR/closure-compiler"

# ---------------------------------------------------------------------------------------------
# npm packages for the browser tests
# ---------------------------------------------------------------------------------------------
if [ ! -d "$REPO_DIR/tests/e2e/node_modules/playwright-core" ] \
   || [ "$REPO_DIR/tests/e2e/package-lock.json" -nt "$REPO_DIR/tests/e2e/node_modules/.package-lock.json" ]; then
  say "installing the e2e npm packages (tests/e2e)"
  (cd "$REPO_DIR/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || fail "npm ci in tests/e2e failed: is the npm registry reachable?"
fi

say "ready: emcc $EMCC_VERSION, Dear ImGui $IMGUI_VERSION, SDL2 $SDL2_VERSION (wasm: $SDL2_WASM), zlib $ZLIB_VERSION,"
say "       $(cmake --version | head -n1), $(g++ --version | head -n1), node $(node --version), $(chromium --version 2>/dev/null | head -n1)"

# ---------------------------------------------------------------------------------------------
# What to do next
# ---------------------------------------------------------------------------------------------
case "${1:-}" in
  "") ;;
  serve)
    cd "$REPO_DIR"
    cmake --preset web >/dev/null && cmake --build --preset web
    PORT="${PORT:-8080}"
    say "serving build/web/site — open http://127.0.0.1:$PORT/  (Ctrl+C to stop)"
    exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$REPO_DIR/build/web/site"
    ;;
  test)
    exec "$REPO_DIR/tests/run_all.sh"
    ;;
  *) fail "unknown command '$1' (expected: serve, test, or nothing)";;
esac
