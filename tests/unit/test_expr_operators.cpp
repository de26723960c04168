// test_expr_operators.cpp — every operator with SurveyJS's coercions (numbers in text, case, empty values).
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/expr/evaluator.h"
#include "core/expr/operators.h"
#include "core/expr/parser.h"

namespace {

using namespace sw::expr;

const char* kData = R"({"n":1,"s1":"1","s007":"007","txt":"Hello World","arr":[1,2,3],"sarr":["a","b"],
  "none":null,"empty":"","earr":[],"eobj":{},"obj":{"a":1},"t":"true","f":"FALSE","comma":"1,5","q":"'x'",
  "d":"2024-05-15","dt":"2024-05-15T08:45:00"})";

std::string eval(const std::string& text, const std::string& data = kData) {
  ParseResult p = parse(text);
  if (!p.ok()) return "error: " + p.error->text();
  ValueScope scope = ValueScope::from_json(nlohmann::json::parse(data));
  return to_json_string(evaluate(p.expression, scope, EvalContext::at(2024, 5, 15, 10, 30, 0)));
}

TEST(ExprOperators, Equality) {
  EXPECT_EQ(eval("1 = 1"), "true");
  EXPECT_EQ(eval("1 = '1'"), "true");           // numbers and numeric text are equal
  EXPECT_EQ(eval("{s1} = 1"), "true");          // an answer "1" reads as the number 1
  EXPECT_EQ(eval("{s007}"), "\"007\"");         // ...but "007" stays text
  EXPECT_EQ(eval("{s007} = 7"), "true");        // (which still equals 7 numerically)
  EXPECT_EQ(eval("'ABC' = 'abc'"), "true");     // case-insensitive
  EXPECT_EQ(eval("' abc ' = 'abc'"), "true");   // trimmed
  EXPECT_EQ(eval("{none} = ''"), "true");       // null equals ""
  EXPECT_EQ(eval("{missing} = null"), "true");
  EXPECT_EQ(eval("{missing} = 0"), "false");
  EXPECT_EQ(eval("0 = false"), "true");         // JS loose equality decides the rest
  EXPECT_EQ(eval("1 = true"), "true");
  EXPECT_EQ(eval("2 = true"), "false");
  EXPECT_EQ(eval("'yes' = true"), "false");
  EXPECT_EQ(eval("'true' = true"), "true");
  EXPECT_EQ(eval("{t} = true"), "true");        // "true" answers read as booleans
  EXPECT_EQ(eval("{f} = false"), "true");
  EXPECT_EQ(eval("{arr} = [3, 1, 2]"), "true"); // arrays ignore order
  EXPECT_EQ(eval("{arr} = [1, 2]"), "false");
  EXPECT_EQ(eval("{obj} = {obj}"), "true");
  EXPECT_EQ(eval("{missing} = 'undefined'"), "true");
  EXPECT_EQ(eval("1 != 2"), "true");
  EXPECT_EQ(eval("'a' != 'A'"), "false");
}

TEST(ExprOperators, Ordering) {
  EXPECT_EQ(eval("1 < 2"), "true");
  EXPECT_EQ(eval("'10' < '9'"), "true");  // text compares as text
  EXPECT_EQ(eval("'10' < 9"), "false");   // text against a number compares as numbers
  EXPECT_EQ(eval("'B' < 'a'"), "true");   // case-sensitive, unlike =
  EXPECT_EQ(eval("'a' <= 'A'"), "true");  // <= is "= or <", and = ignores case
  EXPECT_EQ(eval("{missing} < 1"), "false");
  EXPECT_EQ(eval("{missing} > 1"), "false");
  EXPECT_EQ(eval("{missing} <= null"), "true");
  EXPECT_EQ(eval("2 >= 2"), "true");
  EXPECT_EQ(eval("'abc' > 1"), "false");
  EXPECT_EQ(eval("true > false"), "true");
}

