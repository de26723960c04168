// navigation.h — the app's screens as the user sees them in the sidebar.
#pragma once

#include <array>

namespace sw::ui {

enum class Screen { Home, Questionnaire, Engagements, Designer };

struct ScreenInfo {
  Screen screen;
  const char* id;       // stable name used in URLs and the test interface ("home", "engagements", ...)
  const char* label;    // sidebar label
  const char* purpose;  // one line for the home screen
};

// Documents (the SoW, its JSON feed, handover packs) are made from an engagement: its Documents tab.
inline constexpr std::array<ScreenInfo, 4> kScreens{{
    {Screen::Home, "home", "Home", "Where every engagement starts."},
    {Screen::Questionnaire, "questionnaire", "Questionnaire",
     "Send customers a branching pre-discovery questionnaire; they answer in their browser."},
    {Screen::Engagements, "engagements", "Engagements",
     "Carry each engagement from handover to acceptance, with its SoW and documents."},
    {Screen::Designer, "designer", "Designer", "Tailor questionnaires per customer and deployment type."},
}};

/// The info of `screen`.
inline const ScreenInfo& info(Screen screen) { return kScreens[static_cast<size_t>(screen)]; }

}  // namespace sw::ui
