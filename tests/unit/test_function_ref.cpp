// test_function_ref.cpp — FunctionRef calls the callable it refers to (not a copy), with arguments forwarded.
#include "core/function_ref.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace sw {
namespace {

int apply(FunctionRef<int(int)> f, int x) { return f(x); }
int twice(int x) { return 2 * x; }

TEST(FunctionRef, CallsALambdaWithItsCaptures) {
  int offset = 5;
  EXPECT_EQ(apply([&](int x) { return x + offset; }, 1), 6);
  offset = 10;
  EXPECT_EQ(apply([&](int x) { return x + offset; }, 1), 11);
}

TEST(FunctionRef, CallsAFunctionPointer) { EXPECT_EQ(apply(&twice, 4), 8); }

TEST(FunctionRef, RefersToTheCallableRatherThanACopy) {
  struct Counter {
    int calls = 0;
    void operator()() { ++calls; }
  } counter;
  FunctionRef<void()> f(counter);
  f();
  f();
  EXPECT_EQ(counter.calls, 2);
}

TEST(FunctionRef, AVoidSignatureDropsTheResult) {
  int seen = 0;
  auto returns_something = [&](int x) {
    seen = x;
    return std::string("ignored");
  };
  FunctionRef<void(int)> f(returns_something);
  f(7);
  EXPECT_EQ(seen, 7);
}

TEST(FunctionRef, ForwardsMoveOnlyArgumentsAndConvertsTheResult) {
  auto take = [](std::unique_ptr<int> p) { return *p; };  // int result to a long signature
  FunctionRef<long(std::unique_ptr<int>)> f(take);
  EXPECT_EQ(f(std::make_unique<int>(42)), 42L);
}

TEST(FunctionRef, CallsAConstCallable) {
  const auto add = [](int a, int b) { return a + b; };
  FunctionRef<int(int, int)> f(add);
  EXPECT_EQ(f(2, 3), 5);
}

}  // namespace
}  // namespace sw
