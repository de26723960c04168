// test_runner_filling.cpp — filling in: typing (UTF-8), live branching, piping, validation on leaving a field
// and on Next (with focus on the first error), the keyboard (Tab, Enter, Space), repeat groups, time zones,
// numbers, progress and the phone layout.
#include "runner_fixture.h"

namespace sw {
namespace {

class RunnerFilling : public test::RunnerFixture {
 protected:
  void SetUp() override {
    view->open_link("general");
    imgui.frame(2);
    ASSERT_TRUE(click("Start"));
    ASSERT_EQ(view->page(), runner::Page::Section);
  }
};

TEST_F(RunnerFilling, TypingSetsTheAnswerWithUtf8) {
  fill("Organisation name", "Ødegård & Söhne €");
  EXPECT_EQ(answer("customer_name"), "Ødegård & Söhne €");
}

TEST_F(RunnerFilling, AnsweringShowsAndHidesQuestionsImmediately) {
  EXPECT_EQ(item("Technical contact's name"), nullptr);
  ASSERT_TRUE(click("No"));
  EXPECT_EQ(answer("technical_contact_same"), false);
  EXPECT_NE(item("Technical contact's name"), nullptr);
  ASSERT_TRUE(click("Yes"));
  EXPECT_EQ(item("Technical contact's name"), nullptr);
}

TEST_F(RunnerFilling, ErrorsShowAfterLeavingAFieldNotBefore) {
  fill("Your email address", "not-an-email");
  EXPECT_FALSE(engine().errors(*engine().find("contact_email")).empty());
  imgui.press(ImGuiKey_Tab);  // leave the field
  EXPECT_EQ(answer("contact_email"), "not-an-email");
  EXPECT_EQ(view->page(), runner::Page::Section);
}

TEST_F(RunnerFilling, NextShowsErrorsStaysAndFocusesTheFirstOne) {
  ASSERT_TRUE(click("Next"));
  EXPECT_EQ(view->page(), runner::Page::Section);
  EXPECT_EQ(view->section(), 0u);
  EXPECT_FALSE(view->notice().empty());
  ASSERT_NE(item("Organisation name"), nullptr);
  EXPECT_EQ(active_id(), item("Organisation name")->id) << "focus on the first field with an error";
  imgui.type("Acme");
  EXPECT_EQ(answer("customer_name"), "Acme");
}

TEST_F(RunnerFilling, NextGoesOnWhenTheSectionIsValid) {
  fill("Organisation name", "Acme");
  fill("Your name", "Dana");
  fill("Your email address", "dana@example.com");
  ASSERT_TRUE(click("Next"));
  EXPECT_EQ(view->section(), 1u);
  ASSERT_TRUE(click("Back"));
  EXPECT_EQ(view->section(), 0u);
}

TEST_F(RunnerFilling, EnterMovesToTheNextFieldAndTabToo) {
  fill("Organisation name", "Acme");
  imgui.press(ImGuiKey_Enter);
  EXPECT_EQ(active_id(), item("Your name")->id);
  imgui.type("Dana");
  EXPECT_EQ(answer("contact_name"), "Dana");
  imgui.press(ImGuiKey_Tab);
  EXPECT_EQ(active_id(), item("Your role")->id);
  imgui.press(ImGuiKey_Tab, ImGuiMod_Shift);
  EXPECT_EQ(active_id(), item("Your name")->id);
}

TEST_F(RunnerFilling, EnterWithNothingFocusedGoesOn) {
  fill("Organisation name", "Acme");
  fill("Your name", "Dana");
  fill("Your email address", "dana@example.com");
  ImGuiIO& io = ImGui::GetIO();  // click on empty space: nothing is edited or focused
  io.AddMousePosEvent(1270, 790);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  imgui.frame(4);
  imgui.press(ImGuiKey_Enter);
  EXPECT_EQ(view->section(), 1u);
}

TEST_F(RunnerFilling, SpaceChoosesTheFocusedOption) {
  ASSERT_TRUE(click("Your phone number"));
  imgui.press(ImGuiKey_Tab);  // to "Yes" of the yes/no question
  imgui.press(ImGuiKey_Tab);  // to "No"
  imgui.press(ImGuiKey_Space);
  EXPECT_EQ(answer("technical_contact_same"), false);
}

TEST_F(RunnerFilling, PipedTextFollowsTheAnswers) {
  ASSERT_TRUE(click("Add a contact"));
  EXPECT_EQ(engine().entry_count("other_contacts"), 1u);
  fill("Name", "Zoë");
  EXPECT_EQ(answer("other_contacts")[0]["name"], "Zoë");
  EXPECT_EQ(engine().pipe("Contact {entry.name}", std::make_pair(*engine().find("other_contacts"), std::size_t{0})),
            "Contact Zoë");
}

TEST_F(RunnerFilling, RepeatEntriesCanBeAddedReorderedAndRemoved) {
  ASSERT_TRUE(click("Add a contact"));
  imgui.frame(3);
  imgui.type("First");  // the new entry's first field has focus
  ASSERT_TRUE(click("Add a contact"));
  imgui.frame(3);
  imgui.type("Second");
  ASSERT_EQ(engine().entry_count("other_contacts"), 2u);
  ASSERT_EQ(answer("other_contacts")[1].value("name", ""), "Second") << answer("other_contacts").dump();
  ASSERT_TRUE(click("Move up entry 2"));
  EXPECT_EQ(answer("other_contacts")[0]["name"], "Second");
  ASSERT_TRUE(click("Remove entry 1"));
  ASSERT_EQ(engine().entry_count("other_contacts"), 1u);
  EXPECT_EQ(answer("other_contacts")[0]["name"], "First");
}

TEST_F(RunnerFilling, TimeZonesAreSearchable) {
  ASSERT_TRUE(click("Which time zone are you in?"));
  imgui.type("new york");
  imgui.press(ImGuiKey_Enter);
  EXPECT_EQ(answer("timezone"), "America/New_York");
}

TEST_F(RunnerFilling, NumbersParseAndBadNumbersDoNotChangeTheAnswer) {
  fill("Organisation name", "Acme");
  fill("Your name", "Dana");
  fill("Your email address", "dana@example.com");
  ASSERT_TRUE(click("Next"));
  ASSERT_EQ(view->section(), 1u);
  const std::string label = engine().questionnaire().sections[1].questions[0].label;
  fill(label, "12.5");
  EXPECT_EQ(answer("ps_days_sold"), 12.5);
  imgui.type("x");
  EXPECT_EQ(answer("ps_days_sold"), 12.5);
}

TEST_F(RunnerFilling, ProgressCountsRequiredQuestions) {
  const auto before = engine().progress();
  fill("Organisation name", "Acme");
  const auto after = engine().progress();
  EXPECT_EQ(after.answered, before.answered + 1);
  EXPECT_EQ(after.required, before.required);
}

TEST_F(RunnerFilling, SectionListJumpsToAnySection) {
  const auto& sections = engine().questionnaire().sections;
  ASSERT_TRUE(click(sections[3].title));
  EXPECT_EQ(view->section(), 3u);
  ASSERT_TRUE(click("Review and send"));
  EXPECT_EQ(view->page(), runner::Page::Review);
}

class RunnerOnAPhone : public test::RunnerFixture {
 protected:
  RunnerOnAPhone() : RunnerFixture(390, 844) {}
};

TEST_F(RunnerOnAPhone, FitsA390PixelWindow) {
  view->open_link("general");
  imgui.frame(2);
  ASSERT_TRUE(click("Start"));
  for (const char* label : {"Organisation name", "Next", "Back", "All sections"}) {
    const auto* found = item(label);
    ASSERT_NE(found, nullptr) << label;
    EXPECT_LE(found->x1, 390.0f) << label;
    EXPECT_GE(found->x0, 0.0f) << label;
  }
}

}  // namespace
}  // namespace sw
