// program.cpp — compiles a parsed pattern to Pike VM instructions. Counted repetition is expanded into copies,
// which syntax.cpp has already counted against Limits::max_program, so nothing here can grow unbounded.
#include <cassert>

#include "core/pattern/syntax.h"

namespace sw::pattern {
namespace {

using syntax::Node;
using syntax::NodeKind;

class Emitter {
 public:
  Program program;

  void node(const Node& n) {
    switch (n.kind) {
      case NodeKind::Empty: break;
      case NodeKind::Chars: {
        char32_t c = 0;
        if (n.chars.is_single(c)) {
          emit(Op::Char, c);
        } else {
          emit(Op::Set, static_cast<std::uint32_t>(program.sets.size()));
          program.sets.push_back(n.chars);
        }
        break;
      }
      case NodeKind::Assert: emit(Op::Assert, static_cast<std::uint32_t>(n.assertion)); break;
      case NodeKind::Concat:
        for (const Node& child : n.children) node(child);
        break;
      case NodeKind::Alternate: alternate(n); break;
      case NodeKind::Repeat: repeat(n); break;
    }
  }

 private:
  std::uint32_t here() const { return static_cast<std::uint32_t>(program.code.size()); }
  std::uint32_t emit(Op op, std::uint32_t x = 0, std::uint32_t y = 0) {
    program.code.push_back({op, x, y});
    return here() - 1;
  }

  // b1 | b2 | b3:  split L1, N1;  L1: b1; jump END;  N1: split L2, N2;  L2: b2; jump END;  N2: b3;  END:
  void alternate(const Node& n) {
    std::vector<std::uint32_t> jumps;
    for (std::size_t k = 0; k + 1 < n.children.size(); ++k) {
      const std::uint32_t split = emit(Op::Split, here() + 1);
      node(n.children[k]);
      jumps.push_back(emit(Op::Jump));
      program.code[split].y = here();
    }
    node(n.children.back());
    for (std::uint32_t j : jumps) program.code[j].x = here();
  }

  // x{n,m}: n copies of x, then m-n nested optional copies (x(x(x)?)?)?; x{n,}: n copies, then a loop x*.
  void repeat(const Node& n) {
    const Node& body = n.children[0];
    for (std::uint32_t k = 0; k < n.min; ++k) node(body);
    if (n.unbounded) {
      const std::uint32_t loop = emit(Op::Split, here() + 1);
      node(body);
      emit(Op::Jump, loop);
      program.code[loop].y = here();
      return;
    }
    std::vector<std::uint32_t> exits;
    for (std::uint32_t k = n.min; k < n.max; ++k) {
      exits.push_back(emit(Op::Split, here() + 1));
      node(body);
    }
    for (std::uint32_t e : exits) program.code[e].y = here();
  }
};

}  // namespace

Program compile_program(const syntax::Node& root) {
  Emitter e;
  e.program.code.reserve(root.program_size + 1);
  e.node(root);
  e.program.code.push_back({Op::Match, 0, 0});
  assert(e.program.code.size() == root.program_size + 1);  // syntax.cpp counts exactly what is emitted
  return std::move(e.program);
}

}  // namespace sw::pattern
