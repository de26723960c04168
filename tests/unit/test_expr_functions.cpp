// test_expr_functions.cpp — every built-in function, with SurveyJS's argument handling.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/expr/evaluator.h"
#include "core/expr/functions.h"
#include "core/expr/parser.h"

namespace {

using namespace sw::expr;

const char* kData = R"({"arr":[1,2,3],"mixed":[1,"2","x",null],"born":"2000-02-29",
  "group":[{"name":"A","qty":2,"price":10.5,"ok":true},{"name":"b","qty":"3","price":0.1,"ok":false},
           {"name":"C","qty":null,"price":0.2,"ok":true}]})";

std::string eval(const std::string& text, const std::string& data = kData) {
  ParseResult p = parse(text);
  if (!p.ok()) return "error: " + p.error->text();
  ValueScope scope = ValueScope::from_json(nlohmann::json::parse(data));
  return to_json_string(evaluate(p.expression, scope, EvalContext::at(2024, 5, 15, 10, 30, 0)));
}

TEST(ExprFunctions, TableIsSortedAndComplete) {
  auto all = all_functions();
  ASSERT_GE(all.size(), 27u);
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LT(std::string(all[i - 1].name), std::string(all[i].name));
  for (const auto& f : all) EXPECT_EQ(find_function(f.name), &f) << f.name;
  EXPECT_EQ(find_function("IIF"), nullptr);  // names are case-sensitive, as in SurveyJS
}

TEST(ExprFunctions, Aggregates) {
  EXPECT_EQ(eval("sum(1, 2, 3)"), "6");
  EXPECT_EQ(eval("sum({arr}, 4)"), "10");
  EXPECT_EQ(eval("sum(0.1, 0.2)"), "0.3");
  EXPECT_EQ(eval("sum({missing})"), "0");
  EXPECT_EQ(eval("sum({mixed})"), "\"3x\"");  // SurveyJS adds with JS `+`
  EXPECT_EQ(eval("min(3, 1, 2)"), "1");
  EXPECT_EQ(eval("min({arr})"), "1");
  EXPECT_EQ(eval("min({missing})"), "null");
  EXPECT_EQ(eval("max({arr}, 10)"), "10");
  EXPECT_EQ(eval("max('b', 'a')"), "\"b\"");
  EXPECT_EQ(eval("avg(1, 2, 3, 4)"), "2.5");
  EXPECT_EQ(eval("avg({missing})"), "0");
  EXPECT_EQ(eval("count({arr}, {missing}, 5)"), "4");
  EXPECT_EQ(eval("count({mixed})"), "3");
}

TEST(ExprFunctions, Rounding) {
  EXPECT_EQ(eval("round(2.5)"), "3");
  EXPECT_EQ(eval("round(-2.5)"), "-3");  // SurveyJS scales by (1 + EPSILON) first
  EXPECT_EQ(eval("round(1.005, 2)"), "1.01");
  EXPECT_EQ(eval("round(1234.5678, -2)"), "1200");
  EXPECT_EQ(eval("round('3.7')"), "4");
  EXPECT_EQ(eval("round('abc')"), "null");
  EXPECT_EQ(eval("trunc(2.789)"), "2");
  EXPECT_EQ(eval("trunc(2.789, 1)"), "2.7");
  EXPECT_EQ(eval("trunc(-2.789, 2)"), "-2.78");
  EXPECT_EQ(eval("trunc(2.789, 0)"), "2");
}

TEST(ExprFunctions, Iif) {
  EXPECT_EQ(eval("iif(true, 'yes', 'no')"), "\"yes\"");
  EXPECT_EQ(eval("iif(0, 'yes', 'no')"), "\"no\"");
  EXPECT_EQ(eval("iif('0', 'yes', 'no')"), "\"yes\"");  // any non-empty text is truthy
  EXPECT_EQ(eval("iif([], 'yes', 'no')"), "\"yes\"");
  EXPECT_EQ(eval("iif(false, 1)"), "null");
  EXPECT_EQ(eval("iif(true)"), "null");
}

