// test_pattern_hostile.cpp — patterns that make a backtracking matcher (std::regex) take exponential time or
// overflow its stack: matched here in linear time, on short and on 100,000-character answers.
#include <gtest/gtest.h>

#include <chrono>

#include "core/pattern/pattern.h"

namespace sw {
namespace {

struct Case {
  const char* pattern;
  std::string text;
  bool expected;
};

TEST(PatternHostile, CatastrophicBacktrackingPatternsFinishAtOnce) {
  const std::string a30(30, 'a'), a100k(100000, 'a');
  std::string xs30(30, 'x'), xs100k(100000, 'x');
  const std::vector<Case> cases = {
      {"(a+)+$", a30, true},
      {"(a+)+$", a30 + "!", false},  // the classic: 2^30 paths for a backtracker
      {"(a+)+$", a100k, true},
      {"(a+)+$", a100k + "!", false},
      {"(a|a)*b", a30, false},
      {"(a|a)*b", a30 + "b", true},
      {"(a|a)*b", a100k, false},
      {"(a|a)*b", a100k + "b", true},
      {"(x+x+)+y", xs30, false},
      {"(x+x+)+y", xs30 + "y", true},
      {"(x+x+)+y", xs100k, false},
      {"(x+x+)+y", xs100k + "y", true},
      {"(a*)*b", a100k, false},
      {"(?:a?){30}a{30}", a30, true},  // the textbook exponential case for backtrackers
      {"(.*a){12}", std::string(30, 'a') + "b", false},
  };
  for (const Case& c : cases) {
    const auto compiled = pattern::compile(c.pattern);
    ASSERT_TRUE(compiled.pattern) << c.pattern;
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(compiled.pattern->matches(c.text), c.expected) << c.pattern << " on " << c.text.size() << " chars";
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    // Linear: a few steps per character. Generous: a Debug + ASan build on a busy machine (a backtracker takes hours).
    EXPECT_LT(ms, 5000) << c.pattern << " on " << c.text.size() << " chars took " << ms << " ms";
  }
}

TEST(PatternHostile, LongAnswersAreMatchedWithoutRecursion) {
  // std::regex recursed once per character (validate.cpp capped answers at 1,000 characters for that).
  const auto p = pattern::compile(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)");
  ASSERT_TRUE(p.pattern);
  const std::string local(200000, 'n');
  EXPECT_TRUE(p.pattern->matches(local + "@example.com"));
  EXPECT_FALSE(p.pattern->matches(local + " @example.com"));
  const auto any = pattern::compile("(.|\\n)*");
  ASSERT_TRUE(any.pattern);
  EXPECT_TRUE(any.pattern->matches(std::string(200000, '\n')));
}

TEST(PatternHostile, WorstCaseIsBoundedByProgramSizeTimesInput) {
  // The largest program allowed, with every thread alive at every character: cost ~5000 x length.
  const auto p = pattern::compile("(?:a?){2400}b");
  ASSERT_TRUE(p.pattern);
  EXPECT_LE(p.pattern->program_size(), 5001u);
  EXPECT_FALSE(p.pattern->matches(std::string(400, 'a')));
  EXPECT_TRUE(p.pattern->matches(std::string(400, 'a') + "b"));
}

}  // namespace
}  // namespace sw
