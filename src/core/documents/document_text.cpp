// document_text.cpp — shared helpers of the document builders (document_text.h).
#include "core/documents/document_text.h"

#include <cstdio>

#include "core/documents/fill.h"

namespace sw::documents {

std::string customer_name(const engagement::Engagement& e) {
  if (!e.customer.organisation.empty()) return e.customer.organisation;
  if (!e.customer.name.empty()) return e.customer.name;
  return "the customer";
}

std::string provider_name(const nlohmann::ordered_json& feed) {
  const auto* p = feed.contains("parties") ? &feed["parties"]["provider"]["name"] : nullptr;
  if (p && p->is_string() && !p->get_ref<const std::string&>().empty()) return p->get<std::string>();
  return "our services team";
}

const engagement::Contact* first_contact(const engagement::Engagement& e, engagement::Side side) {
  for (const auto& c : e.contacts)
    if (c.side == side) return &c;
  return nullptr;
}

std::string emails_of(const engagement::Engagement& e, engagement::Side side) {
  std::string out;
  for (const auto& c : e.contacts)
    if (c.side == side && !c.email.empty()) out += (out.empty() ? "" : ", ") + c.email;
  return out;
}

std::string result_label(engagement::TestResult r) {
  switch (r) {
    case engagement::TestResult::Pass: return "Pass";
    case engagement::TestResult::Fail: return "Fail";
    case engagement::TestResult::Waived: return "Waived";
    case engagement::TestResult::NotRun: break;
  }
  return "Not run";
}

std::string number_text(const std::optional<double>& v) { return v ? value_text(nlohmann::json(*v)) : ""; }

std::string amount_text(const std::optional<double>& v, const std::string& currency) {
  if (!v) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", *v);
  return currency.empty() ? std::string(buf) : currency + " " + buf;
}

std::vector<std::vector<std::string>> contact_rows(const engagement::Engagement& e) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : e.contacts)
    rows.push_back({c.name, c.side == engagement::Side::Customer ? "Customer" : "Provider", c.role, c.email, c.phone});
  return rows;
}

}  // namespace sw::documents
