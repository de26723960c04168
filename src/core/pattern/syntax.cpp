// syntax.cpp — the pattern parser: recursive descent over the ECMAScript subset of docs/questionnaire.md#patterns.
// Recursion follows group nesting only (capped at kMaxDepth), never the input or the pattern's length.
#include "core/pattern/syntax.h"

#include <algorithm>
#include <cstdio>

#include "core/json/utf8.h"

namespace sw::pattern::syntax {
namespace {

constexpr int kMaxDepth = 100;            // group nesting
constexpr std::uint32_t kMaxCount = 10000;  // n and m of {n,m}
constexpr char32_t kNoChar = 0xFFFFFFFF;

/// A character as quoted in a message: itself when printable, else U+XXXX.
std::string show(char32_t c) {
  if (c >= 0x20 && c < 0x7F) return std::string(1, static_cast<char>(c));
  char buf[16];
  if (c >= kInvalidByteBase) {
    std::snprintf(buf, sizeof buf, "byte 0x%02X", static_cast<unsigned>(c - kInvalidByteBase));
    return buf;
  }
  if (c >= 0xA0 && (c < 0xD800 || c > 0xDFFF)) {
    std::string out;
    json::append_utf8(out, c);
    return out;
  }
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

bool is_ascii_alnum(char32_t c) { return c < 0x80 && (is_word_char(c) && c != '_'); }

int hex_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

/// One element of a class, or what an escape outside a class stands for: a character or a class escape (\d ...).
struct Atom {
  bool is_set = false;
  char32_t c = 0;
  CharSet set;
};

class Parser {
 public:
  Parser(const std::u32string& p, const Limits& limits) : p_(p), limits_(limits) {}

  Parsed run() {
    Parsed out;
    out.root = alternation(0);
    if (!error_ && i_ < p_.size()) fail(i_, "unmatched ')': no '(' opens it");  // only ')' stops the top level
    out.error = error_;
    return out;
  }

 private:
  const std::u32string& p_;
  const Limits& limits_;
  std::size_t i_ = 0;
  std::optional<PatternError> error_;

  bool at_end() const { return i_ >= p_.size(); }
  char32_t peek(std::size_t ahead = 0) const { return i_ + ahead < p_.size() ? p_[i_ + ahead] : kNoChar; }
  void fail(std::size_t at, std::string message) {
    if (!error_) error_ = PatternError{at + 1, std::move(message)};
  }

  // Sizes are counted as program.cpp emits them; a node over the limit is refused where it ends.
  Node sized(Node n, std::uint64_t size, std::size_t at, const char* what) {
    n.program_size = std::min<std::uint64_t>(size, limits_.max_program + 1);
    if (size > limits_.max_program)
      fail(at, std::string(what) + " makes the pattern too large: it would compile to more than " +
                   std::to_string(limits_.max_program) + " steps");
    return n;
  }
  static Node chars(CharSet set) {
    Node n;
    n.kind = NodeKind::Chars;
    n.chars = std::move(set);
    n.program_size = 1;
    return n;
  }
  static Node assertion(Assertion a) {
    Node n;
    n.kind = NodeKind::Assert;
    n.assertion = a;
    n.program_size = 1;
    return n;
  }

  Node alternation(int depth) {
    std::vector<Node> branches;
    branches.push_back(concatenation(depth));
    while (!error_ && peek() == '|') {
      ++i_;
      branches.push_back(concatenation(depth));
    }
    if (error_ || branches.size() == 1) return std::move(branches[0]);
    std::uint64_t size = 2 * (branches.size() - 1);  // a split and a jump per branch but the last
    for (const Node& b : branches) size += b.program_size;
    Node n;
    n.kind = NodeKind::Alternate;
    n.children = std::move(branches);
    return sized(std::move(n), size, i_ - 1, "this alternative");
  }

  Node concatenation(int depth) {
    std::vector<Node> items;
    std::uint64_t size = 0;
    while (!error_ && !at_end() && peek() != '|' && peek() != ')') {
      Node item = atom(depth);
      if (error_) break;
      item = quantified(std::move(item));
      size += item.program_size;
      items.push_back(std::move(item));
    }
    if (error_ || items.empty()) return Node{};
    if (items.size() == 1) return std::move(items[0]);
    Node n;
    n.kind = NodeKind::Concat;
    n.children = std::move(items);
    return sized(std::move(n), size, i_ - 1, "this part");
  }

  Node atom(int depth) {
    const std::size_t at = i_;
    const char32_t c = p_[i_++];
    switch (c) {
      case '^': return assertion(Assertion::Start);
      case '$': return assertion(Assertion::End);
      case '.': return chars(CharSet::any_but_line_terminator());
      case '(': return group(at, depth);
      case '[': return char_class(at);
      case '\\': return escape(at);
      case '*':
      case '+':
      case '?': fail(at, "nothing to repeat before '" + show(c) + "'"); return {};
      case '{': {
        Count count;
        if (braces(at, count))
          fail(at, "nothing to repeat before '{'");
        else
          fail(at, "a '{' that does not start a count {n}, {n,} or {n,m} must be escaped as \\{");
        return {};
      }
      case '}': fail(at, "a '}' must be escaped as \\} outside a count {n,m}"); return {};
      case ']': fail(at, "a ']' must be escaped as \\] outside a class [...]"); return {};
      default: return chars(CharSet::single(c));
    }
  }

  struct Count {
    std::uint32_t min = 0, max = 0;
    bool unbounded = false;
    bool too_large = false;
    std::size_t end = 0;  // index after '}'
  };

  // {n}, {n,} or {n,m} at index `at` (which holds '{'); false when the braces do not have that form.
  bool braces(std::size_t at, Count& count) const {
    std::size_t j = at + 1;
    const auto number = [&](std::uint32_t& out) {
      const std::size_t start = j;
      std::uint64_t v = 0;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9') {
        v = std::min<std::uint64_t>(v * 10 + (p_[j] - '0'), std::uint64_t{kMaxCount} + 1);
        ++j;
      }
      if (v > kMaxCount) count.too_large = true;
      out = static_cast<std::uint32_t>(v);
      return j > start;
    };
    if (!number(count.min)) return false;
    count.max = count.min;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (!number(count.max)) count.unbounded = true;
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    count.end = j + 1;
    return true;
  }

  bool quantifier_at(std::size_t j) const {
    if (j >= p_.size()) return false;
    Count unused;
    return p_[j] == '*' || p_[j] == '+' || p_[j] == '?' || (p_[j] == '{' && braces(j, unused));
  }

  Node quantified(Node item) {
    const std::size_t at = i_;
    if (!quantifier_at(at)) return item;
    Count count;
    switch (p_[at]) {
      case '*': count.unbounded = true; break;
      case '+': count.min = 1; count.unbounded = true; break;
      case '?': count.max = 1; break;
      default: braces(at, count);
    }
    i_ = p_[at] == '{' ? count.end : at + 1;
    const std::string quantifier = p_[at] == '{' ? "{...}" : show(p_[at]);
    if (item.kind == NodeKind::Assert) {
      fail(at, "an anchor (^ $ \\b \\B) cannot be repeated by '" + quantifier + "'");
      return item;
    }
    if (count.too_large) {
      fail(at, "a count in {n,m} is at most " + std::to_string(kMaxCount));
      return item;
    }
    if (!count.unbounded && count.min > count.max) {
      fail(at, "the counts in {" + std::to_string(count.min) + "," + std::to_string(count.max) + "} are out of order");
      return item;
    }
    if (peek() == '?') ++i_;  // lazy: the same result when the whole text must match
    if (quantifier_at(i_)) {
      fail(i_, "nothing to repeat before '" + show(p_[i_]) + "': a quantifier cannot follow another");
      return item;
    }
    const std::uint64_t s = item.program_size;
    const std::uint64_t size =
        count.min * s + (count.unbounded ? s + 2 : std::uint64_t{count.max - count.min} * (s + 1));
    Node n;
    n.kind = NodeKind::Repeat;
    n.min = count.min;
    n.max = count.max;
    n.unbounded = count.unbounded;
    n.children.push_back(std::move(item));
    return sized(std::move(n), size, at, "this repetition");
  }

  Node group(std::size_t at, int depth) {
    if (depth >= kMaxDepth) {
      fail(at, "groups are nested more than " + std::to_string(kMaxDepth) + " deep");
      return {};
    }
    if (peek() == '?') {
      const char32_t kind = peek(1);
      if (kind == ':') {
        i_ += 2;
      } else {
        if (kind == '=' || kind == '!')
          fail(at, std::string("lookahead (?") + static_cast<char>(kind) + "...) is not supported");
        else if (kind == '<' && (peek(2) == '=' || peek(2) == '!'))
          fail(at, std::string("lookbehind (?<") + static_cast<char>(peek(2)) + "...) is not supported");
        else if (kind == '<')
          fail(at, "named groups (?<name>...) are not supported: use (...) or (?:...)");
        else
          fail(at, "only (...) and (?:...) groups are supported: flags and other (?... groups are not");
        return {};
      }
    }
    Node inner = alternation(depth + 1);
    if (error_) return inner;
    if (at_end()) {
      fail(at, "this '(' is never closed: ')' expected");
      return inner;
    }
    ++i_;  // ')'
    if (inner.kind == NodeKind::Assert) {  // (^)* is allowed: the group, not the anchor, is repeated
      Node wrap;
      wrap.kind = NodeKind::Concat;
      wrap.program_size = inner.program_size;
      wrap.children.push_back(std::move(inner));
      return wrap;
    }
    return inner;
  }

  Node escape(std::size_t at) {
    if (at_end()) {
      fail(at, "'\\' at the end of the pattern: write \\\\ for a backslash");
      return {};
    }
    const char32_t c = p_[i_++];
    if (c == 'b') return assertion(Assertion::WordBoundary);
    if (c == 'B') return assertion(Assertion::NotWordBoundary);
    Atom a;
    if (!escaped(c, at, false, a)) return {};
    return chars(a.is_set ? std::move(a.set) : CharSet::single(a.c));
  }

  // The escape \c (the '\' at index `at`, i_ after c), in a class or not; false after reporting an error.
  bool escaped(char32_t c, std::size_t at, bool in_class, Atom& out) {
    const auto set = [&](CharSet s) {
      out.is_set = true;
      out.set = std::move(s);
      return true;
    };
    const auto character = [&](char32_t v) {
      out.c = v;
      return true;
    };
    switch (c) {
      case 'd': return set(CharSet::digits());
      case 'D': return set(CharSet::digits().complement());
      case 'w': return set(CharSet::word());
      case 'W': return set(CharSet::word().complement());
      case 's': return set(CharSet::space());
      case 'S': return set(CharSet::space().complement());
      case 't': return character('\t');
      case 'n': return character('\n');
      case 'r': return character('\r');
      case 'f': return character('\f');
      case 'v': return character('\v');
      case '0':
        if (peek() >= '0' && peek() <= '9') break;
        return character(0);
      case 'x': {
        const int h = hex_value(peek()), l = hex_value(peek(1));
        if (h < 0 || l < 0) {
          fail(at, "\\x must be followed by two hex digits, as in \\x41");
          return false;
        }
        i_ += 2;
        return character(static_cast<char32_t>(h * 16 + l));
      }
      case 'u': return unicode_escape(at, out);
      case 'c': fail(at, "control escapes such as \\cJ are not supported: use \\n, \\t or \\xHH"); return false;
      case 'k': fail(at, "named back-references \\k<name> are not supported"); return false;
      case 'p':
      case 'P': fail(at, "Unicode property escapes \\p{...} are not supported"); return false;
      default: break;
    }
    if (c >= '0' && c <= '9') {
      fail(at, in_class || c == '0' ? "octal escapes such as \\" + show(c) + " are not supported: use \\xHH"
                                    : "back-references such as \\" + show(c) + " are not supported");
      return false;
    }
    if (is_ascii_alnum(c)) {
      fail(at, "unknown escape \\" + show(c) + ": escape only punctuation (\\. \\* \\( ...) or use a supported escape");
      return false;
    }
    return character(c);  // \. \* \\ \- \/ ...: the character itself
  }

  bool hex4(std::size_t from, char32_t& out) const {
    out = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const int v = from + k < p_.size() ? hex_value(p_[from + k]) : -1;
      if (v < 0) return false;
      out = out * 16 + static_cast<char32_t>(v);
    }
    return true;
  }

