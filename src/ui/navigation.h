// navigation.h — the app's screens as the user sees them in the sidebar, and which of them exist yet.
#pragma once

#include <array>

namespace sw::ui {

enum class Screen { Home, Questionnaire, Engagements, Designer, Documents };

struct ScreenInfo {
  Screen screen;
  const char* id;       // stable name used in URLs and the test interface ("home", "engagements", ...)
  const char* label;    // sidebar label
  const char* purpose;  // one line for the home screen
  bool available;       // false until the view is built: shown, but disabled and marked as coming
};

inline constexpr std::array<ScreenInfo, 5> kScreens{{
    {Screen::Home, "home", "Home", "Where every engagement starts.", true},
    {Screen::Questionnaire, "questionnaire", "Questionnaire",
     "Send customers a branching pre-discovery questionnaire; they answer in their browser.", true},
    {Screen::Engagements, "engagements", "Engagements",
     "Carry each engagement from sales handover through SoW, implementation and acceptance.", true},
    {Screen::Designer, "designer", "Designer", "Tailor questionnaires per customer and deployment type.", true},
    {Screen::Documents, "documents", "Documents",
     "Statement of Work, handover packs and sign-off documents from the engagement.", false},
}};

/// The info of `screen`.
inline const ScreenInfo& info(Screen screen) { return kScreens[static_cast<size_t>(screen)]; }

}  // namespace sw::ui
