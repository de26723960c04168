// render_blocks.cpp — feed → tables and lists for each SoW block (render_blocks.h).
#include "core/sow/render_blocks.h"

#include <cstdio>
#include <string>

#include "core/documents/fill.h"

namespace sw::sow {
namespace {

using documents::Document;
using documents::value_text;
using Json = nlohmann::json;

std::string str(const Json& obj, const char* key) {
  if (!obj.is_object()) return "";
  auto it = obj.find(key);
  return it == obj.end() ? "" : value_text(*it);
}

std::vector<std::string> texts(const Json& list) {
  std::vector<std::string> out;
  if (list.is_array())
    for (const auto& i : list) out.push_back(str(i, "text"));
  return out;
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  for (auto& c : s)
    if (c == '_') c = ' ';
  return s;
}

void parties(Document& d, const Json& f) {
  const auto& c = f["parties"]["customer"];
  d.fields({{"Customer", str(c, "organisation").empty() ? str(c, "name") : str(c, "organisation")},
            {"Customer contact name", str(c, "name")},
            {"Address", str(c, "address")},
            {"Time zone", str(c, "time_zone")},
            {"Provider", str(f["parties"]["provider"], "name")}});
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : f["contacts"])
    rows.push_back({str(p, "name"), capitalised(str(p, "side")), str(p, "role"), str(p, "email"), str(p, "phone")});
  d.table({"Name", "Side", "Role", "Email", "Phone"}, std::move(rows));
}

void summary(Document& d, const Json& f) {
  const auto& p = f["project"];
  d.fields({{"Project", str(p, "title")}, {"Deployment type", str(p, "deployment_label")}});
  d.paragraph(str(p, "summary"));
}

void deliverables(Document& d, const Json& f) {
  if (f["deliverables"].empty()) d.paragraph("(none)");
  std::size_t n = 0;
  for (const auto& del : f["deliverables"]) {
    d.heading("D" + std::to_string(++n) + ". " + str(del, "title"), 3);
    d.paragraph(str(del, "description"));
    std::vector<std::string> criteria;
    for (const auto& c : del["acceptance_criteria"]) criteria.push_back(value_text(c));
    d.paragraph("Acceptance criteria:");
    d.bullets(std::move(criteria));
  }
}

void requirements(Document& d, const Json& f) {
  if (f["requirements"].empty()) d.paragraph("(no questionnaire answers attached)");
  for (const auto& q : f["requirements"]) {
    for (const auto& s : q["sections"]) {
      d.heading(str(s, "title"), 3);
      std::vector<std::vector<std::string>> rows;
      for (const auto& item : s["items"]) rows.push_back({str(item, "question"), str(item, "text")});
      d.table({"Question", "Answer"}, std::move(rows));
      for (const auto& item : s["items"]) {
        if (!item.contains("entries")) continue;
        for (const auto& entry : item["entries"]) {
          d.heading(str(item, "question") + ": " + str(entry, "label"), 4);
          std::vector<std::vector<std::string>> fields;
          for (const auto& field : entry["fields"]) fields.push_back({str(field, "question"), str(field, "text")});
          d.table({"Question", "Answer"}, std::move(fields));
        }
      }
    }
  }
}

void timeline(Document& d, const Json& f) {
  const auto& t = f["timeline"];
  d.fields({{"Start", str(t, "start_date")}, {"Target completion", str(t, "target_date")},
            {"Meeting cadence", str(t, "meeting_cadence")}});
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : t["milestones"]) rows.push_back({str(m, "title"), str(m, "due"), str(m, "completed")});
  d.table({"Milestone", "Due", "Completed"}, std::move(rows));
}

void roles(Document& d, const Json& f) {
  std::vector<std::vector<std::string>> rows;
  for (const char* side : {"customer", "provider"})
    for (const auto& r : f["roles"][side])
      rows.push_back({capitalised(side), str(r, "name"), str(r, "role"), str(r, "responsibilities")});
  d.table({"Side", "Name", "Role", "Responsibilities"}, std::move(rows));
}

void commercial(Document& d, const Json& f) {
  const auto& c = f["commercial"];
  d.fields({{"Professional services days", str(c, "ps_days")},
            {"Fees", money_text(c["amount"], str(c, "currency"))},
            {"Billing terms", str(c, "billing_terms")},
            {"Billing needs", str(c, "billing_needs")},
            {"Purchase order", str(c, "purchase_order")},
            {"Quote number", str(c, "quote_number")},
            {"Sale date", str(c, "sale_date")},
            {"Contract date", str(c, "contract_date")},
            {"Terms and conditions", str(c, "terms_link")}});
}

void change_control(Document& d, const Json& f) {
  const auto& cc = f["change_control"];
  if (cc["requests"].empty()) return;
  std::string currency = str(f["commercial"], "currency");
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : cc["requests"])
    rows.push_back({str(r, "title"), capitalised(str(r, "status")), str(r, "date"), str(r, "impact_days"),
                    money_text(r["impact_cost"], currency)});
  d.table({"Change request", "Status", "Date", "Days", "Cost"}, std::move(rows));
}

void sign_off(Document& d, const Json& f) {
  const auto& s = f["sign_off"];
  const std::string provider = str(s["provider"], "name");
  d.signature({"For " + str(s["customer"], "organisation"), provider.empty() ? "For the provider" : "For " + provider});
}

void provenance(Document& d, const Json& f) {
  const auto& p = f["provenance"];
  const auto& e = p["engagement"];
  std::vector<std::string> lines;
  std::string eng = "Engagement " + str(e, "id") + ", updated " + (str(e, "updated").empty() ? "(unknown)" : str(e, "updated"));
  if (e["sow_revision"].is_object()) eng += ", SoW revision " + str(e["sow_revision"], "number") + " (" + str(e["sow_revision"], "status") + ")";
  lines.push_back(eng);
  for (const auto& q : p["questionnaires"])
    lines.push_back("Questionnaire " + str(q, "id") + " " + str(q, "version") + " (" + str(q, "hash") + "), answers " +
                    str(q, "answers_file") + (str(q, "answers_updated").empty() ? "" : " updated " + str(q, "answers_updated")));
  if (!f["generated"].is_null()) lines.push_back("Generated " + value_text(f["generated"]));
  d.bullets(std::move(lines));
}

}  // namespace

std::string money_text(const Json& amount, const std::string& currency) {
  if (!amount.is_number()) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", amount.get<double>());
  return currency.empty() ? std::string(buf) : currency + " " + buf;
}

void add_block(Document& d, std::string_view name, const Json& f) {
  if (name == "parties") parties(d, f);
  else if (name == "summary") summary(d, f);
  else if (name == "objectives") d.numbered(texts(f["objectives"]));
  else if (name == "deliverables") deliverables(d, f);
  else if (name == "requirements") requirements(d, f);
  else if (name == "assumptions") d.bullets(texts(f["assumptions"]));
  else if (name == "exclusions") d.bullets(texts(f["exclusions"]));
  else if (name == "dependencies") d.bullets(texts(f["dependencies"]));
  else if (name == "timeline") timeline(d, f);
  else if (name == "roles") roles(d, f);
  else if (name == "commercial") commercial(d, f);
  else if (name == "change_control") change_control(d, f);
  else if (name == "sign_off") sign_off(d, f);
  else if (name == "provenance") provenance(d, f);
}

}  // namespace sw::sow
