// test_expr_parser.cpp — expression syntax: precedence, literals, every error message, and the limits.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/expr/evaluator.h"
#include "core/expr/parser.h"

namespace {

using namespace sw::expr;

std::string eval(const std::string& text, const std::string& data = "{}") {
  ParseResult p = parse(text);
  if (!p.ok()) return "error: " + p.error->text();
  ValueScope scope = ValueScope::from_json(nlohmann::json::parse(data));
  return to_json_string(evaluate(p.expression, scope, EvalContext::at(2024, 5, 15)));
}

std::string error(const std::string& text, const ParseLimits& limits = {}) {
  ParseResult p = parse(text, limits);
  return p.ok() ? "ok" : p.error->text();
}

TEST(ExprParser, PrecedenceFollowsSurveyJs) {
  EXPECT_EQ(eval("1 + 2 * 3"), "7");
  EXPECT_EQ(eval("(1 + 2) * 3"), "9");
  EXPECT_EQ(eval("2 * 3 ^ 2"), "18");
  EXPECT_EQ(eval("2 ^ 3 ^ 2"), "64");  // left-associative, as in SurveyJS
  EXPECT_EQ(eval("10 - 2 - 3"), "5");
  EXPECT_EQ(eval("1 + 1 = 2"), "true");
  EXPECT_EQ(eval("true or false and false"), "true");
  EXPECT_EQ(eval("(true or false) and false"), "false");
  EXPECT_EQ(eval("1 < 2 = true"), "true");
  EXPECT_EQ(eval("[1,2] contains 2 = true"), "true");  // contains binds tighter than =
  EXPECT_EQ(eval("-2 ^ 2"), "4");                      // -2 is one literal
  EXPECT_EQ(eval("2*-3"), "-6");
  EXPECT_EQ(eval("1 - -1"), "2");
  EXPECT_EQ(eval("!{a} and {b}", R"({"a":false,"b":true})"), "true");  // ! applies to one operand
  EXPECT_EQ(eval("!{a} empty", R"({"a":""})"), "false");                // ...which may carry `empty`
}

TEST(ExprParser, OperatorSpellings) {
  EXPECT_EQ(eval("1 == 1"), "true");
  EXPECT_EQ(eval("1 equal 1"), "true");
  EXPECT_EQ(eval("1 equals 1"), "true");
  EXPECT_EQ(eval("1 <> 2"), "true");
  EXPECT_EQ(eval("1 notequal 2"), "true");
  EXPECT_EQ(eval("1 notequals 2"), "true");
  EXPECT_EQ(eval("2 => 1"), "true");
  EXPECT_EQ(eval("1 =< 2"), "true");
  EXPECT_EQ(eval("1 LESS 2"), "true");
  EXPECT_EQ(eval("2 greater 1"), "true");
  EXPECT_EQ(eval("1 lessorequal 1"), "true");
  EXPECT_EQ(eval("1 greaterorequal 2"), "false");
  EXPECT_EQ(eval("true && false || true"), "true");
  EXPECT_EQ(eval("true AND false OR true"), "true");
  EXPECT_EQ(eval("2 power 3"), "8");
  EXPECT_EQ(eval("'abc' *= 'B'"), "true");
  EXPECT_EQ(eval("'abc' contain 'B'"), "true");
  EXPECT_EQ(eval("'abc' notcontain 'x'"), "true");
  EXPECT_EQ(eval("negate true"), "false");
  EXPECT_EQ(eval("not {a}", R"({"a":true})"), "false");
  EXPECT_EQ(eval("not({a} = 1)", R"({"a":1})"), "false");
}

TEST(ExprParser, Literals) {
  EXPECT_EQ(eval("'it\\'s'"), "\"it's\"");
  EXPECT_EQ(eval("\"say \\\"hi\\\"\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(eval("'a\\b'"), "\"a\\\\b\"");  // other backslashes are kept
  EXPECT_EQ(eval("''"), "\"\"");
  EXPECT_EQ(eval("\"\""), "\"\"");
  EXPECT_EQ(eval("TRUE"), "true");
  EXPECT_EQ(eval("False"), "false");
  EXPECT_EQ(eval("null"), "null");
  EXPECT_EQ(eval("undefined"), "null");
  EXPECT_EQ(eval("12.50"), "12.5");
  EXPECT_EQ(eval("0x10"), "16");
  EXPECT_EQ(eval("[1, 'a', [true]]"), "[1,\"a\",[true]]");
  EXPECT_EQ(eval("[]"), "[]");
  EXPECT_EQ(eval("abc"), "\"abc\"");  // SurveyJS reads a bare word as text
  EXPECT_EQ(eval("{\"a\": [1, 2]}"), "{\"a\":[1,2]}");  // and {"key": value} as an object
}

TEST(ExprParser, KeywordsMatchAsPrefixesLikeSurveyJs) {
  EXPECT_EQ(eval("{a} orange", R"({"a":0})"), "\"ange\"");  // {a} or 'ange'
  EXPECT_EQ(eval("negatefoo"), "false");                     // negate 'foo'
  EXPECT_EQ(eval("{a} = empty", R"({"a":"empty"})"), "true");
}

TEST(ExprParser, SyntaxErrorMessages) {
  EXPECT_EQ(error("(1 + 2"), "column 7: expected ')' to close '(' opened at column 1 but found the end of the expression");
  EXPECT_EQ(error("1 + (2 * 3"), "column 11: expected ')' to close '(' opened at column 5 but found the end of the expression");
  EXPECT_EQ(error("iif(1, 2"), "column 9: expected ',' or ')' to close the call of 'iif' opened at column 4 but found the end of the expression");
  EXPECT_EQ(error("[1, 2"), "column 6: expected ',' or ']' to close '[' opened at column 1 but found the end of the expression");
  EXPECT_EQ(error("{a"), "column 3: expected '}' to close '{' opened at column 1 but found the end of the expression");
  EXPECT_EQ(error("{a{b}}"), "column 3: expected '}' to close '{' opened at column 1 but found '{'");
  EXPECT_EQ(error("{} = 1"), "column 1: empty reference: expected a name between '{' and '}'");
  EXPECT_EQ(error("'abc"), "column 5: expected ' to close the string opened at column 1 but found the end of the expression");
  EXPECT_EQ(error("\"abc"), "column 5: expected \" to close the string opened at column 1 but found the end of the expression");
  EXPECT_EQ(error("'a\"b'"), "column 3: unexpected \" inside the string opened at column 1 (write \\\" to include it)");
  EXPECT_EQ(error("1 +"), "column 4: expected a value but found the end of the expression");
  EXPECT_EQ(error("1 + )"), "column 5: expected a value but found ')'");
  EXPECT_EQ(error("sum(,1)"), "column 5: expected a value but found ','");
  EXPECT_EQ(error("1 + #"), "column 5: expected a value (number, 'string', {reference}, function call, '(' or '[') but found '#'");
  EXPECT_EQ(error("- {a}"), "column 1: expected a value but found '-': a minus sign must be followed directly by digits (write 0 - x to negate a value)");
  EXPECT_EQ(error("!"), "column 2: expected a value after '!' but found the end of the expression");
  EXPECT_EQ(error("1 2"), "column 3: expected an operator or the end of the expression but found '2'");
  EXPECT_EQ(error("1e3"), "column 2: expected an operator or the end of the expression but found 'e'");
  EXPECT_EQ(error("1)"), "column 2: unexpected ')': there is no '(' for it to close");
  EXPECT_EQ(error("1]"), "column 2: unexpected ']': there is no '[' for it to close");
  EXPECT_EQ(error("1, 2"), "column 2: unexpected ',' outside a function call or array");
  EXPECT_EQ(error("iif (1, 2, 3)"), "column 5: expected an operator or the end of the expression but found '(': write a function call without a space before '('");
  EXPECT_EQ(error(""), "column 1: the expression is empty: expected a value or a condition");
  EXPECT_EQ(error("   "), "column 1: the expression is empty: expected a value or a condition");
  EXPECT_EQ(error("'é' = ü"), "column 7: expected a value (number, 'string', {reference}, function call, '(' or '[') but found 'ü'");
}

TEST(ExprParser, LengthLimit) {
  ParseLimits limits;
  limits.max_length = 10;
  EXPECT_EQ(error("1+1+1+1+1+1", limits), "column 1: expression is too long: 11 bytes, the limit is 10");
  EXPECT_EQ(error("1+1+1+1+1", limits), "ok");
  std::string chain = "1";
  for (int i = 0; i < 1000000; ++i) chain += "+1";
  EXPECT_EQ(error(chain), "column 1: expression is too long: 2000001 bytes, the limit is 65536");
}

TEST(ExprParser, LongChainsEvaluateWithoutDeepRecursion) {
  std::string chain = "1";
  for (int i = 0; i < 30000; ++i) chain += "+1";  // 60001 bytes: under the length limit
  EXPECT_EQ(eval(chain), "30001");
  std::string ands = "true";
  for (int i = 0; i < 6000; ++i) ands += " and true";  // 54004 bytes
  EXPECT_EQ(eval(ands), "true");
}

TEST(ExprParser, DepthLimit) {
  std::string ok = std::string(200, '(') + "1" + std::string(200, ')');
  EXPECT_EQ(eval(ok), "1");
  std::string deep = std::string(201, '(') + "1" + std::string(201, ')');
  EXPECT_EQ(error(deep),
            "column 201: expression is nested too deeply: more than 200 levels of parentheses, brackets, function "
            "calls or negations");
  EXPECT_NE(error(std::string(100000, '(')), "ok");  // reported (too long), never a stack overflow
  ParseLimits big;
  big.max_length = 1 << 20;
  EXPECT_EQ(error(std::string(100000, '('), big).substr(0, 48), "column 201: expression is nested too deeply: mor");
  EXPECT_EQ(error(std::string(300, '!') + "true").substr(0, 44), "column 201: expression is nested too deeply:");
  EXPECT_EQ(error(std::string(300, '[')).substr(0, 44), "column 201: expression is nested too deeply:");
  std::string calls;
  for (int i = 0; i < 300; ++i) calls += "sum(";
  EXPECT_EQ(error(calls).substr(0, 44), "column 801: expression is nested too deeply:");
}

TEST(ExprParser, ReferencesAreSplitIntoSegments) {
  ParseResult p = parse("{group[0].field} + {entry.x} + {#raw} + {a.b[-1]}");
  ASSERT_TRUE(p.ok());
  const auto& refs = p.expression.references;
  ASSERT_EQ(refs.size(), 4u);
  ASSERT_EQ(refs[0].segments.size(), 3u);
  EXPECT_EQ(refs[0].segments[0].name, "group");
  EXPECT_TRUE(refs[0].segments[1].is_index());
  EXPECT_EQ(refs[0].segments[1].index, 0);
  EXPECT_EQ(refs[0].segments[2].name, "field");
  EXPECT_EQ(refs[1].segments.size(), 2u);
  EXPECT_TRUE(refs[2].raw);
  EXPECT_EQ(refs[2].text, "raw");
  ASSERT_EQ(refs[3].segments.size(), 3u);
  EXPECT_EQ(refs[3].segments[2].index, -1);
}

TEST(ExprParser, ColumnsCountCharactersNotBytes) {
  EXPECT_EQ(error("'ééé' + )"), "column 9: expected a value but found ')'");
}

}  // namespace
