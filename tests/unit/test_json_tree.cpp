// test_json_tree.cpp — sw::json::load_tree: the same values, problems and locations as load(), in a json::Tree.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json/load.h"
#include "core/json/tree.h"

namespace {

using sw::json::load;
using sw::json::load_tree;
using sw::json::Node;

// Equal values of equal types, all the way down (nlohmann's == counts 1 and 1u as equal; loaders do not).
void expect_same(const nlohmann::json& got, const nlohmann::json& want, const std::string& where) {
  ASSERT_EQ(got.type(), want.type()) << where;
  if (got.is_object()) {
    ASSERT_EQ(got.size(), want.size()) << where;
    for (const auto& [key, value] : want.items()) {
      ASSERT_TRUE(got.contains(key)) << where << "/" << key;
      expect_same(got[key], value, where + "/" + key);
    }
  } else if (got.is_array()) {
    ASSERT_EQ(got.size(), want.size()) << where;
    for (std::size_t i = 0; i < want.size(); ++i) expect_same(got[i], want[i], where + "/" + std::to_string(i));
  } else if (got.is_number_float()) {
    EXPECT_EQ(got.get<double>(), want.get<double>()) << where;
  } else {
    EXPECT_EQ(got, want) << where;
  }
}

TEST(JsonTree, HoldsTheValuesNlohmannParseWould) {
  for (const std::string text : {
           R"({"n": [0, -0, 1, -1, 42, 1.5, -0.25, 1e3, 2E-2, -1.5e+10, 9223372036854775807, 9223372036854775808,
                     18446744073709551615, 18446744073709551616, -9223372036854775808, -9223372036854775809,
                     123456789012345678901234567890, 1e-400, 0.1]})",
           R"(["a\"b\\c\/d\b\f\n\r\t", "\u00e9\ud83d\ude00", "plain, then \u00e9 and é", "", "\u0000"])",
           R"({"x": {}, "y": [], "z": [[], {}, [[{"deep": true}]]], "t": true, "f": false, "n": null})",
           R"({"a~b/c": {"\u0041": [1, {"k": "v"}]}, "": 0})",
           "42", "\"text\"", "null", "-1.25", "[]", "{}", "\xEF\xBB\xBF{\"a\": 1}",
           " \n\t{ \"spaced\" :\r\n [ 1 , 2 ] } \n"}) {
    const auto doc = load_tree(text, "t.json");
    ASSERT_TRUE(doc.ok()) << text;
    EXPECT_TRUE(doc.diagnostics.empty()) << text;
    expect_same(sw::json::to_nlohmann(doc.tree.root()), nlohmann::json::parse(text), text);
    // And back: a Tree made from nlohmann::json holds the same values.
    const auto again = sw::json::tree_from_nlohmann(nlohmann::json::parse(text));
    expect_same(sw::json::to_nlohmann(again.root()), nlohmann::json::parse(text), text);
  }
}

TEST(JsonTree, ReadsMembersAndItemsInFileOrder) {
  const auto doc = load_tree(R"({"b": [10, "x", false], "a": {"c": null}})", "t.json");
  ASSERT_TRUE(doc.ok());
  const Node& root = doc.tree.root();
  ASSERT_TRUE(root.is_object());
  ASSERT_EQ(root.size(), 2u);
  EXPECT_EQ(root[0].key(), "b");
  EXPECT_EQ(root[1].key(), "a");
  const Node* b = root.find("b");
  ASSERT_NE(b, nullptr);
  ASSERT_EQ(b->size(), 3u);
  EXPECT_TRUE((*b)[0].is_number_unsigned());
  EXPECT_EQ((*b)[0].number(), 10.0);
  EXPECT_EQ((*b)[1].string(), "x");
  EXPECT_TRUE((*b)[2].is_boolean());
  EXPECT_FALSE((*b)[2].boolean());
  EXPECT_TRUE(root.find("a")->find("c")->is_null());
  EXPECT_EQ(root.find("missing"), nullptr);
  EXPECT_EQ((*b)[0].find("b"), nullptr);  // not an object
}

TEST(JsonTree, DuplicateKeysWarnAndTheLastOneWins) {
  const auto doc = load_tree("{\n \"a\": {\"b\": [1]},\n \"a\": 2\n}", "t.json");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc.tree.root().find("a")->is_number_unsigned());
  EXPECT_EQ(doc.tree.root().find("a")->unsigned_integer(), 2u);
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(sw::format(doc.diagnostics[0]),
            "t.json:3:2: warning: duplicate key \"a\" in this object (the last one is used); the first one is at line 2, column 2");
  // A large object (found by sorting, not by comparing pairs).
  std::string big = "{";
  for (int i = 0; i < 40; ++i) big += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
  big += "\"k7\": 99}";
  const auto many = load_tree(big, "t.json");
  ASSERT_EQ(many.diagnostics.size(), 1u);
  EXPECT_EQ(many.tree.root().find("k7")->unsigned_integer(), 99u);
  EXPECT_TRUE(load_tree(R"({"a": {"a": 1}, "b": {"a": 2}})", "t.json").diagnostics.empty());
}

TEST(JsonTree, ProblemsAreThoseOfLoad) {
  for (const std::string& text : std::vector<std::string>{"{\n  \"a\": 1\n  \"b\": 2\n}", "[1, 2,]", "{\"a\": [1, {\"b\": tru}]}", "[\"\\x\"]",
                                 "", "[1] 2", std::string(300, '[') + std::string(300, ']')}) {
    const auto tree = load_tree(text, "t.json");
    const auto dom = load(text, "t.json");
    EXPECT_FALSE(tree.ok()) << text;
    EXPECT_TRUE(tree.tree.root().is_null()) << text;
    ASSERT_EQ(tree.diagnostics.size(), dom.diagnostics.size()) << text;
    for (std::size_t i = 0; i < dom.diagnostics.size(); ++i)
      EXPECT_EQ(sw::format(tree.diagnostics[i]), sw::format(dom.diagnostics[i])) << text;
  }
}

}  // namespace
