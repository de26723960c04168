// test_pattern_errors.cpp — patterns the matcher refuses: each message names the construct and its character
// position; the limits refuse oversized patterns before anything is expanded.
#include <gtest/gtest.h>

#include "core/pattern/pattern.h"

namespace sw {
namespace {

/// The error text of a pattern that must not compile ("at character N: ...").
std::string error_of(const std::string& pattern) {
  const auto c = pattern::compile(pattern);
  EXPECT_FALSE(c.pattern.has_value()) << pattern << " compiled";
  return c.error ? c.error->text() : "";
}

TEST(PatternErrors, UnsupportedConstructsAreNamedWithTheirPosition) {
  EXPECT_EQ(error_of(R"((a)\1)"), "at character 4: back-references such as \\1 are not supported");
  EXPECT_EQ(error_of("a(?=b)"), "at character 2: lookahead (?=...) is not supported");
  EXPECT_EQ(error_of("a(?!b)"), "at character 2: lookahead (?!...) is not supported");
  EXPECT_EQ(error_of("(?<=a)b"), "at character 1: lookbehind (?<=...) is not supported");
  EXPECT_EQ(error_of("(?<!a)b"), "at character 1: lookbehind (?<!...) is not supported");
  EXPECT_EQ(error_of("x(?<year>\\d{4})"),
            "at character 2: named groups (?<name>...) are not supported: use (...) or (?:...)");
  EXPECT_EQ(error_of("(?i)abc"),
            "at character 1: only (...) and (?:...) groups are supported: flags and other (?... groups are not");
  EXPECT_EQ(error_of(R"((?<n>a)\k<n>)"),
            "at character 1: named groups (?<name>...) are not supported: use (...) or (?:...)");
  EXPECT_EQ(error_of(R"(a\k<n>)"), "at character 2: named back-references \\k<name> are not supported");
  EXPECT_EQ(error_of(R"(\p{L})"), "at character 1: Unicode property escapes \\p{...} are not supported");
  EXPECT_EQ(error_of(R"(\cJ)"), "at character 1: control escapes such as \\cJ are not supported: use \\n, \\t or \\xHH");
  EXPECT_EQ(error_of(R"(\u{1F600})"), "at character 1: \\u{...} is not supported: write \\uHHHH");
  EXPECT_EQ(error_of(R"(\01)"), "at character 1: octal escapes such as \\0 are not supported: use \\xHH");
  EXPECT_EQ(error_of(R"([\1])"), "at character 2: octal escapes such as \\1 are not supported: use \\xHH");
  EXPECT_EQ(error_of(R"(ab\q)"),
            "at character 3: unknown escape \\q: escape only punctuation (\\. \\* \\( ...) or use a supported escape");
  EXPECT_EQ(error_of("[[:alpha:]]"), "at character 2: a '[' inside a class must be escaped as \\[");
}

TEST(PatternErrors, SyntaxErrorsSayWhatWasExpected) {
  EXPECT_EQ(error_of("([a-z"), "at character 2: this '[' is never closed: ']' expected");
  EXPECT_EQ(error_of("x(ab"), "at character 2: this '(' is never closed: ')' expected");
  EXPECT_EQ(error_of("ab)"), "at character 3: unmatched ')': no '(' opens it");
  EXPECT_EQ(error_of("*a"), "at character 1: nothing to repeat before '*'");
  EXPECT_EQ(error_of("a|+"), "at character 3: nothing to repeat before '+'");
  EXPECT_EQ(error_of("(?)"), "at character 1: only (...) and (?:...) groups are supported: flags and other (?... groups are not");
  EXPECT_EQ(error_of("a**"), "at character 3: nothing to repeat before '*': a quantifier cannot follow another");
  EXPECT_EQ(error_of("a{2}{3}"), "at character 5: nothing to repeat before '{': a quantifier cannot follow another");
  EXPECT_EQ(error_of("a+?+"), "at character 4: nothing to repeat before '+': a quantifier cannot follow another");
  EXPECT_EQ(error_of("{2}"), "at character 1: nothing to repeat before '{'");
  EXPECT_EQ(error_of("a{2,1}"), "at character 2: the counts in {2,1} are out of order");
  EXPECT_EQ(error_of("a{,3}"), "at character 2: a '{' that does not start a count {n}, {n,} or {n,m} must be escaped as \\{");
  EXPECT_EQ(error_of("a}"), "at character 2: a '}' must be escaped as \\} outside a count {n,m}");
  EXPECT_EQ(error_of("a]"), "at character 2: a ']' must be escaped as \\] outside a class [...]");
  EXPECT_EQ(error_of("^*"), "at character 2: an anchor (^ $ \\b \\B) cannot be repeated by '*'");
  EXPECT_EQ(error_of(R"(\b{2})"), "at character 3: an anchor (^ $ \\b \\B) cannot be repeated by '{...}'");
  EXPECT_EQ(error_of("[z-a]"), "at character 2: the range z-a is out of order");
  EXPECT_EQ(error_of("[é-a]"), "at character 2: the range é-a is out of order");
  EXPECT_EQ(error_of(R"([\d-z])"), "at character 2: a class escape such as \\d cannot start or end a range");
  EXPECT_EQ(error_of(R"([a-\w])"), "at character 4: a class escape such as \\d cannot start or end a range");
  EXPECT_EQ(error_of(R"([\B])"), "at character 2: \\B is not allowed inside a class");
  EXPECT_EQ(error_of("ab\\"), "at character 3: '\\' at the end of the pattern: write \\\\ for a backslash");
  EXPECT_EQ(error_of(R"([a\)"), "at character 1: this '[' is never closed: ']' expected");
  EXPECT_EQ(error_of(R"(\x4)"), "at character 1: \\x must be followed by two hex digits, as in \\x41");
  EXPECT_EQ(error_of(R"(\u12G4)"), "at character 1: \\u must be followed by four hex digits, as in \\u00E9");
}

TEST(PatternErrors, PositionsCountCharactersNotBytes) {
  EXPECT_EQ(error_of("éé*+"), "at character 4: nothing to repeat before '+': a quantifier cannot follow another");
  EXPECT_EQ(error_of("€€€)"), "at character 4: unmatched ')': no '(' opens it");
}

TEST(PatternErrors, CountedRepetitionIsRefusedBeforeItExpands) {
  // (a{1000}){1000} would be a million instructions: refused at the outer count, nothing allocated.
  EXPECT_EQ(error_of("(a{1000}){1000}"),
            "at character 10: this repetition makes the pattern too large: it would compile to more than 5000 steps");
  EXPECT_EQ(error_of("((((a{10}){10}){10}){10}){10}").substr(0, 16), "at character 21:");
  EXPECT_EQ(error_of("a{100000}"), "at character 2: a count in {n,m} is at most 10000");
  EXPECT_EQ(error_of("a{99999999999999999999}"), "at character 2: a count in {n,m} is at most 10000");
  EXPECT_EQ(error_of("(?:){0,6000}"),
            "at character 5: this repetition makes the pattern too large: it would compile to more than 5000 steps");
  // Within the limit: compiled, and sized as counted.
  const auto ok = pattern::compile("\\d{1,1000}");
  ASSERT_TRUE(ok.pattern);
  EXPECT_EQ(ok.pattern->program_size(), 1u + 999 * 2 + 1);  // one copy, 999 optional ones, Match
  EXPECT_TRUE(ok.pattern->matches(std::string(1000, '7')));
  EXPECT_FALSE(ok.pattern->matches(std::string(1001, '7')));
  const auto empty_body = pattern::compile("(?:){10000}x");  // no instructions per copy
  ASSERT_TRUE(empty_body.pattern);
  EXPECT_TRUE(empty_body.pattern->matches("x"));
}

TEST(PatternErrors, LimitsCanBeSet) {
  pattern::Limits small;
  small.max_characters = 5;
  small.max_program = 8;
  EXPECT_EQ(pattern::compile("abcdef", small).error->text(), "at character 6: the pattern is longer than 5 characters");
  EXPECT_TRUE(pattern::compile("abcde", small).pattern);
  EXPECT_EQ(pattern::compile("a{9}", small).error->text(),
            "at character 2: this repetition makes the pattern too large: it would compile to more than 8 steps");
  EXPECT_TRUE(pattern::compile("a{8}", small).pattern);
  EXPECT_EQ(pattern::compile(std::string(2001, 'a')).error->text(),
            "at character 2001: the pattern is longer than 2000 characters");
}

TEST(PatternErrors, DeepNestingIsRefusedNotRecursed) {
  EXPECT_EQ(error_of(std::string(150, '(') + std::string(150, ')')),
            "at character 101: groups are nested more than 100 deep");
  EXPECT_TRUE(pattern::compile(std::string(100, '(') + "a" + std::string(100, ')')).pattern);
}

}  // namespace
}  // namespace sw
