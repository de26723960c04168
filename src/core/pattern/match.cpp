// match.cpp — the Pike VM: runs a pattern's program over the text with every thread in step, one input
// character at a time. Each instruction is visited at most once per position (a generation mark), so a match
// costs at most (program size x text length) steps, whatever the pattern, and uses no recursion.
#include <vector>

#include "core/pattern/pattern.h"
#include "core/pattern/syntax.h"

namespace sw::pattern {

namespace {

constexpr char32_t kNone = 0xFFFFFFFF;  // before the start or after the end of the text

bool holds(syntax::Assertion a, char32_t before, char32_t after) {
  const bool word_before = before != kNone && is_word_char(before);
  const bool word_after = after != kNone && is_word_char(after);
  switch (a) {
    case syntax::Assertion::Start: return before == kNone;
    case syntax::Assertion::End: return after == kNone;
    case syntax::Assertion::WordBoundary: return word_before != word_after;
    case syntax::Assertion::NotWordBoundary: return word_before == word_after;
  }
  return false;
}

class Machine {
 public:
  explicit Machine(const Program& p) : p_(p), seen_(p.code.size(), 0) {}

  bool run(std::string_view text) {
    std::size_t offset = 0;
    char32_t before = kNone;
    char32_t at = offset < text.size() ? next_char(text, offset) : kNone;
    ++generation_;
    add(current_, 0, before, at);
    while (at != kNone) {
      if (current_.empty()) return false;  // every thread died: no match, whatever follows
      const char32_t after = offset < text.size() ? next_char(text, offset) : kNone;
      next_.clear();
      ++generation_;
      for (std::uint32_t pc : current_) {
        const Instruction& in = p_.code[pc];
        const bool step = in.op == Op::Char ? in.x == at : in.op == Op::Set && p_.sets[in.x].contains(at);
        if (step) add(next_, pc + 1, at, after);
      }
      current_.swap(next_);
      before = at;
      at = after;
    }
    for (std::uint32_t pc : current_)
      if (p_.code[pc].op == Op::Match) return true;
    return false;
  }

 private:
  const Program& p_;
  std::vector<std::uint32_t> seen_;  // generation in which each instruction was last added
  std::uint32_t generation_ = 0;
  std::vector<std::uint32_t> current_, next_, stack_;

  // Adds the thread at `start` and everything it reaches without consuming input (an explicit stack, not recursion).
  void add(std::vector<std::uint32_t>& list, std::uint32_t start, char32_t before, char32_t after) {
    if (seen_[start] == generation_) return;
    const Op op = p_.code[start].op;
    if (op == Op::Char || op == Op::Set || op == Op::Match) {  // the common case: no closure to follow
      seen_[start] = generation_;
      list.push_back(start);
      return;
    }
    stack_.push_back(start);
    while (!stack_.empty()) {
      const std::uint32_t pc = stack_.back();
      stack_.pop_back();
      if (seen_[pc] == generation_) continue;
      seen_[pc] = generation_;
      const Instruction& in = p_.code[pc];
      switch (in.op) {
        case Op::Jump: stack_.push_back(in.x); break;
        case Op::Split:
          stack_.push_back(in.y);
          stack_.push_back(in.x);
          break;
        case Op::Assert:
          if (holds(static_cast<syntax::Assertion>(in.x), before, after)) stack_.push_back(pc + 1);
          break;
        case Op::Char:
        case Op::Set:
        case Op::Match: list.push_back(pc); break;
      }
    }
  }
};

}  // namespace

bool Pattern::matches(std::string_view text) const { return Machine(program_).run(text); }

}  // namespace sw::pattern
