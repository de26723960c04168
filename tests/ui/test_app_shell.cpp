// test_app_shell.cpp — the app shell driven headless: navigation, layout on wide and phone-sized windows, fonts,
// the state the browser test interface reports, and the remembered screen.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "headless_imgui.h"
#include "scopewright/version.h"
#include "ui/app.h"

namespace sw {
namespace {

class AppShell : public ::testing::Test {
 protected:
  std::unique_ptr<ui::App> make_app(std::map<std::string, std::string> launch = {},
                                    std::string font = SCOPEWRIGHT_FONT_FILE) {
    auto app = std::make_unique<ui::App>(ui::AppOptions{test::read_font(font), std::move(launch)}, storage);
    imgui.set_draw([a = app.get()] { a->draw(); });
    imgui.frame(2);
    return app;
  }

  test::HeadlessImGui imgui;
  MemoryStorage storage;
};

TEST_F(AppShell, StartsOnHomeWithEveryScreenInTheSidebar) {
  auto app = make_app();
  EXPECT_EQ(app->screen(), ui::Screen::Home);
  for (const auto& s : ui::kScreens) {
    const auto* item = imgui.item(s.label);
    ASSERT_NE(item, nullptr) << s.label << " is not in the sidebar";
    EXPECT_FALSE(item->disabled) << s.label;
  }
}

TEST_F(AppShell, SidebarOnWideWindowsTopBarOnPhones) {
  auto app = make_app();
  const auto* home = imgui.item("Home");
  const auto* questionnaire = imgui.item("Questionnaire");
  ASSERT_TRUE(home && questionnaire);
  EXPECT_LT(home->x1, 230.0f);                  // in the left sidebar
  EXPECT_GT(questionnaire->y0, home->y0 + 10);  // stacked vertically

  imgui.resize(390, 844);  // a phone
  imgui.frame(2);
  home = imgui.item("Home");
  questionnaire = imgui.item("Questionnaire");
  ASSERT_TRUE(home && questionnaire);
  EXPECT_NEAR(questionnaire->y0, home->y0, 1.0f);  // side by side in the top bar
  EXPECT_GE(questionnaire->x0, home->x1);
  EXPECT_LT(home->y1, 120.0f);
}

TEST_F(AppShell, StateJsonDescribesTheApp) {
  auto app = make_app();
  const auto state = nlohmann::json::parse(app->state_json());
  EXPECT_EQ(state["product"], "Scopewright");
  EXPECT_EQ(state["version"], kVersion);
  EXPECT_EQ(state["screen"], "home");
  EXPECT_GE(state["frame"].get<int>(), 2);
  EXPECT_EQ(state["display"]["width"], 1280.0);
  EXPECT_EQ(state["font_error"], "");
}

TEST_F(AppShell, UnreadableFontFallsBackAndSaysSo) {
  auto app = make_app({}, "/nonexistent/font.otf");
  const auto state = nlohmann::json::parse(app->state_json());
  EXPECT_EQ(state["font_error"], "cannot read the UI font /nonexistent/font.otf");
  EXPECT_NE(ImGui::GetIO().FontDefault, nullptr);
}

TEST_F(AppShell, AFileThatIsNotAFontFallsBackAndSaysSo) {
  test::HeadlessImGui other;
  std::string error;
  const auto fonts = ui::load_fonts(ui::FontSource{"/fonts/ui.otf", std::string("<!DOCTYPE html>")}, 1.0f, error);
  EXPECT_EQ(error, "the UI font /fonts/ui.otf is not a font ImGui can read");
  ASSERT_NE(fonts.body, nullptr) << "ImGui's built-in font, so the message can be read";
  EXPECT_TRUE(ImGui::GetIO().Fonts->IsBuilt());
}

TEST_F(AppShell, RealFontCoversLatin1AndCommonSymbols) {
  auto app = make_app();
  app->ensure_fonts(1.0f);  // the first frame's start-up set
  app->ensure_fonts(1.0f);  // every glyph, from the second frame on
  ImFont* font = ImGui::GetIO().FontDefault;
  ASSERT_NE(font, nullptr);
  for (ImWchar c : {ImWchar(0xE9) /* é */, ImWchar(0xF8) /* ø */, ImWchar(0xDF) /* ß */, ImWchar(0x20AC) /* € */,
                    ImWchar(0x2192) /* → */, ImWchar(0x2014) /* — */, ImWchar(0x141) /* Ł */}) {
    EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << "missing glyph U+" << std::hex << c;
  }
}

TEST_F(AppShell, HighDpiRasterisesFontsAtThePixelRatio) {
  auto app = make_app();
  app->rebuild_fonts(2.0f);
  imgui.frame();
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontGlobalScale, 0.5f);
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontDefault->FontSize, 32.0f);  // 16 px body text at 2x
}

