// test_sanitizers.cpp — the native test build really runs under AddressSanitizer and UBSan (the `native`
// preset asks for them; a silently missing flag would make every memory-safety test meaningless).
#include <gtest/gtest.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SW_HAS_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SW_HAS_ASAN 1
#endif

namespace {

#ifdef SCOPEWRIGHT_EXPECT_SANITIZERS
TEST(Sanitizers, AddressSanitizerIsCompiledIn) {
#ifdef SW_HAS_ASAN
  SUCCEED();
#else
  FAIL() << "SCOPEWRIGHT_SANITIZE is ON but this code was not compiled with -fsanitize=address";
#endif
}

TEST(Sanitizers, AddressSanitizerCatchesAHeapOverflow) {
  EXPECT_DEATH(
      {
        volatile char* p = new char[8];
        p[8] = 1;  // one past the end
        delete[] p;
      },
      "heap-buffer-overflow");
}

TEST(Sanitizers, UndefinedBehaviorSanitizerCatchesSignedOverflow) {
  EXPECT_DEATH(
      {
        volatile int big = 0x7fffffff;
        volatile int r = big + 1;
        (void)r;
      },
      "signed integer overflow");
}
#else
TEST(Sanitizers, NotRequestedInThisBuild) { GTEST_SKIP() << "configure with SCOPEWRIGHT_SANITIZE=ON (preset native)"; }
#endif

}  // namespace
