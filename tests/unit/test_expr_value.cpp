// test_expr_value.cpp — Value, JSON conversion and JavaScript-compatible number printing.
#include <gtest/gtest.h>

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/expr/js.h"
#include "core/expr/value.h"

namespace {

using namespace sw::expr;

TEST(ExprValue, NumbersPrintLikeJavaScript) {
  EXPECT_EQ(js::number_to_string(3), "3");
  EXPECT_EQ(js::number_to_string(-0.0), "0");
  EXPECT_EQ(js::number_to_string(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(js::number_to_string(1e21), "1e+21");
  EXPECT_EQ(js::number_to_string(123456789012345680000.0), "123456789012345680000");
  EXPECT_EQ(js::number_to_string(1.5e-7), "1.5e-7");
  EXPECT_EQ(js::number_to_string(0.000001), "0.000001");
  EXPECT_EQ(js::number_to_string(-2.5), "-2.5");
  EXPECT_EQ(js::number_to_string(NAN), "NaN");
  EXPECT_EQ(js::number_to_string(-INFINITY), "-Infinity");
}

TEST(ExprValue, JsStringToNumberRules) {
  EXPECT_EQ(js::string_to_number(" 12 "), 12);
  EXPECT_EQ(js::string_to_number(""), 0);
  EXPECT_EQ(js::string_to_number("0x1A"), 26);
  EXPECT_TRUE(std::isnan(js::string_to_number("12abc")));
  EXPECT_EQ(js::parse_float("12abc"), 12);
  EXPECT_EQ(js::parse_int("0x1G"), 1);
  EXPECT_EQ(js::to_lower("ÄÖÜ Straße"), "äöü straße");
  EXPECT_EQ(js::trim("\xC2\xA0 x \n"), "x");  // NBSP is JS white space
}

TEST(ExprValue, JsonRoundTripAndStringify) {
  auto j = nlohmann::json::parse(R"({"a":[1,2.5,"x",true,null],"b":{"c":-3}})");
  Value v = from_json(j);
  ASSERT_TRUE(v.is_object());
  EXPECT_EQ(to_json(v), j);
  EXPECT_EQ(to_json_string(v), R"({"a":[1,2.5,"x",true,null],"b":{"c":-3}})");
  EXPECT_EQ(to_json_string(Value(NAN)), "null");
  EXPECT_EQ(to_json_string(Value("a\"b\n")), "\"a\\\"b\\n\"");
  EXPECT_EQ(to_json_string(Value(Date{0})), "\"1970-01-01T00:00:00.000Z\"");
  EXPECT_EQ(to_json_string(Value(Date{NAN})), "null");
  EXPECT_EQ(to_json(Value(3.0)).dump(), "3");
}

TEST(ExprValue, CopiesShareArrays) {
  Value a(Values{Value(1), Value(2)});
  Value b = a;
  EXPECT_EQ(&a.as_array(), &b.as_array());
  EXPECT_EQ(a, b);
  EXPECT_FALSE(a == Value(Values{Value(1)}));
}

}  // namespace