  bool unicode_escape(std::size_t at, Atom& out) {
    if (peek() == '{') {
      fail(at, "\\u{...} is not supported: write \\uHHHH");
      return false;
    }
    char32_t v = 0;
    if (!hex4(i_, v)) {
      fail(at, "\\u must be followed by four hex digits, as in \\u00E9");
      return false;
    }
    i_ += 4;
    // A surrogate pair written as two escapes is one character, as the answer's UTF-8 holds it.
    char32_t low = 0;
    if (v >= 0xD800 && v <= 0xDBFF && peek() == '\\' && peek(1) == 'u' && hex4(i_ + 2, low) && low >= 0xDC00 &&
        low <= 0xDFFF) {
      i_ += 6;
      v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
    }
    out.c = v;
    return true;
  }

  bool class_atom(Atom& out) {
    const std::size_t at = i_;
    const char32_t c = p_[i_++];
    if (c == '[') {
      fail(at, "a '[' inside a class must be escaped as \\[");
      return false;
    }
    if (c != '\\') {
      out.c = c;
      return true;
    }
    if (at_end()) return true;  // reported by the caller as an unclosed class
    const char32_t e = p_[i_++];
    if (e == 'b') {
      out.c = 0x08;  // [\b] is backspace in ECMAScript
      return true;
    }
    if (e == 'B') {
      fail(at, "\\B is not allowed inside a class");
      return false;
    }
    return escaped(e, at, true, out);
  }

