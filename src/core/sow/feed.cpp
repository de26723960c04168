// feed.cpp — engagement + answers → the SoW feed (feed.h). Key order here is the documented order.
#include "core/sow/feed.h"

#include <cstdio>

namespace sw::sow {
namespace {

using nlohmann::ordered_json;
namespace eg = engagement;

ordered_json number_or_null(const std::optional<double>& v) { return v ? ordered_json(*v) : ordered_json(); }

ordered_json items(const std::vector<eg::Item>& list) {
  ordered_json out = ordered_json::array();
  for (const auto& i : list) out.push_back({{"id", i.id}, {"text", i.text}});
  return out;
}

ordered_json contact_json(const eg::Contact& c) {
  return {{"id", c.id},       {"side", std::string(eg::name_of(c.side))},
          {"name", c.name},   {"role", c.role},
          {"responsibilities", c.responsibilities},
          {"email", c.email}, {"phone", c.phone},
          {"time_zone", c.time_zone}};
}

const eg::Contact* first_of(const eg::Engagement& e, eg::Side side) {
  for (const auto& c : e.contacts)
    if (c.side == side) return &c;
  return nullptr;
}

ordered_json signatory(const eg::Contact* c) {
  if (!c) return {{"name", ""}, {"role", ""}};
  return {{"name", c->name}, {"role", c->role}};
}

ordered_json latest_revision(const eg::Engagement& e) {
  if (e.sow.empty()) return nullptr;
  const auto& r = e.sow.back();
  return {{"number", r.number}, {"status", std::string(eg::name_of(r.status))}, {"created", r.created},
          {"sent", r.sent}, {"decided", r.decided}};
}

ordered_json provenance(const eg::Engagement& e, const FeedOptions& o, const std::vector<ordered_json>& reqs) {
  ordered_json qs = ordered_json::array();
  for (const auto& r : reqs) {
    const auto& q = r["questionnaire"];
    const auto& a = r["answers"];
    qs.push_back({{"id", q["id"]}, {"version", q["version"]}, {"hash", q["hash"]}, {"answers_file", a["file"]},
                  {"answers_status", a["status"]}, {"answers_updated", a["updated"]},
                  {"recorded_version", a["recorded_version"]}, {"recorded_hash", a["recorded_hash"]},
                  {"dropped_answers", a["dropped"]}});
  }
  return {{"generator", "scopewright"},
          {"engagement", {{"id", e.id}, {"file", o.engagement_file}, {"created", e.created}, {"updated", e.updated},
                          {"stage", e.stage}, {"process_id", e.process_id}, {"process_version", e.process_version},
                          {"history_entries", e.history.size()}, {"sow_revision", latest_revision(e)}}},
          {"questionnaires", std::move(qs)}};
}

ordered_json timeline(const eg::Plan& p) {
  ordered_json milestones = ordered_json::array();
  for (const auto& m : p.milestones)
    milestones.push_back({{"id", m.id}, {"title", m.title}, {"due", m.due}, {"completed", m.completed}});
  return {{"start_date", p.start_date}, {"target_date", p.target_date}, {"meeting_cadence", p.meeting_cadence},
          {"milestones", std::move(milestones)}};
}

ordered_json roles(const eg::Engagement& e) {
  ordered_json out = {{"customer", ordered_json::array()}, {"provider", ordered_json::array()}};
  for (const auto& c : e.contacts) {
    if (c.role.empty() && c.responsibilities.empty()) continue;  // a name alone is a contact, not a role
    out[c.side == eg::Side::Customer ? "customer" : "provider"].push_back(
        {{"contact_id", c.id}, {"name", c.name}, {"role", c.role}, {"responsibilities", c.responsibilities}});
  }
  return out;
}

ordered_json commercial(const eg::Commercial& c) {
  return {{"ps_days", number_or_null(c.ps_days)},   {"amount", number_or_null(c.amount)},
          {"currency", c.currency},                  {"billing_terms", c.billing_terms},
          {"billing_needs", c.billing_needs},        {"purchase_order", c.purchase_order},
          {"quote_number", c.quote_number},          {"opportunity", c.opportunity},
          {"sale_date", c.sale_date},                {"contract_date", c.contract_date},
          {"invoice_date", c.invoice_date},          {"terms_link", c.terms_link}};
}

ordered_json change_control(const eg::Engagement& e) {
  ordered_json requests = ordered_json::array();
  double days = 0, cost = 0;
  for (const auto& c : e.changes) {
    requests.push_back({{"id", c.id}, {"title", c.title}, {"description", c.description},
                        {"requested_by", c.requested_by}, {"date", c.date},
                        {"status", std::string(eg::name_of(c.status))}, {"impact_scope", c.impact_scope},
                        {"impact_days", number_or_null(c.impact_days)}, {"impact_cost", number_or_null(c.impact_cost)}});
    if (c.status == eg::ChangeStatus::Approved || c.status == eg::ChangeStatus::Implemented) {
      days += c.impact_days.value_or(0);
      cost += c.impact_cost.value_or(0);
    }
  }
  return {{"requests", std::move(requests)}, {"approved_days", days}, {"approved_cost", cost}};
}

ordered_json sign_off(const eg::Engagement& e, const FeedOptions& o) {
  const auto& a = e.acceptance;
  return {{"customer", {{"organisation", e.customer.organisation.empty() ? e.customer.name : e.customer.organisation},
                        {"signatory", signatory(first_of(e, eg::Side::Customer))}}},
          {"provider", {{"name", o.provider_name}, {"signatory", signatory(first_of(e, eg::Side::Provider))}}},
          {"acceptance", {{"criteria_met", a.criteria_met}, {"accepted_by", a.accepted_by}, {"date", a.date},
                          {"notes", a.notes}}}};
}

}  // namespace

std::string deployment_label(eg::DeploymentType type) {
  switch (type) {
    case eg::DeploymentType::General: return "General";
    case eg::DeploymentType::Medical: return "Medical";
    case eg::DeploymentType::Storage: return "Storage";
    case eg::DeploymentType::Waf: return "Web application firewall (WAF)";
    case eg::DeploymentType::Telephony: return "Telephony";
  }
  return "General";
}

expr::EvalContext context_of(std::string_view iso) {
  int y = 0, m = 0, d = 0, hh = 0, mm = 0, ss = 0;
  const std::string text(iso);
  const int n = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &m, &d, &hh, &mm, &ss);
  if (n < 3 || m < 1 || m > 12 || d < 1 || d > 31) return {};
  return expr::EvalContext::at(y, m, d, n >= 5 ? hh : 0, n >= 5 ? mm : 0, n >= 6 ? ss : 0);
}

