// test_json_load.cpp — sw::json::load: syntax errors with line:column, UTF-8, limits, duplicate keys.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/json/load.h"

namespace {

using sw::json::load;

// The single error of a text that must fail, formatted as the CLI prints it.
std::string only_error(std::string_view text, const sw::json::Limits& limits = {}) {
  const auto doc = load(text, "t.json", limits);
  EXPECT_FALSE(doc.ok());
  EXPECT_TRUE(doc.value.is_null());
  if (doc.diagnostics.size() != 1) return "expected exactly one diagnostic, got " + std::to_string(doc.diagnostics.size());
  return sw::format(doc.diagnostics[0]);
}

TEST(JsonLoad, ParsesValidDocumentWithoutDiagnostics) {
  const auto doc = load(R"({"a": [1, 2.5, "x", true, null], "b": {"c": "\u00e9\ud83d\ude00"}})", "t.json");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc.diagnostics.empty());
  EXPECT_EQ(doc.value["a"][1].get<double>(), 2.5);
  EXPECT_EQ(doc.value["b"]["c"].get<std::string>(), "\xC3\xA9\xF0\x9F\x98\x80");
}

TEST(JsonLoad, MissingCommaReportsLineColumnAndExpectation) {
  EXPECT_EQ(only_error("{\n  \"a\": 1\n  \"b\": 2\n}"),
            "t.json:3:3: error: expected ',' or '}' after an object member but got '\"'");
}

TEST(JsonLoad, ArrayErrors) {
  EXPECT_EQ(only_error("[1, 2 3]"), "t.json:1:7: error: expected ',' or ']' after an array element but got '3'");
  EXPECT_EQ(only_error("[1, 2,]"),
            "t.json:1:7: error: expected a value (object, array, string, number, true, false or null) but got ']' "
            "(trailing commas are not allowed)");
  EXPECT_EQ(only_error("[1, 2"), "t.json:1:6: error: expected ',' or ']' after an array element but got end of input");
}

TEST(JsonLoad, ObjectKeyErrors) {
  EXPECT_EQ(only_error("{a: 1}"), "t.json:1:2: error: expected a member name in double quotes or '}' but got 'a'");
  EXPECT_EQ(only_error("{\"a\": 1,}"),
            "t.json:1:9: error: expected a member name in double quotes after ',' but got '}' (trailing commas are not allowed)");
  EXPECT_EQ(only_error("{\"a\" 1}"), "t.json:1:6: error: expected ':' after the member name but got '1'");
  EXPECT_EQ(only_error("{'a': 1}"),
            "t.json:1:2: error: expected a member name in double quotes or '}' but got \"'\" (strings need double quotes)");
}

TEST(JsonLoad, LiteralAndNumberErrors) {
  EXPECT_EQ(only_error("[True]"),
            "t.json:1:2: error: expected a value (object, array, string, number, true, false or null) but got 'True'");
  EXPECT_EQ(only_error("[01]"), "t.json:1:2: error: invalid number: leading zeros are not allowed");
  EXPECT_EQ(only_error("[1.]"), "t.json:1:4: error: expected a digit after the decimal point but got ']'");
  EXPECT_EQ(only_error("[-x]"), "t.json:1:3: error: expected a digit after '-' but got 'x'");
  EXPECT_EQ(only_error("[1e]"), "t.json:1:4: error: expected a digit in the exponent but got ']'");
  EXPECT_EQ(only_error("[1e400]"), "t.json:1:2: error: number 1e400 is out of range: numbers must lie between -1.7e308 and 1.7e308");
}

TEST(JsonLoad, EmptyAndTrailingContent) {
  EXPECT_EQ(only_error("  \n "), "t.json:2:2: error: expected a JSON value but the document is empty");
  EXPECT_EQ(only_error("{} {}"), "t.json:1:4: error: expected end of input after the top-level value but got '{'");
}

