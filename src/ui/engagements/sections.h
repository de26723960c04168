// sections.h — the sections of an open engagement's record, one function (and one file) each.
#pragma once

#include <string>

#include "ui/engagements/fields.h"

namespace sw::ui::engagements {

/// Inputs of the record view that are not engagement fields (a move's note, a rejection reason, ...).
struct SectionState {
  std::string move_note, reject_reason, pdr_who, pdr_summary;
  // Documents: the chosen output and format, the provider being typed, the preview and what it was made from.
  int document = 1, document_format = 0;
  std::string provider_edit;
  bool provider_loaded = false;
  std::string preview, preview_key;
  bool preview_ok = false;
};

void draw_overview(EditContext& c, SectionState& s);    // section_overview.cpp: stage, moves, history
void draw_customer(EditContext& c);                     // section_customer.cpp: customer and stakeholders
void draw_commercial(EditContext& c);                   // section_commercial.cpp
void draw_scope(EditContext& c);                        // section_scope.cpp
void draw_sow(EditContext& c, SectionState& s);         // section_sow.cpp: SoW revisions
void draw_plan(EditContext& c);                         // section_plan.cpp: milestones, cadence, readiness
void draw_pdr(EditContext& c, SectionState& s);         // section_pdr.cpp: configuration items, revisions
void draw_checklist(EditContext& c);                    // section_lists.cpp
void draw_meetings(EditContext& c);                     // section_meetings.cpp
void draw_changes(EditContext& c);                      // section_lists.cpp
void draw_risks(EditContext& c);                        // section_lists.cpp
void draw_tests(EditContext& c);                        // section_lists.cpp
void draw_acceptance(EditContext& c);                   // section_closing.cpp
void draw_handover(EditContext& c);                     // section_closing.cpp
void draw_lessons(EditContext& c);                      // section_closing.cpp: lessons and feedback
void draw_documents(EditContext& c, SectionState& s);   // section_documents.cpp: preview, download, copy

/// The move buttons of an engagement (overview and board): each allowed or with its failing guards listed.
void draw_move_buttons(Session& session, engagement::Engagement& e, const std::string& note, bool show_guards);

}  // namespace sw::ui::engagements
