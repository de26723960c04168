// test_json_reader.cpp — ObjectReader's type-checked fields and their "path: expected X but got Y" diagnostics.
#include <gtest/gtest.h>

#include "core/json/load.h"
#include "core/json/reader.h"

namespace {

using sw::json::Need;
using sw::json::ObjectReader;
using sw::json::Reporter;

struct Fixture {
  sw::json::Document doc;
  sw::Diagnostics out;
  Reporter reporter;
  explicit Fixture(const char* text) : doc(sw::json::load(text, "f.json")), reporter("f.json", &doc.source_map, out) {}
  std::vector<std::string> messages() const {
    std::vector<std::string> m;
    for (const auto& d : out) m.push_back(sw::format(d));
    return m;
  }
};

TEST(JsonReader, ReadsTypedFields) {
  Fixture f(R"({"s": "x", "b": true, "n": 2.5, "i": 3, "f": 3.0, "a": [], "o": {}})");
  ObjectReader r(f.doc.value, "", f.reporter);
  EXPECT_EQ(r.string("s"), "x");
  EXPECT_EQ(r.boolean("b"), true);
  EXPECT_EQ(r.number("n"), 2.5);
  EXPECT_EQ(r.integer("i"), 3);
  EXPECT_EQ(r.integer("f"), 3);
  EXPECT_NE(r.array("a"), nullptr);
  EXPECT_NE(r.object("o"), nullptr);
  EXPECT_FALSE(r.string("missing").has_value());
  r.report_unknown();
  EXPECT_TRUE(f.out.empty());
}

TEST(JsonReader, WrongTypesSayPathExpectedAndGot) {
  Fixture f("{\n \"s\": 42,\n \"b\": \"yes\",\n \"i\": 2.5,\n \"a\": {\"k\": 1},\n \"e\": \"\"\n}");
  ObjectReader r(f.doc.value, "", f.reporter);
  EXPECT_FALSE(r.string("s"));
  EXPECT_FALSE(r.boolean("b"));
  EXPECT_FALSE(r.integer("i"));
  EXPECT_EQ(r.array("a"), nullptr);
  EXPECT_FALSE(r.non_empty_string("e"));
  EXPECT_EQ(f.messages(), (std::vector<std::string>{
                              "f.json:2:7: error: /s: expected a string but got 42",
                              "f.json:3:7: error: /b: expected true or false but got \"yes\"",
                              "f.json:4:7: error: /i: expected an integer but got 2.5",
                              "f.json:5:7: error: /a: expected an array but got an object",
                              "f.json:6:7: error: /e: expected a non-empty string but got \"\"",
                          }));
}

TEST(JsonReader, MissingRequiredFieldIsReportedAtTheObject) {
  Fixture f("{\"sections\": [\n  {\"title\": \"x\"}]}");
  ObjectReader r(f.doc.value["sections"][0], "/sections/0", f.reporter);
  EXPECT_FALSE(r.string("id", Need::Required));
  EXPECT_EQ(f.messages(), std::vector<std::string>{
                              "f.json:2:3: error: /sections/0: missing required field \"id\" (a string)"});
}

TEST(JsonReader, OneOfListsTheAllowedNamesAndSuggests) {
  Fixture f(R"({"type": "emial", "other": "zzz", "n": 1})");
  ObjectReader r(f.doc.value, "/q", f.reporter);
  EXPECT_FALSE(r.one_of("type", {"text", "email", "phone"}));
  EXPECT_FALSE(r.one_of("other", {"text", "email"}));
  EXPECT_FALSE(r.one_of("n", {"text"}));
  EXPECT_EQ(r.one_of("type", {"emial"}), "emial");
  ASSERT_EQ(f.out.size(), 3u);
  EXPECT_EQ(f.out[0].message, "expected one of \"text\", \"email\", \"phone\" but got \"emial\" (did you mean \"email\"?)");
  EXPECT_EQ(f.out[1].message, "expected one of \"text\", \"email\" but got \"zzz\"");
  EXPECT_EQ(f.out[2].message, "expected one of \"text\" but got 1");
}

TEST(JsonReader, UnknownFieldsWarnAtTheKeyWithSuggestions) {
  Fixture f("{\"label\": \"x\",\n \"lable\": \"y\", \"choices\": [], \"zebra\": 1}");
  ObjectReader r(f.doc.value, "", f.reporter);
  r.string("label");
  r.report_unknown({"choices"}, "by text questions");
  EXPECT_EQ(f.messages(), (std::vector<std::string>{
                              "f.json:2:16: warning: /choices: field \"choices\" is not used by text questions (ignored)",
                              "f.json:2:2: warning: /lable: unknown field \"lable\" (did you mean \"label\"?; ignored)",
                              "f.json:2:31: warning: /zebra: unknown field \"zebra\" (ignored)",
                          }));
}

TEST(JsonReader, NonObjectIsReportedOnce) {
  Fixture f(R"({"q": [1]})");
  ObjectReader r(f.doc.value["q"], "/q", f.reporter);
  EXPECT_FALSE(r.valid());
  EXPECT_FALSE(r.string("id", Need::Required));
  ASSERT_EQ(f.out.size(), 1u);
  EXPECT_EQ(f.out[0].message, "expected an object but got an array");
}

TEST(JsonReader, LongStringsAreShortenedInMessages) {
  const std::string text = "{\"b\": \"" + std::string(100, 'x') + "\"}";
  Fixture f(text.c_str());
  ObjectReader r(f.doc.value, "", f.reporter);
  r.boolean("b");
  ASSERT_EQ(f.out.size(), 1u);
  EXPECT_EQ(f.out[0].message, "expected true or false but got \"" + std::string(60, 'x') + "...\"");
}

}  // namespace
