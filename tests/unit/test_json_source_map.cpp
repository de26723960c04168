// test_json_source_map.cpp — JSON Pointer → line:column of values and member names.
#include <gtest/gtest.h>

#include "core/json/load.h"
#include "core/json/pointer.h"

namespace {

using sw::json::Location;

const char* kText =
    "{\n"
    "  \"title\": \"Pre-discovery\",\n"
    "  \"sections\": [\n"
    "    {\"id\": \"s\xC3\xA9\", \"questions\": [ {\"id\": \"q1\"}, 42 ]},\n"
    "    {\"a/b\": {\"m~n\": true}}\n"
    "  ]\n"
    "}\n";

void expect_at(const std::optional<Location>& loc, int line, int column) {
  ASSERT_TRUE(loc.has_value());
  EXPECT_EQ(loc->line, line);
  EXPECT_EQ(loc->column, column);
}

TEST(JsonSourceMap, LocatesValuesByPointer) {
  const auto doc = sw::json::load(kText, "t.json");
  ASSERT_TRUE(doc.ok());
  const auto& map = doc.source_map;
  expect_at(map.value_location(""), 1, 1);
  expect_at(map.value_location("/title"), 2, 12);
  expect_at(map.value_location("/sections"), 3, 15);
  expect_at(map.value_location("/sections/0"), 4, 5);
  expect_at(map.value_location("/sections/0/id"), 4, 12);
  // "sé" is 3 bytes but 2 characters: columns after it still count characters.
  expect_at(map.value_location("/sections/0/questions"), 4, 31);
  expect_at(map.value_location("/sections/0/questions/0/id"), 4, 40);
  expect_at(map.value_location("/sections/0/questions/1"), 4, 47);
  expect_at(map.value_location("/sections/1/a~1b/m~0n"), 5, 21);
}

TEST(JsonSourceMap, LocatesMemberNames) {
  const auto doc = sw::json::load(kText, "t.json");
  expect_at(doc.source_map.key_location("/title"), 2, 3);
  expect_at(doc.source_map.key_location("/sections/0/id"), 4, 6);
  EXPECT_FALSE(doc.source_map.key_location("/sections/0").has_value());  // array elements have no name
}

TEST(JsonSourceMap, MissingPointersFallBackToTheNearestAncestor) {
  const auto doc = sw::json::load(kText, "t.json");
  EXPECT_FALSE(doc.source_map.value_location("/sections/0/label").has_value());
  const Location at = doc.source_map.locate("/sections/0/label");
  EXPECT_EQ(at.line, 4);
  EXPECT_EQ(at.column, 5);
  const Location nothing = sw::json::SourceMap().locate("/x");
  EXPECT_EQ(nothing.line, 0);
}

TEST(JsonSourceMap, DuplicateKeysMapToTheValueThatWasKept) {
  const auto doc = sw::json::load("{\"a\": 1,\n \"a\": 2}", "t.json");
  expect_at(doc.source_map.value_location("/a"), 2, 7);
}

TEST(JsonPointer, EscapesTokens) {
  EXPECT_EQ(sw::json::child("/x", "a/b~c"), "/x/a~1b~0c");
  EXPECT_EQ(sw::json::child("", std::size_t{3}), "/3");
  EXPECT_EQ(sw::json::parent("/a/b/c"), "/a/b");
  EXPECT_EQ(sw::json::parent("/a"), "");
}

}  // namespace