TEST(JsonLoad, StringErrors) {
  EXPECT_EQ(only_error("[\"abc"), "t.json:1:2: error: unterminated string: expected '\"' before end of input");
  EXPECT_EQ(only_error("[\"a\tb\"]"),
            "t.json:1:4: error: unescaped control character U+0009 in string (use an escape such as \\n)");
  EXPECT_EQ(only_error("[\"a\\qb\"]"),
            "t.json:1:4: error: invalid escape '\\q' in string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
  EXPECT_EQ(only_error("[\"\\u12G4\"]"), "t.json:1:3: error: expected 4 hex digits after \\u in string");
  EXPECT_EQ(only_error("[\"\\ud800x\"]"),
            "t.json:1:3: error: unpaired UTF-16 surrogate \\uD800 (a high surrogate must be followed by \\uDC00-\\uDFFF)");
  EXPECT_EQ(only_error("[\"\\udc00\"]"),
            "t.json:1:3: error: unpaired UTF-16 surrogate \\uDC00 (a low surrogate must follow a high one)");
}

TEST(JsonLoad, ColumnsCountCharactersNotBytes) {
  // "é" is two bytes but one column; the error is at the 'x' after it.
  EXPECT_EQ(only_error("[\"\xC3\xA9\" x]"), "t.json:1:6: error: expected ',' or ']' after an array element but got 'x'");
  // CRLF line ends count as one line break.
  EXPECT_EQ(only_error("[\r\n1\r\n2]"), "t.json:3:1: error: expected ',' or ']' after an array element but got '2'");
}

TEST(JsonLoad, ByteOrderMarkIsAcceptedAndNotCounted) {
  EXPECT_TRUE(load("\xEF\xBB\xBF{\"a\": 1}", "t.json").ok());
  EXPECT_EQ(only_error("\xEF\xBB\xBF[1 2]"), "t.json:1:4: error: expected ',' or ']' after an array element but got '2'");
}

TEST(JsonLoad, InvalidUtf8IsReportedWithLocation) {
  EXPECT_EQ(only_error("{\"a\": \"ok\",\n \"b\": \"x\xFFy\"}"),
            "t.json:2:9: error: invalid UTF-8 in string: byte that never appears in UTF-8 (byte 0xFF)");
  EXPECT_EQ(only_error("[\"\xC0\xAF\"]"), "t.json:1:3: error: invalid UTF-8 in string: overlong encoding (byte 0xC0)");
  EXPECT_EQ(only_error("[\"\xE0\x80\xAF\"]"), "t.json:1:3: error: invalid UTF-8 in string: overlong encoding (byte 0xE0)");
  EXPECT_EQ(only_error("[\"\xED\xA0\x80\"]"),
            "t.json:1:3: error: invalid UTF-8 in string: encoded UTF-16 surrogate (byte 0xED)");
  EXPECT_EQ(only_error("[\"\xF4\x90\x80\x80\"]"),
            "t.json:1:3: error: invalid UTF-8 in string: code point above U+10FFFF (byte 0xF4)");
  EXPECT_EQ(only_error("[\"\xC3\"]"), "t.json:1:3: error: invalid UTF-8 in string: truncated character (byte 0xC3)");
  EXPECT_EQ(only_error("[\x80]"), "t.json:1:2: error: invalid UTF-8: unexpected continuation byte (byte 0x80)");
  // Valid non-ASCII outside a string is a syntax error that shows the character.
  EXPECT_EQ(only_error("[\xC3\xA9]"),
            "t.json:1:2: error: expected a value (object, array, string, number, true, false or null) but got '\xC3\xA9'");
}

TEST(JsonLoad, DepthLimitIsEnforcedBeforeParsing) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(only_error(deep), "t.json:1:257: error: nesting is deeper than the limit of 256 levels");
  // Exactly at the limit is fine.
  const std::string ok = std::string(256, '[') + std::string(256, ']');
  EXPECT_TRUE(load(ok, "t.json").ok());
  sw::json::Limits small;
  small.max_depth = 3;
  EXPECT_EQ(only_error("{\"a\": [{\"b\": []}]}", small), "t.json:1:14: error: nesting is deeper than the limit of 3 levels");
  // Unclosed deep input fails on depth, not on the end of input.
  EXPECT_EQ(only_error(std::string(100000, '{')).substr(0, 14), "t.json:1:2: er");
}

TEST(JsonLoad, SizeLimitsAreEnforcedBeforeParsing) {
  const std::string big = "[\"" + std::string(50u << 20, 'a') + "\"]";
  EXPECT_EQ(only_error(big), "t.json: error: the document is " + std::to_string(big.size()) +
                                 " bytes, more than the limit of 16777216 bytes");
  sw::json::Limits limits;
  limits.max_bytes = big.size();
  EXPECT_EQ(only_error(big, limits), "t.json:1:2: error: string is longer than the limit of 1048576 bytes");
  limits.max_string_bytes = 10;
  EXPECT_EQ(only_error("[\"123456789\", \"1234567890\"]", limits),
            "t.json:1:15: error: string is longer than the limit of 10 bytes");
}

TEST(JsonLoad, DuplicateKeysWarnAndTheLastOneWins) {
  const auto doc = load("{\n \"a\": 1,\n \"a\": 2\n}", "t.json");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc.value["a"].get<int>(), 2);
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(sw::format(doc.diagnostics[0]),
            "t.json:3:2: warning: duplicate key \"a\" in this object (the last one is used); the first one is at line 2, column 2");
  // Equal names in different objects are not duplicates; escaped and plain spellings are the same name.
  EXPECT_TRUE(load(R"({"a": {"a": 1}, "b": {"a": 2}})", "t.json").diagnostics.empty());
  EXPECT_EQ(load(R"({"a": 1, "\u0061": 2})", "t.json").diagnostics.size(), 1u);
  // The last one wins even when the first was a container.
  const auto nested = load(R"({"a": {"b": [1]}, "a": {"c": 2}})", "t.json");
  ASSERT_TRUE(nested.ok());
  EXPECT_EQ(nested.value, nlohmann::json::parse(R"({"a": {"c": 2}})"));
}

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
    EXPECT_EQ(got.get<double>(), want.get<double>()) << where;  // bit for bit: both use strtod
  } else {
    EXPECT_EQ(got, want) << where;
  }
}

TEST(JsonLoad, BuildsTheValuesNlohmannParseWould) {
  // load() builds the document in its own scan; what it builds must be what nlohmann::json::parse gives.
  for (const std::string text : {
           R"({"n": [0, -0, 1, -1, 42, 1.5, -0.25, 1e3, 2E-2, -1.5e+10, 9223372036854775807, 9223372036854775808,
                     18446744073709551615, 18446744073709551616, -9223372036854775808, -9223372036854775809,
                     123456789012345678901234567890, 1e-400, 0.1]})",
           R"(["a\"b\\c\/d\b\f\n\r\t", "\u00e9\ud83d\ude00", "plain, then \u00e9 and é", "", "\u0000"])",
           R"({"x": {}, "y": [], "z": [[], {}, [[{"deep": true}]]], "t": true, "f": false, "n": null})",
           "42", "\"text\"", "null", "-1.25", "[]", "{}", "\xEF\xBB\xBF{\"a\": 1}",
           " \n\t{ \"spaced\" :\r\n [ 1 , 2 ] } \n"}) {
    const auto doc = load(text, "t.json");
    ASSERT_TRUE(doc.ok()) << text;
    EXPECT_TRUE(doc.diagnostics.empty()) << text;
    expect_same(doc.value, nlohmann::json::parse(text), text);
  }
}

}  // namespace
