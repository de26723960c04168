// test_expr_checker.cpp — load-time checks (names, functions, arity, type warnings) and reference extraction.
#include <gtest/gtest.h>

#include <string>

#include "core/expr/checker.h"
#include "core/expr/parser.h"

namespace {

using namespace sw::expr;

SymbolTable symbols() {
  SymbolTable t;
  t.add_value("age");
  t.add_value("country");
  t.add_value("address.city");
  t.add_group("people", {"name", "role"});
  return t;
}

// All issues as "E|W column: message" lines.
std::string issues(const std::string& text, const Symbol* entry = nullptr, bool with_symbols = true) {
  static const SymbolTable table = symbols();
  ParseResult p = parse(text);
  if (!p.ok()) return "parse error: " + p.error->text();
  CheckOptions o;
  o.symbols = with_symbols ? &table : nullptr;
  o.entry_group = entry;
  std::string out;
  for (const auto& i : check(p.expression, o))
    out += std::string(i.severity == sw::Severity::Error ? "E " : "W ") + i.text() + "\n";
  return out;
}

TEST(ExprChecker, KnownNamesPass) {
  EXPECT_EQ(issues("{age} >= 18 and {Country} = 'NZ'"), "");
  EXPECT_EQ(issues("{address.city} notempty"), "");
  EXPECT_EQ(issues("{people[0].name} = 'x' or {people.length} > 2 or {people} empty"), "");
  EXPECT_EQ(issues("countInArray({people}, 'name', {role} = 'lead')"), "");  // {role} is an entry field here
}

TEST(ExprChecker, UnknownReferences) {
  EXPECT_EQ(issues("{agee} > 1"), "E column 1: unknown reference {agee}\n");
  EXPECT_EQ(issues("{ age } > 1"), "E column 1: unknown reference { age }: spaces inside the braces are part of the name\n");
  EXPECT_EQ(issues("{entry.name}"), "E column 1: unknown reference {entry.name}: {entry.field} can only be used inside a repeat group\n");
  EXPECT_EQ(issues("{people[0].nme}"), "E column 1: unknown field 'nme' in {people[0].nme}: the entries of 'people' have name, role\n");
  EXPECT_EQ(issues("{people.name}"), "E column 1: {people.name} reads a field of the repeat group 'people' without saying which entry: write {people[0].name} (or use sumInArray and friends)\n");
  EXPECT_EQ(issues("{agee} > 1", nullptr, false), "");  // without a symbol table names are not checked
}

TEST(ExprChecker, EntryReferencesInsideARepeatGroup) {
  static const SymbolTable table = symbols();
  const Symbol* people = table.find("people");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(issues("{entry.name} = 'x' and {age} > 1", people), "");
  EXPECT_EQ(issues("{entry.nick} = 'x'", people),
            "E column 1: unknown field 'nick' in {entry.nick}: the entries of 'people' have name, role\n");
}

TEST(ExprChecker, FunctionsAndArity) {
  EXPECT_EQ(issues("iff(1, 2, 3)"), "E column 1: unknown function 'iff'\n");
  EXPECT_EQ(issues("IIF(1, 2, 3)"), "E column 1: unknown function 'IIF': did you mean 'iif'?\n");
  EXPECT_EQ(issues("iif(1)"), "E column 1: 'iif' takes 2 to 3 arguments but is given 1 (usage: iif(condition, then, else?))\n");
  EXPECT_EQ(issues("1 + today(1, 2)"), "E column 5: 'today' takes 0 to 1 arguments but is given 2 (usage: today(daysToAdd?))\n");
  EXPECT_EQ(issues("getDate()"), "E column 1: 'getDate' takes 1 argument but is given 0 (usage: getDate(text))\n");
  EXPECT_EQ(issues("sum()"), "E column 1: 'sum' takes at least 1 arguments but is given 0 (usage: sum(value, ...))\n");
}

TEST(ExprChecker, TypeWarnings) {
  EXPECT_EQ(issues("{age} = 'abc' or 1 = 'abc'"),
            "W column 20: '=' compares a number with a string: the result is probably not what you want\n");
  EXPECT_EQ(issues("1 = '1'"), "");  // numeric text compares as a number: fine
  EXPECT_EQ(issues("1 < 2 < 3"), "W column 7: '<' compares a boolean with a number\n");
  EXPECT_EQ(issues("age({age}) > 'x'"), "W column 12: '>' compares a number with a string: the result is probably not what you want\n");
  EXPECT_EQ(issues("{age} = yes"), "W column 9: the unquoted word 'yes' is read as the text 'yes': write 'yes' in quotes, or {yes} for an answer\n");
}

TEST(ExprChecker, IssuesComeInColumnOrder) {
  EXPECT_EQ(issues("{zz} + nosuch() + {yy}"),
            "E column 1: unknown reference {zz}\nE column 8: unknown function 'nosuch'\nE column 19: unknown reference {yy}\n");
}

TEST(ExprChecker, ReferencesListsEachOnceInSourceOrder) {
  ParseResult p = parse("{b} + {a} + {b} + sum({c[1].x}, {#a})");
  ASSERT_TRUE(p.ok());
  auto refs = references(p.expression);
  ASSERT_EQ(refs.size(), 4u);
  EXPECT_EQ(refs[0].text, "b");
  EXPECT_EQ(refs[1].text, "a");
  EXPECT_EQ(refs[2].text, "c[1].x");
  EXPECT_EQ(refs[2].root(), "c");
  EXPECT_EQ(refs[3].text, "a");
  EXPECT_TRUE(refs[3].raw);
  EXPECT_TRUE(references(parse("1 + 2").expression).empty());
}

TEST(ExprChecker, DiagnosticCarriesTheExpressionColumn) {
  Issue i{sw::Severity::Error, 7, "expected x"};
  sw::Diagnostic d = i.to_diagnostic();
  EXPECT_EQ(d.expr_column, 7);
  EXPECT_EQ(sw::format(d), "error: (expression column 7) expected x");
}

}  // namespace
