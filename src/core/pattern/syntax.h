// syntax.h — the parsed form of a pattern (ECMAScript subset, see docs/questionnaire.md#patterns), and its parser.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/pattern/char_set.h"
#include "core/pattern/pattern.h"

namespace sw::pattern::syntax {

enum class NodeKind : std::uint8_t { Empty, Chars, Concat, Alternate, Repeat, Assert };
enum class Assertion : std::uint8_t { Start, End, WordBoundary, NotWordBoundary };

/// One node of the pattern's tree. Groups leave no node of their own: nothing is captured (full match only).
struct Node {
  NodeKind kind = NodeKind::Empty;
  CharSet chars;                 // Chars: one input character from this set
  std::vector<Node> children;    // Concat, Alternate; Repeat: exactly one
  std::uint32_t min = 0, max = 0;  // Repeat: {min,max}
  bool unbounded = false;          // Repeat: {min,}
  Assertion assertion = Assertion::Start;
  std::uint64_t program_size = 0;  // instructions this node compiles to (see program.cpp), capped above the limit
};

struct Parsed {
  Node root;
  std::optional<PatternError> error;
};

/// Parses a pattern given as code points. Errors name the construct and its 1-based character position; the
/// program size of every node is counted as it is built, so a repetition that would be too large is refused
/// before anything is expanded.
Parsed parse(const std::u32string& pattern, const Limits& limits);

}  // namespace sw::pattern::syntax

namespace sw::pattern {
/// The program of a parsed pattern (program.cpp): root.program_size instructions, then Match.
Program compile_program(const syntax::Node& root);
}  // namespace sw::pattern
