// section_lists.cpp — the engagement's tracked lists as tables: requirements checklist, change requests,
// risks and issues, and the test protocol.
#include "ui/engagements/record_table.h"
#include "ui/engagements/sections.h"

namespace sw::ui::engagements {

void draw_checklist(EditContext& c) {
  using namespace engagement;
  heading("Requirements checklist");
  help("Issues and to-dos with the person responsible on either side; all should be done before launch.");
  record_table(c, {"checklist", "/checklist", "checklist item",
                   {{"Item", "item", Cell::Text, 260},
                    {"Owner", "owner"},
                    {"Side", "side", Cell::Enum, 110, &enum_names(Side{})},
                    {"Due", "due", Cell::Date, 120},
                    {"Status", "status", Cell::Enum, 130, &enum_names(ItemStatus{})},
                    {"Notes", "notes", Cell::Text, 220}}});
}

void draw_changes(EditContext& c) {
  using namespace engagement;
  heading("Change requests");
  record_table(c, {"changes", "/changes", "change request",
                   {{"Title", "title", Cell::Text, 200},
                    {"Description", "description", Cell::Text, 260},
                    {"Requested by", "requested_by"},
                    {"Date", "date", Cell::Date, 120},
                    {"Scope impact", "impact_scope", Cell::Text, 200},
                    {"Days", "impact_days", Cell::Number, 80},
                    {"Cost", "impact_cost", Cell::Number, 90},
                    {"Status", "status", Cell::Enum, 130, &enum_names(ChangeStatus{})}}});
}

void draw_risks(EditContext& c) {
  using namespace engagement;
  heading("Risks and issues");
  record_table(c, {"risks", "/risks", "risk or issue",
                   {{"Kind", "kind", Cell::Enum, 100, &enum_names(RiskKind{})},
                    {"Title", "title", Cell::Text, 200},
                    {"Description", "description", Cell::Text, 240},
                    {"Owner", "owner"},
                    {"Mitigation", "mitigation", Cell::Text, 220},
                    {"Likelihood", "likelihood", Cell::Enum, 110, &enum_names(Level{})},
                    {"Impact", "impact", Cell::Enum, 110, &enum_names(Level{})},
                    {"Status", "status", Cell::Enum, 120, &enum_names(RiskStatus{})}}});
}

void draw_tests(EditContext& c) {
  using namespace engagement;
  heading("Test protocol");
  help("Validation and customer tests; the customer confirms what we cannot test ourselves.");
  record_table(c, {"tests", "/tests", "test case",
                   {{"Name", "name", Cell::Text, 200},
                    {"Config item", "config_item_id", Cell::Text, 120},
                    {"Steps", "steps", Cell::Text, 240},
                    {"Expected", "expected", Cell::Text, 200},
                    {"Actual", "actual", Cell::Text, 200},
                    {"Result", "result", Cell::Enum, 110, &enum_names(TestResult{})},
                    {"Tested by", "tested_by"},
                    {"Tested on", "tested_on", Cell::Date, 120},
                    {"Notes", "notes", Cell::Text, 200}}});
}

}  // namespace sw::ui::engagements
