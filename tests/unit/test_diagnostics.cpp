// test_diagnostics.cpp — how problems with inputs are reported to people.
#include <gtest/gtest.h>

#include "core/diagnostics.h"

namespace sw {
namespace {

TEST(Diagnostics, FormatsEveryKnownPartInCompilerOrder) {
  Diagnostic d{Severity::Error, "general.json", "/sections/0/questions/2/visible_if", 12, 7, 5, "unknown question 'sites'"};
  EXPECT_EQ(format(d), "general.json:12:7: error: /sections/0/questions/2/visible_if: (expression column 5) "
                       "unknown question 'sites'");
}

TEST(Diagnostics, LeavesOutWhatIsNotKnown) {
  Diagnostic d;
  d.severity = Severity::Warning;
  d.message = "unknown field 'colour'";
  EXPECT_EQ(format(d), "warning: unknown field 'colour'");
  d.file = "a.json";
  EXPECT_EQ(format(d), "a.json: warning: unknown field 'colour'");
  d.line = 3;
  EXPECT_EQ(format(d), "a.json:3: warning: unknown field 'colour'");
}

TEST(Diagnostics, OnlyErrorsMakeAnInputInvalid) {
  Diagnostics ds;
  EXPECT_FALSE(has_errors(ds));
  ds.push_back({Severity::Warning, "", "", 0, 0, 0, "w"});
  EXPECT_FALSE(has_errors(ds));
  ds.push_back({Severity::Error, "", "", 0, 0, 0, "e"});
  EXPECT_TRUE(has_errors(ds));
}

}  // namespace
}  // namespace sw