FeedResult build_feed(const eg::Engagement& e, const std::vector<AnswersInput>& answers, const FeedOptions& options) {
  FeedResult r;
  const auto context = context_of(options.now);
  std::vector<ordered_json> reqs;
  for (const auto& input : answers) {
    if (!input.questionnaire) {
      r.diagnostics.push_back({Severity::Error, input.file, "", 0, 0, 0, "no questionnaire given for these answers"});
      continue;
    }
    reqs.push_back(requirements_from_answers(input, context, r.diagnostics));
  }

  ordered_json& f = r.feed;
  f["format"] = kFeedFormat;
  f["generated"] = options.now.empty() ? ordered_json() : ordered_json(options.now);
  f["provenance"] = provenance(e, options, reqs);
  f["parties"] = {{"customer", {{"name", e.customer.name}, {"organisation", e.customer.organisation},
                                {"address", e.customer.address}, {"time_zone", e.customer.time_zone}}},
                  {"provider", {{"name", options.provider_name}}}};
  ordered_json contacts = ordered_json::array();
  for (const auto& c : e.contacts) contacts.push_back(contact_json(c));
  f["contacts"] = std::move(contacts);
  f["project"] = {{"title", e.title},
                  {"summary", e.discovery_notes},
                  {"deployment_type", std::string(eg::name_of(e.deployment_type))},
                  {"deployment_label", deployment_label(e.deployment_type)},
                  {"stage", e.stage}};
  f["objectives"] = items(e.scope.objectives);
  ordered_json deliverables = ordered_json::array();
  for (const auto& d : e.scope.deliverables)
    deliverables.push_back({{"id", d.id}, {"title", d.title}, {"description", d.description},
                            {"acceptance_criteria", d.acceptance_criteria}});
  f["deliverables"] = std::move(deliverables);
  ordered_json requirements = ordered_json::array();
  for (auto& q : reqs)
    requirements.push_back({{"questionnaire", {{"id", q["questionnaire"]["id"]}, {"version", q["questionnaire"]["version"]},
                                               {"title", q["questionnaire"]["title"]}}},
                            {"sections", std::move(q["sections"])}});
  f["requirements"] = std::move(requirements);
  f["assumptions"] = items(e.scope.assumptions);
  f["exclusions"] = items(e.scope.exclusions);
  f["dependencies"] = items(e.scope.dependencies);
  f["timeline"] = timeline(e.plan);
  f["roles"] = roles(e);
  f["commercial"] = commercial(e.commercial);
  f["change_control"] = change_control(e);
  f["sign_off"] = sign_off(e, options);
  return r;
}

}  // namespace sw::sow
