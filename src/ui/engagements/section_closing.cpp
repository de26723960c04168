// section_closing.cpp — the end of an engagement: customer acceptance, support and sales/finance handovers,
// lessons learned and the customer's feedback.
#include "ui/engagements/record_table.h"
#include "ui/engagements/sections.h"

namespace sw::ui::engagements {

void draw_acceptance(EditContext& c) {
  heading("Customer acceptance");
  help("The customer confirms that the goals and requirements are met and the engagement can close.");
  if (!begin_form("acceptance", c.narrow)) return;
  bool_row(c, "Acceptance criteria met", "/acceptance/criteria_met");
  text_row(c, "Accepted by", "/acceptance/accepted_by");
  date_row(c, "Acceptance date", "/acceptance/date");
  text_row(c, "Acceptance notes", "/acceptance/notes", true);
  end_form();
}

void draw_handover(EditContext& c) {
  heading("Support handover");
  if (begin_form("support", c.narrow)) {
    bool_row(c, "Support handover done", "/handover/support/done");
    date_row(c, "Handover date", "/handover/support/date");
    text_row(c, "Original requirements", "/handover/support/original_requirements", true);
    text_row(c, "Summary", "/handover/support/summary", true);
    text_row(c, "Outcomes", "/handover/support/outcomes", true);
    text_row(c, "Customer knowledge", "/handover/support/customer_knowledge", true);
    text_row(c, "Network oddities", "/handover/support/network_oddities", true);
    text_row(c, "How to connect", "/handover/support/how_to_connect", true);
    text_row(c, "System state", "/handover/support/system_state", true);
    text_row(c, "Support notes", "/handover/support/notes", true);
    end_form();
  }
  heading("Sales and finance handover");
  if (begin_form("finance", c.narrow)) {
    bool_row(c, "Completion notice sent", "/handover/finance/done");
    date_row(c, "Notice date", "/handover/finance/date");
    text_row(c, "Sent to", "/handover/finance/sent_to");
    text_row(c, "Completion notice", "/handover/finance/completion_notice", true);
    text_row(c, "Finance notes", "/handover/finance/notes", true);
    end_form();
  }
}

void draw_lessons(EditContext& c) {
  heading("Lessons learned");
  record_table(c, {"lessons", "/lessons", "lesson", {{"Lesson", "text", Cell::Text, 480}}});
  heading("Customer feedback");
  if (!begin_form("feedback", c.narrow)) return;
  text_row(c, "Feedback", "/feedback/customer_feedback", true);
  number_row(c, "Rating", "/feedback/rating");
  date_row(c, "Received", "/feedback/received");
  end_form();
}

}  // namespace sw::ui::engagements
