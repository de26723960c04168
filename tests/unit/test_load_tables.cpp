// test_load_tables.cpp — the loader's compact tables: NameIndex (names → positions) and an Expression's single
// block (copies and moves keep their own tables; parses sharing ParseLists do not leak into each other).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/expr/evaluator.h"
#include "core/expr/parser.h"
#include "core/name_index.h"

namespace {

TEST(NameIndex, FindsEveryNameAfterGrowingAndKeepsTheFirstPositionOfARepeatedName) {
  std::vector<std::string> names;
  sw::NameIndex index;
  const auto key = [&names](int i) -> const std::string& { return names[i]; };
  for (int i = 0; i < 5000; ++i) {  // no reserve: grows many times
    names.push_back("q" + std::to_string(i));
    EXPECT_EQ(index.insert(names.back(), i, key), i);
  }
  names.push_back("q17");  // a repeat: the first keeps its position
  EXPECT_EQ(index.insert(names.back(), 5000, key), 17);
  EXPECT_EQ(index.size(), 5000u);
  for (int i = 0; i < 5000; ++i) ASSERT_EQ(index.find("q" + std::to_string(i), key), i);
  EXPECT_EQ(index.find("q5000", key), -1);
  EXPECT_EQ(index.find("", key), -1);
  EXPECT_EQ(index.find("Q1", key), -1) << "exact names: case matters";
  EXPECT_EQ(sw::NameIndex().find("x", key), -1) << "empty index";
}

std::string run(const sw::expr::Expression& e, const std::string& data) {
  const auto scope = sw::expr::ValueScope::from_json(nlohmann::json::parse(data));
  return sw::expr::to_json_string(sw::expr::evaluate(e, scope, sw::expr::EvalContext::at(2024, 5, 15)));
}

TEST(ExpressionTables, CopiesAndMovesKeepTheirOwnTables) {
  auto parsed = sw::expr::parse("iif({a} > 1 and {b} contains 'x', 'yes' + {a}, [1, 2, 3])");
  ASSERT_TRUE(parsed.ok());
  sw::expr::Expression original = std::move(parsed.expression);
  ASSERT_EQ(original.references.size(), 3u);
  const std::string data = R"({"a": 2, "b": ["x"]})";
  EXPECT_EQ(run(original, data), "\"yes2\"");

  sw::expr::Expression copy = original;
  copy.references[0].binding = 7;  // the copy's tables are its own
  EXPECT_EQ(original.references[0].binding, -1);
  EXPECT_EQ(run(copy, data), "\"yes2\"");

  sw::expr::Expression moved = std::move(copy);
  EXPECT_EQ(moved.references[0].binding, 7);
  EXPECT_EQ(run(moved, R"({"a": 0, "b": []})"), "[1,2,3]");

  moved = original;  // copy-assignment over a filled expression
  EXPECT_EQ(moved.references[0].binding, -1);
  moved = sw::expr::Expression();  // and emptied
  EXPECT_TRUE(moved.empty());
  EXPECT_TRUE(moved.nodes.empty());
  EXPECT_EQ(run(original, data), "\"yes2\"");
}

TEST(ExpressionTables, ParsesSharingListsAreIndependent) {
  sw::expr::ParseLists lists;
  auto first = sw::expr::parse("{x} + 1", {}, lists);
  auto broken = sw::expr::parse("{x} + (", {}, lists);  // a failed parse leaves nothing behind
  auto second = sw::expr::parse("'a' + {y} + {z}", {}, lists);
  ASSERT_TRUE(first.ok());
  ASSERT_FALSE(broken.ok());
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(broken.expression.empty());
  EXPECT_EQ(first.expression.references.size(), 1u);
  EXPECT_EQ(second.expression.references.size(), 2u);
  EXPECT_EQ(run(first.expression, R"({"x": 41})"), "42");
  EXPECT_EQ(run(second.expression, R"({"y": "b", "z": "c"})"), "\"abc\"");
}

}  // namespace
