// fuzz_pattern.cpp — libFuzzer target: any bytes as "pattern NUL text"; the pattern is compiled (refused or not,
// never a crash, hang or unbounded allocation) and, when valid, matched against the text. Compiled patterns
// must stay within the limits, and wrapping must agree: P matching T implies (?:P)+ matching T and, for
// patterns without anchors, (?:P)(?:P) matching TT.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/pattern/pattern.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = all.find('\0');
  const std::string_view source = all.substr(0, nul);
  const std::string_view text = nul == std::string_view::npos ? std::string_view() : all.substr(nul + 1);

  const sw::pattern::Limits limits;
  const auto compiled = sw::pattern::compile(source, limits);
  if (!compiled.pattern) {
    // The position is inside the pattern or just past its end, and the message says something.
    if (!compiled.error || compiled.error->character == 0 || compiled.error->character > source.size() + 1 ||
        compiled.error->message.empty())
      std::abort();
    return 0;
  }
  if (compiled.pattern->program_size() > limits.max_program + 1) std::abort();
  const bool matched = compiled.pattern->matches(text);
  (void)compiled.pattern->matches(source);
  if (!matched) return 0;

  const std::string p(source);
  if (const auto plus = sw::pattern::compile("(?:" + p + ")+"); plus.pattern && !plus.pattern->matches(text))
    std::abort();
  const bool anchored = p.find_first_of("^$") != std::string::npos || p.find("\\b") != std::string::npos ||
                        p.find("\\B") != std::string::npos;
  if (!anchored) {
    const std::string twice(text.data(), text.size());
    if (const auto pp = sw::pattern::compile("(?:" + p + ")(?:" + p + ")"); pp.pattern && !pp.pattern->matches(twice + twice))
      std::abort();
  }
  return 0;
}
