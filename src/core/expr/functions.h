// functions.h — the built-in functions (SurveyJS's FunctionFactory set that needs no survey object).
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "core/expr/value.h"

namespace sw::expr {

/// What a function can ask about its call besides the argument values.
class CallSite {
 public:
  /// The evaluation's current moment (naive local ms), for today()/age()/currentDate().
  virtual double now_ms() const = 0;
  /// True when argument i was written as a literal ('text', a bare word or a number), not computed.
  virtual bool arg_is_literal(std::size_t i) const = 0;
  /// A test of one array item against argument i used as a condition (the *InArray functions): a string
  /// argument is parsed as expression text, any other argument's own expression is used. Empty when the
  /// argument gives no usable condition.
  virtual std::function<bool(const Value& item)> condition(std::size_t i, const Value& arg_value) const = 0;

 protected:
  ~CallSite() = default;
};

using FunctionImpl = Value (*)(const std::vector<Value>& args, const CallSite& site);

struct FunctionInfo {
  const char* name;     // as called (case-sensitive, like SurveyJS)
  int min_args;
  int max_args;         // -1: no limit
  bool returns_number;  // the checker treats the result as a number
  FunctionImpl impl;
  const char* usage;    // "round(number, digits?)" for messages and docs
};

/// The built-in function with this exact name, or nullptr.
const FunctionInfo* find_function(std::string_view name);

/// Every built-in function, sorted by name.
std::span<const FunctionInfo> all_functions();

}  // namespace sw::expr
