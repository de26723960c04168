// section_plan.cpp — the plan: dates, meeting cadence, milestones and equipment/site readiness.
#include "ui/engagements/record_table.h"
#include "ui/engagements/sections.h"

namespace sw::ui::engagements {

void draw_plan(EditContext& c) {
  using namespace engagement;
  heading("Plan");
  if (begin_form("plan", c.narrow)) {
    date_row(c, "Start date", "/plan/start_date");
    date_row(c, "Target date", "/plan/target_date");
    text_row(c, "Meeting cadence", "/plan/meeting_cadence", false, "e.g. weekly status call");
    end_form();
  }
  heading("Milestones");
  record_table(c, {"milestones", "/plan/milestones", "milestone",
                   {{"Milestone", "title", Cell::Text, 260},
                    {"Due", "due", Cell::Date, 120},
                    {"Completed", "completed", Cell::Date, 120}}});
  heading("Equipment and site readiness");
  help("Power, rack space, building entry, the handoff type: what must be ready before implementation.");
  record_table(c, {"readiness", "/plan/readiness", "readiness item",
                   {{"Item", "item", Cell::Text, 220},
                    {"Site", "site"},
                    {"Owner", "owner"},
                    {"Due", "due", Cell::Date, 120},
                    {"Status", "status", Cell::Enum, 130, &enum_names(ItemStatus{})},
                    {"Notes", "notes", Cell::Text, 220}}});
}

}  // namespace sw::ui::engagements
