// documents_closing.cpp — the closing documents: customer acceptance / sign-off (seeds 001, 004), the welcome
// packet (seed 003: letter, test results, contacts, survey) and the sales/finance completion notice (001, 004).
#include "core/documents/document_text.h"
#include "core/documents/documents.h"

namespace sw::documents {

Document acceptance_document(const engagement::Engagement& e, const nlohmann::ordered_json& feed) {
  const auto& a = e.acceptance;
  Document d;
  d.title = "Customer acceptance: " + e.title;
  d.subtitle = customer_name(e) + " and " + provider_name(feed);
  d.paragraph("By signing this document, " + customer_name(e) + " confirms that the professional services engagement \"" +
              e.title + "\" delivered the deliverables below, that their acceptance criteria are met, and that the "
              "engagement can be closed as complete.");
  d.heading("Deliverables and acceptance criteria");
  if (e.scope.deliverables.empty()) d.paragraph("(none)");
  for (const auto& del : e.scope.deliverables) {
    d.heading(del.title, 3);
    d.paragraph(del.description);
    d.bullets(del.acceptance_criteria);
  }
  d.heading("Test results");
  std::vector<std::vector<std::string>> rows;
  for (const auto& item : e.pdr.items) rows.push_back({item.name, item.test.description, result_label(item.test.result)});
  for (const auto& t : e.tests) rows.push_back({t.name, t.expected, result_label(t.result)});
  d.table({"Item or test", "Test", "Result"}, std::move(rows));
  d.heading("Acceptance");
  d.fields({{"Acceptance criteria met", a.criteria_met ? "Yes" : "Not yet confirmed"},
            {"Accepted by", a.accepted_by},
            {"Date", a.date},
            {"Notes", a.notes}});
  d.signature({"For " + customer_name(e), "For " + provider_name(feed)});
  return d;
}

Document welcome_packet(const engagement::Engagement& e, const nlohmann::ordered_json& feed) {
  const auto* customer = first_contact(e, engagement::Side::Customer);
  Document d;
  d.title = "Welcome packet: " + e.title;
  d.subtitle = customer_name(e);
  d.heading("Welcome");
  d.paragraph("Dear " + (customer && !customer->name.empty() ? customer->name : customer_name(e)) + ",");
  d.paragraph("Thank you for working with " + provider_name(feed) + " on \"" + e.title +
              "\". Your service is now in place. This packet holds the results of the tests we ran together, the people "
              "to contact, and a short survey: your answers help us improve every engagement.");
  d.heading("Test results");
  std::vector<std::vector<std::string>> rows;
  for (const auto& item : e.pdr.items)
    rows.push_back({item.name, item.test.expected, item.test.actual, result_label(item.test.result), item.test.tested_on});
  for (const auto& t : e.tests) rows.push_back({t.name, t.expected, t.actual, result_label(t.result), t.tested_on});
  d.table({"Test", "Expected", "Actual", "Result", "Date"}, std::move(rows));
  d.heading("Your contacts");
  d.table({"Name", "Side", "Role", "Email", "Phone"}, contact_rows(e));
  d.heading("Feedback survey");
  d.paragraph("Please rate each statement from 1 (strongly disagree) to 5 (strongly agree) and return this page to us.");
  d.table({"Statement", "Rating (1-5)"},
          {{"The engagement met the objectives in the Statement of Work.", ""},
           {"The team communicated clearly and kept you informed.", ""},
           {"The implementation was delivered on time.", ""},
           {"The handover documentation is clear and useful.", ""},
           {"You would recommend our professional services.", ""}});
  d.paragraph("What could we have done better?");
  return d;
}

Document completion_notice(const engagement::Engagement& e, const nlohmann::ordered_json& feed) {
  const auto& c = e.commercial;
  const auto& f = e.handover.finance;
  const auto& s = e.handover.support;
  Document d;
  d.headers = {{"To", f.sent_to}, {"Subject", "Engagement complete: " + customer_name(e) + " — " + e.title}};
  d.paragraph("The professional services engagement below is complete and accepted by the customer. Please mark the "
              "opportunity as complete in the CRM and the accounting system, and bill according to the terms below.");
  d.heading("Engagement");
  d.fields({{"Customer", customer_name(e)},
            {"Engagement", e.title + " (" + e.id + ")"},
            {"Opportunity", c.opportunity},
            {"Quote number", c.quote_number},
            {"Purchase order", c.purchase_order},
            {"Professional services days sold", number_text(c.ps_days)},
            {"Amount sold", amount_text(c.amount, c.currency)},
            {"Billing terms", c.billing_terms},
            {"Billing needs", c.billing_needs},
            {"Accepted by", e.acceptance.accepted_by},
            {"Acceptance date", e.acceptance.date}});
  const auto& cc = feed["change_control"];
  d.heading("Approved changes");
  std::vector<std::vector<std::string>> rows;
  for (const auto& ch : e.changes)
    if (ch.status == engagement::ChangeStatus::Approved || ch.status == engagement::ChangeStatus::Implemented)
      rows.push_back({ch.title, number_text(ch.impact_days), amount_text(ch.impact_cost, c.currency)});
  d.table({"Change", "Days", "Cost"}, std::move(rows));
  d.fields({{"Total approved change days", number_text(cc["approved_days"].get<double>())},
            {"Total approved change cost", amount_text(cc["approved_cost"].get<double>(), c.currency)}});
  d.heading("Summary");
  d.fields({{"The customer's original requirements", s.original_requirements},
            {"The engagement", s.summary},
            {"The outcomes", s.outcomes}});
  d.paragraph(f.completion_notice);
  d.paragraph(f.notes);
  return d;
}

}  // namespace sw::documents
