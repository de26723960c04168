// screen_views_engineer.cpp — the engineer's screens but the designer (see screen_views.h).
#include "ui/engagements/engagements_view.h"
#include "ui/home_view.h"
#include "ui/questionnaire_view.h"
#include "ui/screen_views.h"

namespace sw::ui {

std::unique_ptr<View> make_engineer_view(Screen screen, const ViewContext& c) {
  switch (screen) {
    case Screen::Home: return std::make_unique<HomeView>(c.navigate);
    case Screen::Questionnaire: return std::make_unique<QuestionnaireView>(c.options.runner, c.storage);
    case Screen::Engagements:
      return std::make_unique<engagements::EngagementsView>(
          engagements::from_runner(c.options.runner, c.options.list_json), c.storage);
    case Screen::Designer: return nullptr;
  }
  return nullptr;
}

}  // namespace sw::ui
