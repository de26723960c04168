// guard_view.cpp — the guard fields table: each field's name, type, description and how it is computed.
#include "core/engagement/guard_view.h"

#include <algorithm>
#include <cmath>

#include "core/expr/dates.h"

namespace sw::engagement {
namespace {

using J = nlohmann::json;

struct Ctx {
  const Engagement& e;
  std::string today;  // "YYYY-MM-DD" or ""
};

struct Entry {
  GuardField field;
  J (*get)(const Ctx&);  // the lambdas capture nothing: a plain pointer avoids a std::function per entry
};

template <class T, class P>
long long count_if(const std::vector<T>& v, P pred) {
  return static_cast<long long>(std::count_if(v.begin(), v.end(), pred));
}
J text_or_null(const std::string& s) { return s.empty() ? J(nullptr) : J(s); }
J opt(const std::optional<double>& d) { return d ? J(*d) : J(nullptr); }
bool open(ItemStatus s) { return s != ItemStatus::Done && s != ItemStatus::Cancelled; }
bool overdue(const std::string& due, ItemStatus s, const std::string& today) {
  return open(s) && !due.empty() && due < today;
}
const SowRevision* latest(const Engagement& e) { return e.sow.empty() ? nullptr : &e.sow.back(); }
const SowRevision* accepted(const Engagement& e) {
  for (auto it = e.sow.rbegin(); it != e.sow.rend(); ++it)
    if (it->status == SowStatus::Accepted) return &*it;
  return nullptr;
}
J today_count(const Ctx& c, long long n) { return c.today.empty() ? J(nullptr) : J(n); }
bool passed_or_waived(TestResult r) { return r == TestResult::Pass || r == TestResult::Waived; }

const std::vector<Entry>& table() {
  using V = std::vector<std::string>;
  static const std::vector<Entry> entries = {
      {{"engagement.id", "string", "the engagement's id"}, [](const Ctx& c) { return J(c.e.id); }},
      {{"engagement.title", "string", "its title"}, [](const Ctx& c) { return text_or_null(c.e.title); }},
      {{"engagement.stage", "string", "current stage id"}, [](const Ctx& c) { return J(c.e.stage); }},
      {{"engagement.moves", "number", "moves made so far (history entries)"},
       [](const Ctx& c) { return J(c.e.history.size()); }},
      {{"engagement.days_in_stage", "number", "whole days since the last move (or creation); null without now"},
       [](const Ctx& c) -> J {
         std::string since = c.e.history.empty() ? c.e.created : c.e.history.back().time;
         double a = expr::dates::parse(since.substr(0, 10)), b = expr::dates::parse(c.today);
         if (c.today.empty() || std::isnan(a) || std::isnan(b)) return nullptr;
         return J(std::floor((b - a) / 86400000.0));
       }},
      {{"customer.name", "string", "customer name"}, [](const Ctx& c) { return text_or_null(c.e.customer.name); }},
      {{"customer.organisation", "string", "customer organisation"},
       [](const Ctx& c) { return text_or_null(c.e.customer.organisation); }},
      {{"customer.time_zone", "string", "customer time zone (IANA)"},
       [](const Ctx& c) { return text_or_null(c.e.customer.time_zone); }},
      {{"customer.technical_level", "string", "unknown, novice, intermediate or expert"},
       [](const Ctx& c) { return J(name_of(c.e.customer.technical_level)); }},
      {{"contacts.count", "number", "stakeholders on both sides"}, [](const Ctx& c) { return J(c.e.contacts.size()); }},
      {{"contacts.customer_count", "number", "customer-side stakeholders"},
       [](const Ctx& c) { return J(count_if(c.e.contacts, [](auto& x) { return x.side == Side::Customer; })); }},
      {{"contacts.provider_count", "number", "our own team members"},
       [](const Ctx& c) { return J(count_if(c.e.contacts, [](auto& x) { return x.side == Side::Provider; })); }},
      {{"contacts.list", "list", "the stakeholders", V{"name", "role", "side", "email", "phone", "time_zone"}},
       [](const Ctx& c) {
         J a = J::array();
         for (const auto& x : c.e.contacts)
           a.push_back({{"name", x.name}, {"role", x.role}, {"side", name_of(x.side)}, {"email", x.email},
                        {"phone", x.phone}, {"time_zone", x.time_zone}});
         return a;
       }},
      {{"commercial.ps_days", "number", "PS days sold"}, [](const Ctx& c) { return opt(c.e.commercial.ps_days); }},
      {{"commercial.amount", "number", "PS amount sold"}, [](const Ctx& c) { return opt(c.e.commercial.amount); }},
      {{"commercial.currency", "string", "currency of the amount"},
       [](const Ctx& c) { return text_or_null(c.e.commercial.currency); }},
      {{"commercial.sold", "boolean", "days or an amount were sold (either is positive)"},
       [](const Ctx& c) {
         return J(c.e.commercial.ps_days.value_or(0) > 0 || c.e.commercial.amount.value_or(0) > 0);
       }},
      {{"commercial.sale_date", "date", "sale date"}, [](const Ctx& c) { return text_or_null(c.e.commercial.sale_date); }},
      {{"commercial.po_number", "string", "purchase order number"},
       [](const Ctx& c) { return text_or_null(c.e.commercial.purchase_order); }},
      {{"commercial.quote_number", "string", "quote number"},
       [](const Ctx& c) { return text_or_null(c.e.commercial.quote_number); }},
      {{"commercial.rom_days", "number", "rough-order-of-magnitude estimate in days"},
       [](const Ctx& c) { return opt(c.e.commercial.rom_days); }},
      {{"commercial.billing_terms", "string", "billing terms"},
       [](const Ctx& c) { return text_or_null(c.e.commercial.billing_terms); }},
      {{"commercial.billing_needs", "string", "billing needs"},
       [](const Ctx& c) { return text_or_null(c.e.commercial.billing_needs); }},
      {{"deployment.type", "string", "general, medical, storage, waf or telephony"},
       [](const Ctx& c) { return J(name_of(c.e.deployment_type)); }},
      {{"answers.count", "number", "questionnaire answers documents attached"},
       [](const Ctx& c) { return J(c.e.answers.size()); }},
      {{"discovery.notes", "string", "discovery call notes"},
       [](const Ctx& c) { return text_or_null(c.e.discovery_notes); }},
      {{"scope.objectives_count", "number", "objectives"}, [](const Ctx& c) { return J(c.e.scope.objectives.size()); }},
      {{"scope.deliverables_count", "number", "deliverables"},
       [](const Ctx& c) { return J(c.e.scope.deliverables.size()); }},
      {{"scope.deliverables_without_criteria", "number", "deliverables that have no acceptance criterion"},
       [](const Ctx& c) {
         return J(count_if(c.e.scope.deliverables, [](auto& d) { return d.acceptance_criteria.empty(); }));
       }},
      {{"scope.assumptions_count", "number", "assumptions"}, [](const Ctx& c) { return J(c.e.scope.assumptions.size()); }},
      {{"scope.exclusions_count", "number", "exclusions"}, [](const Ctx& c) { return J(c.e.scope.exclusions.size()); }},
      {{"scope.dependencies_count", "number", "dependencies"},
       [](const Ctx& c) { return J(c.e.scope.dependencies.size()); }},
      {{"sow.revisions", "number", "SoW revisions so far"}, [](const Ctx& c) { return J(c.e.sow.size()); }},
      {{"sow.status", "string", "status of the latest revision (draft, sent, accepted, rejected); null if none"},
       [](const Ctx& c) { return latest(c.e) ? J(name_of(latest(c.e)->status)) : J(nullptr); }},
      {{"sow.sent", "boolean", "the latest revision was sent (and may since be accepted or rejected)"},
       [](const Ctx& c) { return J(latest(c.e) && latest(c.e)->status != SowStatus::Draft); }},
      {{"sow.accepted", "boolean", "a revision was accepted"}, [](const Ctx& c) { return J(accepted(c.e) != nullptr); }},
      {{"sow.accepted_date", "date", "when the accepted revision was accepted"},
       [](const Ctx& c) { return accepted(c.e) ? text_or_null(accepted(c.e)->decided.substr(0, 10)) : J(nullptr); }},
      {{"sow.rejected_count", "number", "revisions the customer rejected"},
       [](const Ctx& c) { return J(count_if(c.e.sow, [](auto& r) { return r.status == SowStatus::Rejected; })); }},
      {{"plan.start_date", "date", "planned start"}, [](const Ctx& c) { return text_or_null(c.e.plan.start_date); }},
      {{"plan.target_date", "date", "planned completion"}, [](const Ctx& c) { return text_or_null(c.e.plan.target_date); }},
      {{"plan.meeting_cadence", "string", "meeting cadence"},
       [](const Ctx& c) { return text_or_null(c.e.plan.meeting_cadence); }},
      {{"plan.milestones_count", "number", "milestones"}, [](const Ctx& c) { return J(c.e.plan.milestones.size()); }},
      {{"plan.milestones_open", "number", "milestones not completed"},
       [](const Ctx& c) { return J(count_if(c.e.plan.milestones, [](auto& m) { return m.completed.empty(); })); }},
      {{"plan.milestones_overdue", "number", "open milestones due before today; null without now"},
       [](const Ctx& c) {
         return today_count(c, count_if(c.e.plan.milestones, [&](auto& m) {
                              return m.completed.empty() && !m.due.empty() && m.due < c.today;
                            }));
       }},
      {{"plan.readiness_count", "number", "equipment and site readiness items"},
       [](const Ctx& c) { return J(c.e.plan.readiness.size()); }},
      {{"plan.readiness_open", "number", "readiness items not done or cancelled"},
       [](const Ctx& c) { return J(count_if(c.e.plan.readiness, [](auto& r) { return open(r.status); })); }},
      {{"pdr.items_count", "number", "configuration items in the Project Detail Record"},
       [](const Ctx& c) { return J(c.e.pdr.items.size()); }},
      {{"pdr.revisions", "number", "saved PDR revisions"}, [](const Ctx& c) { return J(c.e.pdr.revisions.size()); }},
      {{"pdr.untested_count", "number", "configuration items whose functional test has not passed or been waived"},
       [](const Ctx& c) {
         return J(count_if(c.e.pdr.items, [](auto& i) { return !passed_or_waived(i.test.result); }));
       }},
      {{"pdr.failed_count", "number", "configuration items whose functional test failed"},
       [](const Ctx& c) { return J(count_if(c.e.pdr.items, [](auto& i) { return i.test.result == TestResult::Fail; })); }},
      {{"checklist.count", "number", "requirements checklist items"}, [](const Ctx& c) { return J(c.e.checklist.size()); }},
      {{"checklist.open_count", "number", "items not done or cancelled"},
       [](const Ctx& c) { return J(count_if(c.e.checklist, [](auto& i) { return open(i.status); })); }},
      {{"checklist.customer_open_count", "number", "open items owned by the customer's side"},
       [](const Ctx& c) {
         return J(count_if(c.e.checklist, [](auto& i) { return open(i.status) && i.side == Side::Customer; }));
       }},
      {{"checklist.done_count", "number", "items done"},
       [](const Ctx& c) { return J(count_if(c.e.checklist, [](auto& i) { return i.status == ItemStatus::Done; })); }},
      {{"checklist.overdue_count", "number", "open items due before today; null without now"},
       [](const Ctx& c) {
         return today_count(c, count_if(c.e.checklist, [&](auto& i) { return overdue(i.due, i.status, c.today); }));
       }},
      {{"checklist.items", "list", "the checklist", V{"item", "owner", "side", "due", "status"}},
       [](const Ctx& c) {
         J a = J::array();
         for (const auto& i : c.e.checklist)
           a.push_back({{"item", i.item}, {"owner", i.owner}, {"side", name_of(i.side)}, {"due", i.due},
                        {"status", name_of(i.status)}});
         return a;
       }},
      {{"meetings.count", "number", "meetings minuted"}, [](const Ctx& c) { return J(c.e.meetings.size()); }},
      {{"meetings.unassigned_actions", "number", "action items not (yet) on the checklist"},
       [](const Ctx& c) {
         long long n = 0;
         for (const auto& m : c.e.meetings) n += count_if(m.actions, [](auto& a) { return a.checklist_id.empty(); });
         return J(n);
       }},
      {{"changes.count", "number", "change requests"}, [](const Ctx& c) { return J(c.e.changes.size()); }},
      {{"changes.open_count", "number", "change requests still proposed"},
       [](const Ctx& c) { return J(count_if(c.e.changes, [](auto& x) { return x.status == ChangeStatus::Proposed; })); }},
      {{"risks.count", "number", "risks and issues"}, [](const Ctx& c) { return J(c.e.risks.size()); }},
      {{"risks.open_count", "number", "risks and issues still open"},
       [](const Ctx& c) { return J(count_if(c.e.risks, [](auto& r) { return r.status == RiskStatus::Open; })); }},
      {{"risks.open_issues", "number", "open issues (not risks)"},
       [](const Ctx& c) {
         return J(count_if(c.e.risks, [](auto& r) { return r.status == RiskStatus::Open && r.kind == RiskKind::Issue; }));
       }},
      {{"risks.open_high", "number", "open risks or issues of high impact"},
       [](const Ctx& c) {
         return J(count_if(c.e.risks, [](auto& r) { return r.status == RiskStatus::Open && r.impact == Level::High; }));
       }},
      {{"tests.count", "number", "test protocol cases"}, [](const Ctx& c) { return J(c.e.tests.size()); }},
      {{"tests.passed_count", "number", "cases passed"},
       [](const Ctx& c) { return J(count_if(c.e.tests, [](auto& t) { return t.result == TestResult::Pass; })); }},
      {{"tests.failed_count", "number", "cases failed"},
       [](const Ctx& c) { return J(count_if(c.e.tests, [](auto& t) { return t.result == TestResult::Fail; })); }},
      {{"tests.waived_count", "number", "cases waived"},
       [](const Ctx& c) { return J(count_if(c.e.tests, [](auto& t) { return t.result == TestResult::Waived; })); }},
      {{"tests.not_run_count", "number", "cases not run yet"},
       [](const Ctx& c) { return J(count_if(c.e.tests, [](auto& t) { return t.result == TestResult::NotRun; })); }},
      {{"tests.all_passed_or_waived", "boolean", "there is at least one case and every case passed or was waived"},
       [](const Ctx& c) {
         return J(!c.e.tests.empty() &&
                  std::all_of(c.e.tests.begin(), c.e.tests.end(), [](auto& t) { return passed_or_waived(t.result); }));
       }},
      {{"tests.cases", "list", "the test protocol", V{"name", "expected", "actual", "result", "tested_by"}},
       [](const Ctx& c) {
         J a = J::array();
         for (const auto& t : c.e.tests)
           a.push_back({{"name", t.name}, {"expected", t.expected}, {"actual", t.actual},
                        {"result", name_of(t.result)}, {"tested_by", t.tested_by}});
         return a;
       }},
      {{"acceptance.criteria_met", "boolean", "acceptance criteria confirmed met"},
       [](const Ctx& c) { return J(c.e.acceptance.criteria_met); }},
      {{"acceptance.accepted_by", "string", "who accepted for the customer"},
       [](const Ctx& c) { return text_or_null(c.e.acceptance.accepted_by); }},
      {{"acceptance.date", "date", "acceptance date"}, [](const Ctx& c) { return text_or_null(c.e.acceptance.date); }},
      {{"acceptance.accepted", "boolean", "criteria met and accepted by someone"},
       [](const Ctx& c) { return J(c.e.acceptance.criteria_met && !c.e.acceptance.accepted_by.empty()); }},
      {{"handover.support.done", "boolean", "support handover done"},
       [](const Ctx& c) { return J(c.e.handover.support.done); }},
      {{"handover.finance.done", "boolean", "sales/finance completion notice sent"},
       [](const Ctx& c) { return J(c.e.handover.finance.done); }},
      {{"handover.done", "boolean", "both handovers done"},
       [](const Ctx& c) { return J(c.e.handover.support.done && c.e.handover.finance.done); }},
      {{"lessons.count", "number", "lessons learned recorded"}, [](const Ctx& c) { return J(c.e.lessons.size()); }},
      {{"feedback.received", "boolean", "customer feedback recorded (text or rating)"},
       [](const Ctx& c) { return J(!c.e.feedback.customer_feedback.empty() || c.e.feedback.rating.has_value()); }},
      {{"feedback.rating", "number", "customer rating"}, [](const Ctx& c) { return opt(c.e.feedback.rating); }},
  };
  return entries;
}

}  // namespace

const std::vector<GuardField>& guard_fields() {
  static const std::vector<GuardField> fields = [] {
    std::vector<GuardField> out;
    for (const auto& entry : table()) out.push_back(entry.field);
    return out;
  }();
  return fields;
}

expr::SymbolTable guard_symbols() {
  expr::SymbolTable t;
  for (const auto& f : guard_fields()) {
    if (f.type == "list") t.add_group(f.name, f.fields);
    else t.add_value(f.name);
  }
  return t;
}

nlohmann::json guard_view(const Engagement& e, std::string_view now) {
  Ctx ctx{e, now.size() >= 10 ? std::string(now.substr(0, 10)) : std::string()};
  J view = J::object();
  for (const auto& entry : table()) {
    J* node = &view;
    const std::string& name = entry.field.name;
    std::size_t start = 0;
    for (std::size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', start)) {
      node = &(*node)[name.substr(start, dot - start)];
      start = dot + 1;
    }
    (*node)[name.substr(start)] = entry.get(ctx);
  }
  return view;
}

expr::ValueScope guard_scope(const Engagement& e, std::string_view now) {
  return expr::ValueScope::from_json(guard_view(e, now));
}

}  // namespace sw::engagement