bool has_glyph(ImWchar c) { return ImGui::GetIO().FontDefault->FindGlyphNoFallback(c) != nullptr; }

TEST_F(AppShell, TheFirstFrameHasTheStartUpGlyphsAndTheSecondAllOfThem) {
  ui::App app(ui::AppOptions{test::read_font(), {}}, storage);  // no frame yet
  EXPECT_TRUE(has_glyph(u'é'));
  EXPECT_TRUE(has_glyph(u'→')) << "the UI's own symbols are in the start-up set";
  EXPECT_FALSE(has_glyph(u'Ł')) << "Latin Extended-A waits for the second frame";
  EXPECT_FALSE(app.ensure_fonts(1.0f)) << "the first frame is drawn with the start-up set";
  EXPECT_TRUE(app.ensure_fonts(1.0f)) << "the second frame builds every glyph";
  EXPECT_TRUE(has_glyph(u'Ł'));
  EXPECT_TRUE(has_glyph(u'₹'));
}

bool font_has(const ImFont* font, ImWchar c) { return font->FindGlyphNoFallback(c) != nullptr; }

TEST(StartUpGlyphs, LargeSizesHaveAsciiSymbolsAndThePagesOwnText) {
  test::HeadlessImGui imgui;
  std::string error;
  auto fonts = ui::load_fonts(test::read_font(), 1.0f, error, ui::GlyphSet::StartUp);
  ASSERT_TRUE(error.empty()) << error;
  EXPECT_TRUE(font_has(fonts.body, u'é')) << "Latin-1 at body size: a name in the first frame";
  EXPECT_TRUE(font_has(fonts.title, u'→'));
  EXPECT_FALSE(font_has(fonts.title, u'é')) << "large sizes cost the most: only ASCII and the UI's symbols";
  EXPECT_FALSE(font_has(fonts.heading, u'Ø'));

  fonts = ui::load_fonts(test::read_font(), 1.0f, error, ui::GlyphSet::StartUp, "Questionnaire préalable Ødegård Łódź");
  for (const ImFont* f : {fonts.body, fonts.heading, fonts.title}) {
    EXPECT_TRUE(font_has(f, u'é'));
    EXPECT_TRUE(font_has(f, u'Ø'));
    EXPECT_TRUE(font_has(f, u'Ł')) << "Latin Extended-A from the page's text";
  }
  EXPECT_FALSE(font_has(fonts.title, u'ñ')) << "only the text's own characters";
}

TEST_F(AppShell, FontsAreRasterisedOncePerPixelRatio) {
  auto app = make_app();  // built for the default pixel ratio, 1
  EXPECT_FALSE(app->ensure_fonts(1.0f)) << "the first frame must not rasterise the same atlas again";
  EXPECT_TRUE(app->ensure_fonts(1.0f)) << "the whole glyph set, once";
  EXPECT_FALSE(app->ensure_fonts(1.0f));
  EXPECT_TRUE(app->ensure_fonts(2.0f));
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontDefault->FontSize, 32.0f);
  EXPECT_TRUE(has_glyph(u'Ł')) << "a new ratio gets every glyph at once";
  EXPECT_FALSE(app->ensure_fonts(2.0f));
  imgui.frame();
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontGlobalScale, 0.5f);
}

TEST_F(AppShell, TheFirstAtlasIsBuiltForTheScreensPixelRatio) {
  ui::AppOptions options{test::read_font(), {}};
  options.pixel_ratio = 2.0f;
  ui::App app(std::move(options), storage);
  EXPECT_FLOAT_EQ(ImGui::GetIO().FontDefault->FontSize, 32.0f);
  EXPECT_FALSE(app.ensure_fonts(2.0f));
}

TEST_F(AppShell, LaunchParameterAndRememberedScreenMustNameAnAvailableScreen) {
  std::string error;
  storage.set("scopewright.ui.last_screen", "documents", error);  // a screen of older versions: ignored
  auto app = make_app({{"view", "no-such-screen"}});
  EXPECT_EQ(app->screen(), ui::Screen::Home);
}

