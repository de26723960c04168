// documents_handover.cpp — the customer handover (what was ACTUALLY configured, from the PDR, with each item's
// functional test) and the support handover (what support needs for future calls) — seed 001.
#include "core/documents/document_text.h"
#include "core/documents/documents.h"

namespace sw::documents {

Document customer_handover(const engagement::Engagement& e, const nlohmann::ordered_json& feed) {
  Document d;
  d.title = "Customer handover: " + e.title;
  d.subtitle = customer_name(e) + " — prepared by " + provider_name(feed);
  d.paragraph("This document records what was actually configured, as kept in the Project Detail Record, and the "
              "functional test of each item. Where it differs from the Statement of Work, this document is the truth "
              "of what is installed.");
  if (!e.pdr.revisions.empty()) {
    const auto& r = e.pdr.revisions.back();
    d.fields({{"Project Detail Record revision", std::to_string(r.number)}, {"Saved", r.time}, {"By", r.who},
              {"Summary", r.summary}});
  }
  d.heading("Summary");
  std::vector<std::vector<std::string>> rows;
  for (const auto& item : e.pdr.items) rows.push_back({item.name, item.kind, result_label(item.test.result)});
  d.table({"Item", "Kind", "Functional test"}, std::move(rows));
  d.heading("Configured items");
  if (e.pdr.items.empty()) d.paragraph("(none)");
  for (const auto& item : e.pdr.items) {
    d.heading(item.name + " (" + item.kind + ")", 3);
    std::vector<std::vector<std::string>> settings;
    for (const auto& s : item.settings) settings.push_back({s.key, s.value});
    d.table({"Setting", "Value"}, std::move(settings));
    d.fields({{"Test", item.test.description}, {"Expected", item.test.expected}, {"Actual", item.test.actual},
              {"Result", result_label(item.test.result)}, {"Tested by", item.test.tested_by},
              {"Tested on", item.test.tested_on}});
    d.paragraph(item.notes);
  }
  d.heading("Test protocol");
  std::vector<std::vector<std::string>> tests;
  for (const auto& t : e.tests) tests.push_back({t.name, t.expected, t.actual, result_label(t.result), t.tested_by, t.tested_on});
  d.table({"Test", "Expected", "Actual", "Result", "Tested by", "Date"}, std::move(tests));
  return d;
}

Document support_handover(const engagement::Engagement& e, const nlohmann::ordered_json& feed) {
  const auto& s = e.handover.support;
  Document d;
  d.title = "Support handover: " + e.title;
  d.subtitle = customer_name(e) + " — " + feed["project"]["deployment_label"].get<std::string>() + " deployment";
  d.heading("Customer");
  d.fields({{"Customer", customer_name(e)}, {"Address", e.customer.address}, {"Time zone", e.customer.time_zone},
            {"Perceived technical level", std::string(engagement::name_of(e.customer.technical_level))},
            {"Notes on the customer's knowledge", s.customer_knowledge.empty() ? e.customer.technical_notes : s.customer_knowledge}});
  d.table({"Name", "Side", "Role", "Email", "Phone"}, contact_rows(e));
  d.heading("The engagement");
  d.fields({{"Original requirements", s.original_requirements}, {"Summary", s.summary}, {"Outcomes", s.outcomes}});
  d.heading("Things to know");
  d.fields({{"Network complications or oddities", s.network_oddities},
            {"Connecting into the system", s.how_to_connect},
            {"How the system was left", s.system_state},
            {"Notes", s.notes}});
  d.heading("What was configured");
  std::vector<std::vector<std::string>> rows;
  for (const auto& item : e.pdr.items) rows.push_back({item.name, item.kind, result_label(item.test.result), item.notes});
  d.table({"Item", "Kind", "Functional test", "Notes"}, std::move(rows));
  d.heading("Open risks and issues");
  std::vector<std::vector<std::string>> risks;
  for (const auto& r : e.risks)
    if (r.status == engagement::RiskStatus::Open)
      risks.push_back({std::string(engagement::name_of(r.kind)), r.title, std::string(engagement::name_of(r.impact)), r.owner, r.mitigation});
  d.table({"Kind", "Title", "Impact", "Owner", "Mitigation"}, std::move(risks));
  d.heading("Lessons learned");
  std::vector<std::string> lessons;
  for (const auto& l : e.lessons) lessons.push_back(l.text);
  d.bullets(std::move(lessons));
  return d;
}

}  // namespace sw::documents
