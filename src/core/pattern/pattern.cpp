// pattern.cpp — compile(): UTF-8 text to code points, the length limit, the parser, the program.
#include "core/pattern/pattern.h"

#include "core/pattern/syntax.h"

namespace sw::pattern {

Compiled compile(std::string_view pattern, const Limits& limits) {
  Compiled out;
  std::u32string chars;
  for (std::size_t offset = 0; offset < pattern.size();) {
    if (chars.size() == limits.max_characters) {
      out.error = PatternError{limits.max_characters + 1,
                               "the pattern is longer than " + std::to_string(limits.max_characters) + " characters"};
      return out;
    }
    chars.push_back(next_char(pattern, offset));
  }
  syntax::Parsed parsed = syntax::parse(chars, limits);
  if (parsed.error) {
    out.error = std::move(parsed.error);
    return out;
  }
  out.pattern.emplace(compile_program(parsed.root));
  return out;
}

}  // namespace sw::pattern