TEST(ExprOperators, Arithmetic) {
  EXPECT_EQ(eval("0.1 + 0.2"), "0.3");  // decimal noise is rounded away, as in SurveyJS
  EXPECT_EQ(eval("0.3 - 0.1"), "0.2");
  EXPECT_EQ(eval("0.1 * 3"), "0.3");
  EXPECT_EQ(eval("1 / 3"), "0.3333333333333333");
  EXPECT_EQ(eval("7 % 3"), "1");
  EXPECT_EQ(eval("-7 % 3"), "-1");
  EXPECT_EQ(eval("2 ^ 10"), "1024");
  EXPECT_EQ(eval("1 / 0"), "null");  // division by zero is null
  EXPECT_EQ(eval("1 % 0"), "null");
  EXPECT_EQ(eval("'3' * '4'"), "12");
  EXPECT_EQ(eval("'a' - 1"), "null");  // NaN prints as null
  EXPECT_EQ(eval("1 + '2'"), "\"12\"");
  EXPECT_EQ(eval("'a' + 1"), "\"a1\"");
  EXPECT_EQ(eval("{comma} + 1"), "2.5");  // "1,5" reads as 1.5
  EXPECT_EQ(eval("{missing} + 1"), "1");  // empty operands count as 0 / "" / []
  EXPECT_EQ(eval("{missing} + 'x'"), "\"x\"");
  EXPECT_EQ(eval("{missing} + {missing}"), "0");
  EXPECT_EQ(eval("[1, 2] + [3]"), "[1,2,3]");
  EXPECT_EQ(eval("[1, 2] + 3"), "6");
  EXPECT_EQ(eval("[1, 2] + 'x'"), "\"1, 2x\"");
  EXPECT_EQ(eval("true + 1"), "2");
  EXPECT_EQ(eval("NaNish - 1"), "null");
  EXPECT_EQ(eval("1 ^ 'a'"), "null");
  EXPECT_EQ(eval("'a' ^ 0"), "1");
}

TEST(ExprOperators, LogicalReturnOperandsLikeJavaScript) {
  EXPECT_EQ(eval("true and false"), "false");
  EXPECT_EQ(eval("1 and 2"), "2");
  EXPECT_EQ(eval("0 or 'x'"), "\"x\"");
  EXPECT_EQ(eval("'' or 'x'"), "\"x\"");
  EXPECT_EQ(eval("null or null"), "0");  // empty operands become 0 first
  EXPECT_EQ(eval("{missing} and true"), "0");
  EXPECT_EQ(eval("!true"), "false");
  EXPECT_EQ(eval("!0"), "true");
  EXPECT_EQ(eval("![]"), "false");  // arrays are truthy
  EXPECT_EQ(eval("!'false'"), "false");
  EXPECT_EQ(eval("!{f}"), "true");
}

TEST(ExprOperators, EmptyAndNotEmpty) {
  EXPECT_EQ(eval("{missing} empty"), "true");
  EXPECT_EQ(eval("{none} empty"), "true");
  EXPECT_EQ(eval("{empty} empty"), "true");
  EXPECT_EQ(eval("{earr} empty"), "true");
  EXPECT_EQ(eval("{eobj} empty"), "true");
  EXPECT_EQ(eval("{obj} empty"), "false");
  EXPECT_EQ(eval("0 empty"), "false");
  EXPECT_EQ(eval("false empty"), "false");
  EXPECT_EQ(eval("{arr} notempty"), "true");
  EXPECT_EQ(eval("{empty} notempty"), "false");
}

