# Finds Emscripten's own CMake toolchain file, wherever this machine has it, so that the `web`
# preset works with a user's emsdk ($EMSDK) as well as with Debian's emscripten package.
if(DEFINED ENV{EMSDK} AND EXISTS "$ENV{EMSDK}/upstream/emscripten/cmake/Modules/Platform/Emscripten.cmake")
  set(_em_root "$ENV{EMSDK}/upstream/emscripten")
elseif(DEFINED ENV{EMSCRIPTEN} AND EXISTS "$ENV{EMSCRIPTEN}/cmake/Modules/Platform/Emscripten.cmake")
  set(_em_root "$ENV{EMSCRIPTEN}")
elseif(EXISTS "/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake")
  set(_em_root "/usr/share/emscripten")   # Debian's emscripten package
else()
  message(FATAL_ERROR "Emscripten not found: run ./emsdk-setup.sh, or set EMSDK to your emsdk")
endif()
include("${_em_root}/cmake/Modules/Platform/Emscripten.cmake")
