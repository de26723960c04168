// pattern.h — text patterns (validation.pattern): an ECMAScript regular-expression subset, matched in linear time.
//
// std::regex backtracks (`(a+)+$` takes exponential time), recurses once per input character and pulls the C++
// locale machinery into the WebAssembly. This matcher compiles a pattern to a small program and runs it as a
// Pike VM: every state is simulated at once, so matching costs at most (program size x input length) steps and
// needs no recursion. It works on UTF-8 code points, as a browser's pattern attribute does on BMP text.
// The supported syntax and what is refused: docs/questionnaire.md#patterns.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/pattern/program.h"

namespace sw::pattern {

/// Bounds against hostile patterns: both are checked before any memory is spent on the program.
struct Limits {
  std::size_t max_characters = 2000;  // pattern length, in characters
  std::size_t max_program = 5000;     // compiled instructions: counted repetition {n,m} expands
};

/// Why a pattern was refused: the construct, and where it is (1-based character position in the pattern).
struct PatternError {
  std::size_t character = 0;
  std::string message;
  /// "at character 4: back-references such as \1 are not supported"
  std::string text() const { return "at character " + std::to_string(character) + ": " + message; }
};

/// A compiled pattern. Matching is whole-text: the answer as a whole must match, as with std::regex_match and
/// the HTML pattern attribute.
class Pattern {
 public:
  explicit Pattern(Program program) : program_(std::move(program)) {}
  bool matches(std::string_view text) const;
  std::size_t program_size() const { return program_.code.size(); }

 private:
  Program program_;
};

struct Compiled {
  std::optional<Pattern> pattern;     // set when the pattern is valid
  std::optional<PatternError> error;  // set otherwise
};

/// Compiles a pattern written as UTF-8 text.
Compiled compile(std::string_view pattern, const Limits& limits = {});

}  // namespace sw::pattern
