// test_pattern_match.cpp — the pattern matcher, construct by construct: what each accepts and refuses as a
// whole-text match, over UTF-8 characters.
#include <gtest/gtest.h>

#include "core/pattern/pattern.h"

namespace sw {
namespace {

/// True when `text` matches `pattern` as a whole; fails the test when the pattern does not compile.
bool full(const std::string& pattern, const std::string& text) {
  const auto c = pattern::compile(pattern);
  EXPECT_TRUE(c.pattern.has_value()) << pattern << ": " << (c.error ? c.error->text() : "");
  return c.pattern && c.pattern->matches(text);
}

TEST(PatternMatch, LiteralsMatchTheWholeText) {
  EXPECT_TRUE(full("abc", "abc"));
  EXPECT_FALSE(full("abc", "abcd"));
  EXPECT_FALSE(full("abc", "xabc"));
  EXPECT_FALSE(full("abc", "ab"));
  EXPECT_TRUE(full("", ""));
  EXPECT_FALSE(full("", "a"));
  EXPECT_TRUE(full("PO-[0-9]+", "PO-123"));
  EXPECT_FALSE(full("PO-[0-9]+", "PO-12x"));
}

TEST(PatternMatch, EscapedMetacharactersAreLiterals) {
  EXPECT_TRUE(full(R"(\.\*\+\?\(\)\[\]\{\}\|\^\$\\\/\-)", R"(.*+?()[]{}|^$\/-)"));
  EXPECT_FALSE(full(R"(a\.b)", "axb"));
  EXPECT_TRUE(full(R"(\@\#)", "@#"));
}

TEST(PatternMatch, DotIsAnyCharacterButLineTerminators) {
  EXPECT_TRUE(full("a.c", "abc"));
  EXPECT_TRUE(full("a.c", "a c"));
  EXPECT_TRUE(full("a.c", "a\tc"));
  EXPECT_FALSE(full("a.c", "a\nc"));
  EXPECT_FALSE(full("a.c", "a\rc"));
  EXPECT_FALSE(full("a.c", "a\u2028c"));
  EXPECT_TRUE(full("a.c", "aéc"));   // one character, two bytes
  EXPECT_TRUE(full("a.c", "a€c"));   // three bytes
  EXPECT_TRUE(full("a.c", "a😀c"));  // four bytes, one code point
  EXPECT_FALSE(full("a..c", "aéc"));
  EXPECT_TRUE(full(".", "\xFF"));    // a byte that is not UTF-8 is one character of its own
  EXPECT_FALSE(full("..", "\xFF"));
}

TEST(PatternMatch, Classes) {
  EXPECT_TRUE(full("[abc]", "b"));
  EXPECT_FALSE(full("[abc]", "d"));
  EXPECT_TRUE(full("[^abc]", "d"));
  EXPECT_FALSE(full("[^abc]", "a"));
  EXPECT_TRUE(full("[^abc]", "\n"));  // a negated class takes line terminators
  EXPECT_TRUE(full("[a-z0-9_]+", "abc_42"));
  EXPECT_FALSE(full("[a-z]+", "abC"));
  EXPECT_TRUE(full("[-a]", "-"));
  EXPECT_TRUE(full("[a-]", "-"));
  EXPECT_TRUE(full(R"([a\-z])", "-"));
  EXPECT_FALSE(full(R"([a\-z])", "b"));
  EXPECT_TRUE(full(R"([\]\\])", "]"));
  EXPECT_TRUE(full(R"([\]\\])", "\\"));
  EXPECT_TRUE(full(R"([\d.]+)", "3.14"));
  EXPECT_TRUE(full(R"([^\d]+)", "abc"));
  EXPECT_FALSE(full(R"([^\d]+)", "a1"));
  EXPECT_TRUE(full(R"([\b])", "\b"));  // backspace inside a class
  EXPECT_TRUE(full("[é]", "é"));
  EXPECT_TRUE(full("[à-ÿ]+", "éüà"));
  EXPECT_FALSE(full("[à-ÿ]+", "ß"));  // U+00DF, just below à
  EXPECT_FALSE(full("[]", "a"));  // ECMAScript: the empty class matches nothing
  EXPECT_TRUE(full("[^]", "\n"));  // ... and its negation anything
  EXPECT_TRUE(full("[$^.*+?(){}|]+", "$^.*+?(){}|"));  // metacharacters are plain inside a class
}

TEST(PatternMatch, ClassEscapes) {
  EXPECT_TRUE(full(R"(\d+)", "0123456789"));
  EXPECT_FALSE(full(R"(\d)", "a"));
  EXPECT_FALSE(full(R"(\d)", "٣"));  // Arabic-Indic digit: ECMAScript \d is ASCII only
  EXPECT_TRUE(full(R"(\D)", "a"));
  EXPECT_FALSE(full(R"(\D)", "5"));
  EXPECT_TRUE(full(R"(\w+)", "Abc_09"));
  EXPECT_FALSE(full(R"(\w)", "é"));
  EXPECT_TRUE(full(R"(\W)", "é"));
  EXPECT_TRUE(full(R"(\s+)", " \t\n\r\f\v\u00A0\u2003\u3000\uFEFF"));
  EXPECT_FALSE(full(R"(\s)", "x"));
  EXPECT_TRUE(full(R"(\S+)", "x-y"));
  EXPECT_FALSE(full(R"(\S)", " "));
}

TEST(PatternMatch, CharacterEscapes) {
  EXPECT_TRUE(full(R"(\t\n\r\f\v)", "\t\n\r\f\v"));
  EXPECT_TRUE(full(R"(a\0b)", std::string("a\0b", 3)));
  EXPECT_TRUE(full(R"(\x41\x7a)", "Az"));
  EXPECT_TRUE(full(R"(\u00e9\u20AC)", "é€"));
  EXPECT_TRUE(full(R"(\uD83D\uDE00)", "😀"));  // a surrogate pair is one character
  EXPECT_TRUE(full(R"([\x30-\x39]+)", "42"));
  EXPECT_TRUE(full(R"([\u00e0-\u00ff])", "ü"));
}

TEST(PatternMatch, Anchors) {
  EXPECT_TRUE(full("^abc$", "abc"));
  EXPECT_TRUE(full("^^abc$$", "abc"));
  EXPECT_FALSE(full("a^b", "ab"));  // not multiline: ^ holds only at the start
  EXPECT_FALSE(full("a$b", "ab"));
  EXPECT_FALSE(full("a$\nb", "a\nb"));
  EXPECT_TRUE(full("(^a|b)+", "ab"));
  EXPECT_FALSE(full("(^a|b)+", "ba"));
}

TEST(PatternMatch, WordBoundaries) {
  EXPECT_TRUE(full(R"(\bfoo\b)", "foo"));
  EXPECT_TRUE(full(R"(\w+\b \b\w+)", "two words"));
  EXPECT_FALSE(full(R"(a\bb)", "ab"));
  EXPECT_TRUE(full(R"(a\Bb)", "ab"));
  EXPECT_FALSE(full(R"(a\B b)", "a b"));
  EXPECT_TRUE(full(R"(\B-\B)", "-"));
  EXPECT_FALSE(full(R"(\b)", ""));
  EXPECT_TRUE(full(R"(\B)", ""));
  EXPECT_TRUE(full(R"(.\b.)", "éa"));  // é is not an ECMAScript word character
}

TEST(PatternMatch, GroupsAndAlternation) {
  EXPECT_TRUE(full("(ab)+", "ababab"));
  EXPECT_FALSE(full("(ab)+", "aba"));
  EXPECT_TRUE(full("(?:ab|cd)*", "abcdab"));
  EXPECT_TRUE(full("(?:ab|cd)*", ""));
  EXPECT_TRUE(full("cat|dog", "dog"));
  EXPECT_FALSE(full("cat|dog", "catdog"));
  EXPECT_TRUE(full("a|", ""));
  EXPECT_TRUE(full("|a", "a"));
  EXPECT_TRUE(full("()", ""));
  EXPECT_TRUE(full("(a|ab)(c|bcd)(d*)", "abcd"));
  EXPECT_TRUE(full("((a|b)(c|d))+", "adbcac"));
}

TEST(PatternMatch, Quantifiers) {
  EXPECT_TRUE(full("a*", ""));
  EXPECT_TRUE(full("a*", "aaaa"));
  EXPECT_FALSE(full("a+", ""));
  EXPECT_TRUE(full("a+", "aaa"));
  EXPECT_TRUE(full("colou?r", "color"));
  EXPECT_TRUE(full("colou?r", "colour"));
  EXPECT_FALSE(full("colou?r", "colouur"));
  EXPECT_TRUE(full("a{3}", "aaa"));
  EXPECT_FALSE(full("a{3}", "aa"));
  EXPECT_FALSE(full("a{3}", "aaaa"));
  EXPECT_TRUE(full("a{2,}", "aaaaa"));
  EXPECT_FALSE(full("a{2,}", "a"));
  EXPECT_TRUE(full("a{1,3}", "aaa"));
  EXPECT_FALSE(full("a{1,3}", "aaaa"));
  EXPECT_FALSE(full("a{1,3}", ""));
  EXPECT_TRUE(full("a{0}", ""));
  EXPECT_TRUE(full("a{0,0}b", "b"));
  EXPECT_TRUE(full("(ab){2}", "abab"));
  EXPECT_TRUE(full("^[0-9]{1,5}([-,][0-9]{1,5})*$", "80,443,8000-8080"));
  EXPECT_FALSE(full("^[0-9]{1,5}([-,][0-9]{1,5})*$", "123456"));
  // Lazy forms parse and, since the whole text must match, accept the same texts.
  for (const char* p : {"a*?", "a+?b", "a??", "a{2}?", "a{2,}?", "a{1,3}?"}) EXPECT_TRUE(pattern::compile(p).pattern) << p;
  EXPECT_TRUE(full("a+?b", "aaab"));
  EXPECT_TRUE(full("a{1,3}?", "aaa"));
  // Repeated empty matches cannot loop forever.
  EXPECT_TRUE(full("(a*)*", "aaa"));
  EXPECT_TRUE(full("(a*)+b", "b"));
  EXPECT_TRUE(full("(?:)*x", "x"));
  EXPECT_TRUE(full("(^)*a", "a"));
  EXPECT_TRUE(full("(\\b)+a", "a"));
}

TEST(PatternMatch, RealPatternsFromTemplates) {
  const std::string email = R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)";
  EXPECT_TRUE(full(email, "ana.lopez@example.com"));
  EXPECT_FALSE(full(email, "ana lopez@example.com"));
  EXPECT_FALSE(full(email, "ana@example"));
  EXPECT_TRUE(full("^[A-Za-z0-9 .&-]+$", "R&D Ltd."));
  EXPECT_FALSE(full("^[A-Za-z0-9 .&-]+$", "R&D Ltd!"));
}

}  // namespace
}  // namespace sw