  Node char_class(std::size_t at) {
    const bool negated = peek() == '^';
    if (negated) ++i_;
    std::vector<CharRange> ranges;
    for (;;) {
      if (at_end()) {
        fail(at, "this '[' is never closed: ']' expected");
        return {};
      }
      if (peek() == ']') {
        ++i_;
        break;
      }
      const std::size_t from_at = i_;
      Atom from;
      if (!class_atom(from)) return {};
      if (peek() == '-' && i_ + 1 < p_.size() && peek(1) != ']') {
        ++i_;
        const std::size_t to_at = i_;
        Atom to;
        if (!class_atom(to)) return {};
        if (from.is_set || to.is_set) {
          fail(from.is_set ? from_at : to_at, "a class escape such as \\d cannot start or end a range");
          return {};
        }
        if (from.c > to.c) {
          fail(from_at, "the range " + show(from.c) + "-" + show(to.c) + " is out of order");
          return {};
        }
        ranges.push_back({from.c, to.c});
      } else if (from.is_set) {
        ranges.insert(ranges.end(), from.set.ranges().begin(), from.set.ranges().end());
      } else {
        ranges.push_back({from.c, from.c});
      }
    }
    CharSet set(std::move(ranges));
    return chars(negated ? set.complement() : std::move(set));
  }
};

}  // namespace

Parsed parse(const std::u32string& pattern, const Limits& limits) { return Parser(pattern, limits).run(); }

}  // namespace sw::pattern::syntax
