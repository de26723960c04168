// program.h — what a pattern compiles to: instructions of a Pike VM (see match.cpp), without captures.
#pragma once

#include <cstdint>
#include <vector>

#include "core/pattern/char_set.h"

namespace sw::pattern {

enum class Op : std::uint8_t {
  Char,    // consume one character equal to `x`
  Set,     // consume one character of sets[x]
  Split,   // go on at both x and y
  Jump,    // go on at x
  Assert,  // go on at the next instruction when the assertion `x` holds here (syntax::Assertion)
  Match,   // the pattern matched (counts only at the end of the input: whole-text matching)
};

struct Instruction {
  Op op = Op::Match;
  std::uint32_t x = 0, y = 0;
};

struct Program {
  std::vector<Instruction> code;  // starts at 0
  std::vector<CharSet> sets;
};

}  // namespace sw::pattern
