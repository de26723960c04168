// test_pattern_differential.cpp — the pattern matcher against std::regex (ECMAScript, regex_match) on random
// ASCII patterns of the supported subset and random short texts: both must agree on every pair.
// std::regex works on bytes, so the texts are ASCII; the patterns are small so its backtracking stays quick.
#include <gtest/gtest.h>

#include <random>
#include <regex>

#include "core/pattern/pattern.h"

namespace sw {
namespace {

class PatternGenerator {
 public:
  explicit PatternGenerator(std::uint32_t seed) : rng_(seed) {}

  std::string pattern() { return alternation(0); }

  std::string text() {
    static const char kAlphabet[] = {'a', 'b', 'c', 'a', 'b', '1', ' ', '-', '_', '\n'};
    std::string out;
    for (int n = pick(9); n > 0; --n) out += kAlphabet[pick(sizeof kAlphabet)];
    return out;
  }

 private:
  std::mt19937 rng_;
  int pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint32_t>(n)); }

  std::string alternation(int depth) {
    std::string out = concatenation(depth);
    while (pick(4) == 0) out += "|" + concatenation(depth);
    return out;
  }

  std::string concatenation(int depth) {
    std::string out;
    for (int n = pick(4); n > 0; --n) out += item(depth);
    return out;
  }

  std::string item(int depth) {
    if (pick(12) == 0) {
      static const char* kAnchors[] = {"^", "$", "\\b", "\\B"};
      return kAnchors[pick(4)];
    }
    return atom(depth) + quantifier();
  }

  std::string atom(int depth) {
    static const char* kAtoms[] = {"a", "b", "c", "a", "b", "1", " ", "-", ".", "\\d", "\\D", "\\w", "\\W", "\\s",
                                   "\\S", "\\-", "\\.", "\\x61", "\\u0062", "[ab]", "[^a]", "[a-c]", "[^a-b1]",
                                   "[\\d-]", "[\\w ]", "[^\\s]", "[-a]", "[a\\-c]", "[\\n]", "\\n"};
    const int k = pick(depth < 3 ? 10 : 8);
    if (k == 8) return "(" + alternation(depth + 1) + ")";
    if (k == 9) return "(?:" + alternation(depth + 1) + ")";
    return kAtoms[pick(sizeof kAtoms / sizeof *kAtoms)];
  }

  std::string quantifier() {
    static const char* kQuantifiers[] = {"*", "+", "?", "{2}", "{0,2}", "{1,}", "{1,3}", "{0}", "*?", "+?", "??",
                                         "{1,2}?"};
    if (pick(3) != 0) return "";
    return kQuantifiers[pick(sizeof kQuantifiers / sizeof *kQuantifiers)];
  }
};

TEST(PatternDifferential, AgreesWithStdRegexOnRandomAsciiPatterns) {
  PatternGenerator gen(20261130);
  int compared = 0, matched = 0;
  for (int p = 0; p < 1500; ++p) {
    const std::string source = gen.pattern();
    const auto ours = pattern::compile(source);
    ASSERT_TRUE(ours.pattern) << "/" << source << "/ refused: " << ours.error->text();
    const std::regex reference(source, std::regex::ECMAScript);
    for (int t = 0; t < 24; ++t) {
      const std::string text = gen.text();
      const bool expected = std::regex_match(text, reference);
      ASSERT_EQ(ours.pattern->matches(text), expected) << "/" << source << "/ on \"" << text << "\"";
      ++compared;
      matched += expected ? 1 : 0;
    }
  }
  // The generator must produce both outcomes in quantity, or the comparison proves little.
  EXPECT_GT(matched, compared / 20);
  EXPECT_LT(matched, compared - compared / 20);
}

TEST(PatternDifferential, AgreesOnTextsBuiltToMatch) {
  // Random texts rarely match long patterns: also compare on texts made of the pattern's own literals.
  PatternGenerator gen(7);
  std::mt19937 rng(11);
  for (int p = 0; p < 1500; ++p) {
    const std::string source = gen.pattern();
    const auto ours = pattern::compile(source);
    ASSERT_TRUE(ours.pattern) << source;
    const std::regex reference(source, std::regex::ECMAScript);
    std::string letters;
    for (char c : source)
      if (c == 'a' || c == 'b' || c == 'c' || c == '1' || c == ' ' || c == '-') letters += c;
    if (letters.empty()) letters = "a";
    for (int t = 0; t < 12; ++t) {
      std::string text;
      for (std::uint32_t n = rng() % 7; n > 0; --n) text += letters[rng() % letters.size()];
      ASSERT_EQ(ours.pattern->matches(text), std::regex_match(text, reference)) << "/" << source << "/ on \"" << text << "\"";
    }
  }
}

}  // namespace
}  // namespace sw
