// test_condition_editor.cpp — the condition editor widget hosted in a test window: typing shows the error with
// its column (also non-ASCII), completion opens while typing and is accepted with Tab, Enter or a click
// (Up/Down select, Esc closes without losing the text), Ctrl+Space opens it, the reading follows the text;
// and the dependents list.
#include <gtest/gtest.h>

#include "../unit/condition_fixture.h"
#include "headless_imgui.h"
#include "ui/designer/condition_editor.h"

namespace sw {
namespace {

using designer::ConditionContext;
using designer::ConditionUse;

class ConditionEditorWidget : public ::testing::Test {
 protected:
  void SetUp() override {
    imgui.set_draw([this] {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(900, 600));
      ImGui::Begin("Condition test");
      ImGui::TextUnformatted("Visible when");
      if (focus) {
        ImGui::SetKeyboardFocusHere();
        focus = false;
      }
      if (ui::ConditionEditor("visible_if", text, ctx, use, &info)) ++changes;
      ImGui::End();
    });
    imgui.frame(3);
    EXPECT_TRUE(info.active) << "the test focuses the input first";
  }

  std::vector<std::string> candidates() const {
    std::vector<std::string> out;
    for (const auto& i : info.completions.items) out.push_back(i.shown);
    return out;
  }

  questionnaire::Questionnaire q = test::condition_questionnaire();
  ConditionContext ctx = ConditionContext::from(q);
  ConditionUse use = ConditionUse::Visible;
  test::HeadlessImGui imgui;
  std::string text;
  ui::ConditionEditorInfo info;
  int changes = 0;
  bool focus = true;
};

TEST_F(ConditionEditorWidget, TypingShowsTheErrorWithItsColumn) {
  imgui.type("{sites} > (1");
  EXPECT_EQ(text, "{sites} > (1");
  EXPECT_GT(changes, 0);
  ASSERT_EQ(info.issues.size(), 1u);
  const std::string shown = "column 13: expected ')' to close '(' opened at column 11 but found the end of the expression";
  EXPECT_EQ(info.issues[0].text(), shown);
  EXPECT_NE(imgui.item(shown), nullptr) << "the error line is on screen";
  EXPECT_EQ(info.reading, "");
  imgui.type(")");
  EXPECT_TRUE(info.issues.empty());
  EXPECT_EQ(imgui.item(shown), nullptr);
  EXPECT_EQ(info.reading, "Shown when Number of sites is more than 1");
  EXPECT_NE(imgui.item("Shown when Number of sites is more than 1"), nullptr);
}

TEST_F(ConditionEditorWidget, ColumnsOfNonAsciiText) {
  imgui.type("{city} = 'Città' and {cty}");
  ASSERT_EQ(info.issues.size(), 1u);
  EXPECT_EQ(info.issues[0].column, 22);
  EXPECT_EQ(info.issues[0].text(), "column 22: unknown reference {cty} (did you mean {city}?)");
  EXPECT_NE(imgui.item(info.issues[0].text()), nullptr);
}

TEST_F(ConditionEditorWidget, TabAcceptsTheFirstCandidateAndTypingGoesOn) {
  imgui.type("{si");
  EXPECT_EQ(candidates(), (std::vector<std::string>{"sites", "sites_list"}));
  EXPECT_EQ(info.selected, 0);
  EXPECT_NE(imgui.item("sites_list"), nullptr) << "the list is drawn";
  imgui.press(ImGuiKey_Tab);
  EXPECT_EQ(text, "{sites}");
  EXPECT_TRUE(info.completions.items.empty()) << "closed after accepting";
  EXPECT_TRUE(info.active) << "Tab accepted instead of leaving the input";
  imgui.type(" > 1");
  EXPECT_EQ(text, "{sites} > 1") << "the cursor was after the completion";
  EXPECT_EQ(info.reading, "Shown when Number of sites is more than 1");
}

TEST_F(ConditionEditorWidget, DownThenEnterAcceptsTheSecond) {
  imgui.type("{si");
  imgui.press(ImGuiKey_DownArrow);
  EXPECT_EQ(info.selected, 1);
  imgui.press(ImGuiKey_Enter);
  EXPECT_EQ(text, "{sites_list}");
  EXPECT_TRUE(info.active) << "Enter accepted instead of leaving the input";
}

TEST_F(ConditionEditorWidget, UpWrapsToTheLast) {
  imgui.type("{platform} = '");
  EXPECT_EQ(candidates(), (std::vector<std::string>{"f5", "cisco_aci", "nginx", "other"}));
  imgui.press(ImGuiKey_UpArrow);
  EXPECT_EQ(info.selected, 3);
  imgui.press(ImGuiKey_Tab);
  EXPECT_EQ(text, "{platform} = 'other'");
  EXPECT_EQ(info.reading, "Shown when Load-balancing platform is Other");
}

TEST_F(ConditionEditorWidget, EscapeClosesTheListAndKeepsTheText) {
  imgui.type("{platform} = 'ci");
  ASSERT_EQ(candidates(), (std::vector<std::string>{"cisco_aci"}));
  imgui.press(ImGuiKey_Escape);
  EXPECT_TRUE(info.completions.items.empty());
  EXPECT_EQ(text, "{platform} = 'ci");
  EXPECT_TRUE(info.active);
  imgui.press(ImGuiKey_Tab);  // closed list: Tab no longer completes
  EXPECT_EQ(text, "{platform} = 'ci");
}

TEST_F(ConditionEditorWidget, ClickingACandidateAcceptsIt) {
  imgui.type("{platform} = 'n");
  ASSERT_EQ(candidates(), (std::vector<std::string>{"nginx"}));
  ASSERT_TRUE(imgui.click("nginx"));
  EXPECT_EQ(text, "{platform} = 'nginx'");
  imgui.frame(2);
  EXPECT_TRUE(info.active) << "focus returns to the input";
  imgui.type(" or {gslb}");
  EXPECT_EQ(text, "{platform} = 'nginx' or {gslb}");
  EXPECT_EQ(info.reading, "Shown when Load-balancing platform is NGINX or GSLB is Yes");
}

TEST_F(ConditionEditorWidget, CtrlSpaceOpensTheList) {
  imgui.type("{sites} > 1 ");
  EXPECT_TRUE(info.completions.items.empty()) << "nothing typed yet after the space";
  imgui.press(ImGuiKey_Space, ImGuiMod_Ctrl);
  EXPECT_EQ(text, "{sites} > 1 ") << "Ctrl+Space types no space";
  ASSERT_FALSE(info.completions.items.empty());
  EXPECT_EQ(info.completions.items[0].shown, "and");
  imgui.press(ImGuiKey_Enter);
  EXPECT_EQ(text, "{sites} > 1 and ");
}

TEST_F(ConditionEditorWidget, ValidationUseAndWarnings) {
  use = ConditionUse::Validation;
  imgui.type("{platform} = f5");
  ASSERT_EQ(info.issues.size(), 1u);
  EXPECT_EQ(info.issues[0].severity, Severity::Warning);
  EXPECT_EQ(info.reading, "Valid when Load-balancing platform is F5 BIG-IP") << "warnings still read";
}

TEST(DependentsListWidget, ListsPlacesAndReportsTheClickedOne) {
  auto q = test::condition_questionnaire();
  const auto uses = designer::dependents_of(q, "sites");
  test::HeadlessImGui imgui;
  int clicked = -2;
  imgui.set_draw([&] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(900, 600));
    ImGui::Begin("Dependents");
    const int c = ui::DependentsList("deps", uses);
    if (c >= 0) clicked = c;
    ui::DependentsList("none", {}, "Nothing depends on city.");
    ImGui::End();
  });
  imgui.frame(2);
  EXPECT_NE(imgui.item("question platform: choices/2/visible_if"), nullptr);
  EXPECT_NE(imgui.item("calculated rom_days: expression"), nullptr);
  ASSERT_TRUE(imgui.click("section details: visible_if"));
  EXPECT_EQ(clicked, 1);
}

}  // namespace
}  // namespace sw