TEST(ExprOperators, ContainsAndNotContains) {
  EXPECT_EQ(eval("{txt} contains 'world'"), "true");  // case-insensitive substring
  EXPECT_EQ(eval("{txt} notcontains 'world'"), "false");
  EXPECT_EQ(eval("{arr} contains 2"), "true");
  EXPECT_EQ(eval("{arr} contains '2'"), "true");
  EXPECT_EQ(eval("{arr} contains [1, 3]"), "true");  // every right item must be there
  EXPECT_EQ(eval("{arr} contains [1, 4]"), "false");
  EXPECT_EQ(eval("{sarr} contains 'A'"), "true");
  EXPECT_EQ(eval("{earr} contains 1"), "false");
  EXPECT_EQ(eval("{earr} notcontains 1"), "true");
  EXPECT_EQ(eval("{missing} contains 1"), "false");
  EXPECT_EQ(eval("{missing} notcontains 1"), "true");
  EXPECT_EQ(eval("123 contains 2"), "true");  // numbers are searched as text
  EXPECT_EQ(eval("'abc' contains ''"), "false");
  EXPECT_EQ(eval("{arr} contains"), "false");  // the right operand may be left out (null)
}

TEST(ExprOperators, AnyOfAllOfNoneOf) {
  EXPECT_EQ(eval("{arr} anyof [3, 4]"), "true");
  EXPECT_EQ(eval("{arr} anyof [4, 5]"), "false");
  EXPECT_EQ(eval("{arr} allof [1, 3]"), "true");
  EXPECT_EQ(eval("{arr} allof [1, 4]"), "false");
  EXPECT_EQ(eval("{arr} noneof [4, 5]"), "true");
  EXPECT_EQ(eval("'b' anyof ['a', 'B']"), "true");
  EXPECT_EQ(eval("{missing} anyof []"), "true");
  EXPECT_EQ(eval("{missing} anyof ['x']"), "false");
  EXPECT_EQ(eval("{arr} anyof {missing}"), "true");
  EXPECT_EQ(eval("{missing} allof [1]"), "false");
}

TEST(ExprOperators, DatesCompareWithText) {
  EXPECT_EQ(eval("today() = {d}"), "true");
  EXPECT_EQ(eval("today() > '2024-05-14'"), "true");
  EXPECT_EQ(eval("today() < '2024-05-16'"), "true");
  EXPECT_EQ(eval("currentDate() > {d}"), "false");  // the date loses the time the text lacks...
  EXPECT_EQ(eval("currentDate() = {d}"), "true");
  EXPECT_EQ(eval("getDate({dt}) = '2024-05-15'"), "true");
  EXPECT_EQ(eval("getDate({dt}) > '2024-05-15T08:00'"), "true");
  EXPECT_EQ(eval("today() + 1"), "\"Wed May 15 2024 00:00:00 GMT+0000 (Coordinated Universal Time)1\"");
}

TEST(ExprOperators, ReferencesConvertTextAnswers) {
  EXPECT_EQ(eval("{q}"), "\"x\"");         // quotes are stripped
  EXPECT_EQ(eval("{#s1}"), "\"1\"");       // {#name} keeps the raw answer
  EXPECT_EQ(eval("{N}"), "1");             // names match in any case
  EXPECT_EQ(eval("{arr[1]}"), "2");
  EXPECT_EQ(eval("{arr[-1]}"), "3");
  EXPECT_EQ(eval("{arr[9]}"), "null");
  EXPECT_EQ(eval("{arr.length}"), "3");
  EXPECT_EQ(eval("{txt.length}"), "11");
  EXPECT_EQ(eval("{missing.length}"), "0");
  EXPECT_EQ(eval("{g[0].x}", R"({"g":[{"x":5}]})"), "5");
  EXPECT_EQ(eval("{a.b}", R"({"a.b":"flat","a":{"b":"nested"}})"), "\"flat\"");  // dotted key first
  EXPECT_EQ(eval("{a.c}", R"({"a.b":"flat","a":{"c":"nested"}})"), "\"nested\"");
}

TEST(ExprOperators, ConditionVerdictIsLooseEqualityWithTrue) {
  EXPECT_TRUE(is_true(Value(true)));
  EXPECT_TRUE(is_true(Value(1.0)));
  EXPECT_TRUE(is_true(Value("1")));
  EXPECT_FALSE(is_true(Value(2.0)));
  EXPECT_FALSE(is_true(Value("true")));
  EXPECT_FALSE(is_true(Value()));
  EXPECT_TRUE(is_true(Value(Values{Value(1.0)})));
}

}  // namespace