TEST(ExprFunctions, Dates) {
  EXPECT_EQ(eval("today()"), "\"2024-05-15T00:00:00.000Z\"");
  EXPECT_EQ(eval("today(1)"), "\"2024-05-16T00:00:00.000Z\"");
  EXPECT_EQ(eval("today(-15)"), "\"2024-04-30T00:00:00.000Z\"");
  EXPECT_EQ(eval("currentDate()"), "\"2024-05-15T10:30:00.000Z\"");
  EXPECT_EQ(eval("currentYear()"), "2024");
  EXPECT_EQ(eval("getDate('2024-01-05')"), "\"2024-01-05T00:00:00.000Z\"");
  EXPECT_EQ(eval("getDate('01/05/2024')"), "\"2024-01-05T00:00:00.000Z\"");
  EXPECT_EQ(eval("getDate('garbage')"), "null");
  EXPECT_EQ(eval("getDate('')"), "null");
  EXPECT_EQ(eval("age({born})"), "24");
  EXPECT_EQ(eval("age('2000-05-16')"), "23");
  EXPECT_EQ(eval("age('2000-05-16', 'months')"), "287");
  EXPECT_EQ(eval("age({missing})"), "null");
  EXPECT_EQ(eval("dateDiff('2024-01-01', '2024-03-01')"), "60");
  EXPECT_EQ(eval("dateDiff('2024-01-01', '2024-03-01', 'months')"), "2");
  EXPECT_EQ(eval("dateDiff('2020-01-01', '2024-03-01', 'years')"), "4");
  EXPECT_EQ(eval("dateDiff('2024-01-01T00:00', '2024-01-01T05:30', 'hours')"), "6");
  EXPECT_EQ(eval("dateDiff('2024-01-01T00:00', '2024-01-01T05:30', 'minutes')"), "330");
  EXPECT_EQ(eval("dateDiff('2024-01-01T00:00', '2024-01-01T00:00:10', 'seconds')"), "10");
  EXPECT_EQ(eval("dateAdd('2024-01-31', 1, 'months')"), "\"2024-03-02T00:00:00.000Z\"");
  EXPECT_EQ(eval("dateAdd('2024-01-31', 10)"), "\"2024-02-10T00:00:00.000Z\"");
  EXPECT_EQ(eval("dateAdd('2024-02-29', 1, 'years')"), "\"2025-03-01T00:00:00.000Z\"");
  EXPECT_EQ(eval("dateAdd('2024-01-01', 90, 'minutes')"), "\"2024-01-01T01:30:00.000Z\"");
  EXPECT_EQ(eval("dateAdd('2024-01-01', 0)"), "null");  // SurveyJS ignores a zero amount
  EXPECT_EQ(eval("getYear('2020-06-01')"), "2020");
  EXPECT_EQ(eval("diffDays('2024-01-01', '2024-12-31')"), "365");
  EXPECT_EQ(eval("diffDays({missing}, '2024-01-01')"), "0");
  EXPECT_EQ(eval("year()"), "2024");
  EXPECT_EQ(eval("month('2001-02-03')"), "2");
  EXPECT_EQ(eval("day('2001-02-03')"), "3");
  EXPECT_EQ(eval("weekday('2001-02-03')"), "6");
  EXPECT_EQ(eval("weekday()"), "3");
}

TEST(ExprFunctions, Substring) {
  EXPECT_EQ(eval("substring('hello', 1, 3)"), "\"el\"");
  EXPECT_EQ(eval("substring('hello', 2)"), "\"llo\"");
  EXPECT_EQ(eval("substring('hello', 3, 1)"), "\"el\"");
  EXPECT_EQ(eval("substring('héllo', 1, 3)"), "\"él\"");
  EXPECT_EQ(eval("substring(5, 1)"), "\"\"");
}

TEST(ExprFunctions, InArray) {
  EXPECT_EQ(eval("sumInArray({group}, 'qty')"), "5");
  EXPECT_EQ(eval("sumInArray({group}, 'price')"), "10.8");
  EXPECT_EQ(eval("sumInArray({group}, 'qty', {ok} = true)"), "2");
  EXPECT_EQ(eval("sumInArray({group}, 'qty', '{ok} = false')"), "3");  // a text condition works too
  EXPECT_EQ(eval("countInArray({group}, 'name', {ok})"), "2");
  EXPECT_EQ(eval("avgInArray({group}, 'qty')"), "2.5");
  EXPECT_EQ(eval("minInArray({group}, 'price')"), "0.1");
  EXPECT_EQ(eval("maxInArray({group}, 'price', 'name')"), "\"A\"");
  EXPECT_EQ(eval("minInArray({group}, 'price', 'name', {ok} = true)"), "\"C\"");
  EXPECT_EQ(eval("sumInArray({missing}, 'qty')"), "0");
  EXPECT_EQ(eval("minInArray({group}, 'nothing')"), "null");
}

TEST(ExprFunctions, InArrayConditionsCannotRecurseForever) {
  // An answer holding a condition that calls the same function again stops at a fixed depth.
  std::string data = R"({"c":"sumInArray({g}, 'v', {c}) + 1","g":[{"v":1}]})";
  EXPECT_EQ(eval("sumInArray({g}, 'v', {c})", data), "1");  // terminates, with survey-core's answer
}

TEST(ExprFunctions, UnknownFunctionsEvaluateToNull) {
  EXPECT_EQ(eval("nosuch(1)"), "null");
  EXPECT_EQ(eval("IIF(true, 1, 2)"), "null");
}

}  // namespace
