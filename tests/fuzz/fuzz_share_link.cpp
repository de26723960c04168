// fuzz_share_link.cpp — libFuzzer target: any bytes as a share link's #q= value (tag, base64url, deflate, JSON),
// and any bytes straight into the inflater; what decodes must encode and decode back to the same JSON.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/share/deflate.h"
#include "core/share/share_link.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)sw::share::inflate_raw(bytes, 1 << 16);
  const auto decoded = sw::share::decode_link("#q=" + bytes);
  if (decoded.ok) {
    const auto again = sw::share::decode_link(sw::share::encode_link(decoded.json, "").link);
    if (!again.ok || again.json != decoded.json) __builtin_trap();
  }
  return 0;
}