// The browser splits the screens over two modules (ui/screen_views.h): the engineer's and the designer's.
class SplitModules : public ::testing::Test {
 protected:
  std::unique_ptr<ui::App> make(ui::MakeView make_view, std::map<std::string, std::string> launch = {}) {
    ui::AppOptions options{test::read_font(), std::move(launch)};
    options.open_view_page = [this](const std::string& id) { opened.push_back(id); };
    auto app = std::make_unique<ui::App>(std::move(options), storage, make_view);
    imgui.set_draw([a = app.get()] { a->draw(); });
    imgui.frame(2);
    return app;
  }
  test::HeadlessImGui imgui;
  MemoryStorage storage;
  std::vector<std::string> opened;  // pages asked for
};

TEST_F(SplitModules, AScreenTheModuleDoesNotHoldOpensItsPage) {
  auto app = make(ui::make_engineer_view);
  EXPECT_EQ(app->screen(), ui::Screen::Home);
  ASSERT_TRUE(imgui.click("Engagements"));
  EXPECT_EQ(app->screen(), ui::Screen::Engagements);
  EXPECT_TRUE(opened.empty());
  ASSERT_TRUE(imgui.click("Designer"));
  EXPECT_EQ(opened, std::vector<std::string>{"designer"});
  EXPECT_EQ(app->screen(), ui::Screen::Engagements) << "the page goes; until then this one stays as it was";
}

TEST_F(SplitModules, TheDesignersModuleStartsOnTheDesignerAndLeadsBack) {
  std::string error;
  storage.set("scopewright.ui.last_screen", "engagements", error);
  auto app = make(ui::make_designer_view);
  EXPECT_EQ(app->screen(), ui::Screen::Designer) << "the first screen it holds; never another page at start-up";
  EXPECT_TRUE(opened.empty());
  ASSERT_TRUE(imgui.click("Home"));
  EXPECT_EQ(opened, std::vector<std::string>{"home"});
  EXPECT_EQ(storage.get("scopewright.ui.last_screen"), "designer");
}

TEST_F(SplitModules, TheRememberedDesignerDoesNotReopenFromTheEngineersModule) {
  std::string error;
  storage.set("scopewright.ui.last_screen", "designer", error);
  auto app = make(ui::make_engineer_view);
  EXPECT_EQ(app->screen(), ui::Screen::Home);
  EXPECT_TRUE(opened.empty()) << "a page that opened another at start-up could reload forever";
  auto with_view = make(ui::make_engineer_view, {{"view", "designer"}});
  EXPECT_EQ(with_view->screen(), ui::Screen::Home);
  EXPECT_TRUE(opened.empty());
}

// Records every key read, so a test can tell which views have started (each reads its saved work when made).
class ReadLog final : public Storage {
 public:
  std::optional<std::string> get(const std::string& key) const override {
    reads.push_back(key);
    return inner.get(key);
  }
  bool set(const std::string& key, const std::string& value, std::string& error) override {
    return inner.set(key, value, error);
  }
  void remove(const std::string& key) override { inner.remove(key); }
  bool read_any(const std::string& prefix) const {
    for (const auto& k : reads)
      if (k.rfind(prefix, 0) == 0) return true;
    return false;
  }
  mutable std::vector<std::string> reads;
  MemoryStorage inner;
};

TEST(AppViews, AreMadeWhenFirstShownNotAtStartUp) {
  test::HeadlessImGui imgui;
  ReadLog storage;
  ui::App app(ui::AppOptions{test::read_font()}, storage);
  imgui.set_draw([&] { app.draw(); });
  imgui.frame(2);
  EXPECT_FALSE(storage.read_any("scopewright.workspace")) << "the engagement editor started with the home screen";
  EXPECT_FALSE(storage.read_any("scopewright.designer")) << "the designer started with the home screen";

  ASSERT_TRUE(imgui.click("Engagements"));
  imgui.frame(2);
  EXPECT_EQ(app.screen(), ui::Screen::Engagements);
  EXPECT_TRUE(storage.read_any("scopewright.workspace"));
  EXPECT_NE(imgui.item("New engagement"), nullptr) << "the engagement editor is drawn once made";
  EXPECT_FALSE(storage.read_any("scopewright.designer"));
}

}  // namespace
}  // namespace sw
