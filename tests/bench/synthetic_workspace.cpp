// synthetic_workspace.cpp — see synthetic_workspace.h. Deterministic for a given seed.
#include "synthetic_workspace.h"

#include <random>
#include <string>
#include <vector>

#include "core/engagement/format.h"

namespace sw::bench {
namespace {

using namespace sw::engagement;

// The load-balancer process's stages in order (assets/processes/loadbalancer.json); how far an engagement got
// decides how much it holds.
const char* const kStages[] = {"pipeline",   "discovery",  "scoping",  "planned",  "in_progress",
                               "validation", "acceptance", "handover", "complete"};
constexpr int kStageCount = 9;

const char* const kCompanies[] = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell",
                                  "Cyberdyne", "Soylent", "Vandelay", "Wonka", "Aperture", "Oscorp", "Nakatomi"};
const char* const kKinds[] = {"Ltd", "GmbH", "AS", "Inc.", "plc", "SA", "BV"};
const char* const kFirst[] = {"Søren", "Kari", "Alex", "Sam", "Priya", "Jonas", "Maria", "Chen", "Fatima", "Luca",
                              "Ana", "Tom", "Ingrid", "Kofi", "Yuki"};
const char* const kLast[] = {"Ødegård", "Nordmann", "Smith", "Patel", "Müller", "García", "Rossi", "Wang",
                             "Okafor", "Tanaka", "Dubois", "Novak"};
const char* const kZones[] = {"Europe/Oslo", "Europe/London", "Europe/Berlin", "America/New_York", "Asia/Tokyo",
                              "Australia/Sydney"};
const char* const kWords[] = {
    "load",  "balancer", "virtual", "service", "certificate", "failover", "health", "check", "pool",   "server",
    "TLS",   "offload",  "cut-over", "window", "firewall",    "VLAN",     "switch", "rack",  "power",  "site",
    "GSLB",  "DNS",      "cluster", "sync",    "backup",      "monitor",  "alert",  "HTTP",  "header", "rewrite",
    "cookie", "session", "persistence", "weight", "upgrade",  "firmware", "customer", "team", "access", "remote"};

class Gen {
 public:
  explicit Gen(unsigned seed) : rng_(seed) {}

  int between(int lo, int hi) { return lo + static_cast<int>(rng_() % static_cast<unsigned>(hi - lo + 1)); }
  template <std::size_t N>
  const char* pick(const char* const (&list)[N]) { return list[rng_() % N]; }

  std::string person() { return std::string(pick(kFirst)) + " " + pick(kLast); }
  std::string sentence(int lo, int hi) {
    std::string s;
    // Half the word counts asked for: keeps a finished engagement near the size of the hand-written one in
    // tests/data/sow/engagement_acme.json (9 KB) rather than twice it.
    for (int i = 0, n = (between(lo, hi) + 1) / 2; i < n; ++i) {
      if (i) s += ' ';
      s += pick(kWords);
    }
    if (s.empty()) return s;  // an empty note
    if (s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s + ".";
  }
  std::string date(int day) {  // day 0 = 2025-01-01, months of 28 days: always a valid date
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2025 + day / 336, 1 + day % 336 / 28, 1 + day % 28);
    return buf;
  }
  std::string moment(int day, int hour) { return date(day) + "T" + (hour < 10 ? "0" : "") + std::to_string(hour) + ":00:00Z"; }

 private:
  std::mt19937 rng_;
};

Item item(Engagement& e, const char* prefix, std::string text) { return {e.new_id(prefix), std::move(text), ""}; }

// The answers document the pre-discovery questionnaire returns (scopewright.answers/1, as attached).
nlohmann::json answers_document(Gen& g, const Engagement& e, int day) {
  nlohmann::json answers = {
      {"customer_name", e.customer.organisation}, {"contact_name", e.customer.name},
      {"contact_email", "it@" + e.id + ".example"}, {"timezone", e.customer.time_zone},
      {"ps_days_sold", g.between(2, 20)}, {"billing_needs", "standard"}, {"services_summary", g.sentence(8, 20)},
      {"deployment_kind", "migration"}, {"previous_vendor", "f5"}, {"has_hld", g.between(0, 1) == 1}};
  for (int i = 0, n = g.between(10, 30); i < n; ++i) answers["detail_" + std::to_string(i)] = g.sentence(2, 8);
  nlohmann::json sites = nlohmann::json::array();
  for (int i = 0, n = g.between(1, 4); i < n; ++i)
    sites.push_back({{"name", "Site " + std::to_string(i + 1)}, {"vips", g.between(1, 12)}, {"gslb", i > 0}});
  answers["sites"] = sites;
  return {{"format", "scopewright.answers/1"},
          {"questionnaire", {{"id", "general"}, {"version", "1.0.0"}}},
          {"status", "submitted"},
          {"created", g.moment(day, 9)},
          {"updated", g.moment(day + 1, 16)},
          {"respondent", {{"name", e.customer.name}, {"email", "it@" + e.id + ".example"}, {"company", e.customer.organisation}}},
          {"answers", answers},
          {"calculated", {{"total_vips", g.between(2, 40)}}}};
}

Engagement make(Gen& g, int index, int stage) {
  Engagement e;
  const int day = g.between(0, 600);
  const std::string company = std::string(g.pick(kCompanies)) + " " + std::to_string(index);
  e.id = "eng-" + std::to_string(index + 1);
  e.title = company + " " + g.sentence(2, 4);
  e.created = g.moment(day, 9);
  e.updated = g.moment(day + stage * 7, 15);
  e.process_id = "loadbalancer";
  e.process_version = "1.0.0";
  e.stage = kStages[stage];
  e.customer = {g.person(), company + " " + g.pick(kKinds), std::to_string(g.between(1, 200)) + " Harbour Road\nOslo",
                g.pick(kZones), static_cast<TechnicalLevel>(g.between(0, 3)), g.sentence(5, 15)};
  for (int i = 0, n = g.between(2, 6); i < n; ++i)
    e.contacts.push_back({e.new_id("contact"), i % 3 == 2 ? Side::Provider : Side::Customer, g.person(),
                          g.sentence(1, 3), g.sentence(3, 10), "person" + std::to_string(i) + "@" + e.id + ".example",
                          "+47 22 00 00 " + std::to_string(10 + i), g.pick(kZones), ""});
  e.commercial.ps_days = g.between(2, 30);
  e.commercial.amount = *e.commercial.ps_days * 1250;
  e.commercial.currency = "GBP";
  e.commercial.sale_date = g.date(day);
  e.commercial.invoice_date = g.date(day + 1);
  e.commercial.contract_date = g.date(day);
  e.commercial.purchase_order = "PO-" + std::to_string(1000 + index);
  e.commercial.quote_number = "Q-2026-" + std::to_string(index);
  e.commercial.opportunity = "OPP-" + std::to_string(9000 + index);
  e.commercial.billing_terms = "Invoiced in full on order, 30 days net";
  e.commercial.terms_link = "https://provider.example/ps-terms";
  e.deployment_type = static_cast<DeploymentType>(g.between(0, 4));
  if (stage < 1) return e;

  // Discovery: the questionnaire's answers and the call's notes.
  e.answers.push_back({e.new_id("answers"), "general", "1.0.0", g.moment(day + 3, 11), answers_document(g, e, day + 2)});
  e.discovery_notes = g.sentence(30, 80);
  if (stage < 2) return e;

  // Scoping: the scope and the SoW revisions (sent ones keep a snapshot of the scope).
  for (int i = 0, n = g.between(2, 4); i < n; ++i) e.scope.objectives.push_back(item(e, "objective", g.sentence(6, 14)));
  for (int i = 0, n = g.between(2, 5); i < n; ++i) {
    Deliverable d{e.new_id("deliverable"), g.sentence(2, 5), g.sentence(8, 20), {}, ""};
    for (int k = 0, m = g.between(1, 3); k < m; ++k) d.acceptance_criteria.push_back(g.sentence(4, 10));
    e.scope.deliverables.push_back(std::move(d));
  }
  for (int i = 0, n = g.between(2, 4); i < n; ++i) e.scope.assumptions.push_back(item(e, "assumption", g.sentence(6, 14)));
  for (int i = 0, n = g.between(1, 3); i < n; ++i) e.scope.exclusions.push_back(item(e, "exclusion", g.sentence(4, 10)));
  for (int i = 0, n = g.between(1, 3); i < n; ++i) e.scope.dependencies.push_back(item(e, "dependency", g.sentence(6, 12)));
  const nlohmann::json scope_snapshot = nlohmann::json::parse(to_json(e).at("scope").dump());
  for (int i = 0, n = g.between(1, 2); i < n; ++i) {
    SowRevision r;
    r.id = e.new_id("sow");
    r.number = i + 1;
    const bool last = i == n - 1;
    r.status = !last ? SowStatus::Rejected : stage == 2 ? SowStatus::Sent : SowStatus::Accepted;
    r.created = g.moment(day + 10 + i * 4, 10);
    r.sent = g.moment(day + 10 + i * 4, 12);
    if (r.status != SowStatus::Sent) r.decided = g.moment(day + 12 + i * 4, 9);
    if (r.status == SowStatus::Rejected) r.rejection_reason = g.sentence(6, 12);
    r.snapshot = scope_snapshot;
    e.sow.push_back(std::move(r));
  }
  if (stage < 3) return e;

  // Planned: the plan, the requirements checklist, risks.
  e.plan.start_date = g.date(day + 25);
  e.plan.target_date = g.date(day + 60);
  e.plan.meeting_cadence = "Weekly, Tuesdays";
  for (int i = 0, n = g.between(3, 6); i < n; ++i)
    e.plan.milestones.push_back({e.new_id("milestone"), g.sentence(2, 6), g.date(day + 25 + i * 7),
                                 stage > 4 + i / 2 ? g.date(day + 25 + i * 7) : ""});
  for (int i = 0, n = g.between(2, 5); i < n; ++i)
    e.plan.readiness.push_back({e.new_id("readiness"), g.sentence(2, 5), "Site " + std::to_string(i + 1), g.person(),
                                g.date(day + 20 + i), stage > 4 ? ItemStatus::Done : ItemStatus::InProgress,
                                g.sentence(3, 10), ""});
  for (int i = 0, n = g.between(4, 10); i < n; ++i)
    e.checklist.push_back({e.new_id("check"), g.sentence(3, 8), g.person(), i % 2 ? Side::Customer : Side::Provider,
                           g.date(day + 20 + i), static_cast<ItemStatus>(g.between(0, 3)), g.sentence(0, 8), ""});
  for (int i = 0, n = g.between(1, 4); i < n; ++i)
    e.risks.push_back({e.new_id("risk"), i % 3 == 2 ? RiskKind::Issue : RiskKind::Risk, g.sentence(3, 6),
                       g.sentence(10, 25), g.person(), g.sentence(6, 15), static_cast<Level>(g.between(0, 2)),
                       static_cast<Level>(g.between(0, 2)), static_cast<RiskStatus>(g.between(0, 2))});
  if (stage < 4) return e;

  // In progress: the PDR (items with settings and functional tests, saved revisions), meetings, changes.
  for (int i = 0, n = g.between(2, 6); i < n; ++i) {
    ConfigItem c;
    c.id = e.new_id("config");
    c.kind = i % 4 == 3 ? "gslb" : "virtual_service";
    c.name = "VIP_" + std::to_string(i) + "_" + g.pick(kWords);
    for (int k = 0, m = g.between(2, 5); k < m; ++k)
      c.settings.push_back({e.new_id("setting"), g.pick(kWords), "192.0.2." + std::to_string(g.between(1, 254)) + ":443"});
    c.test = {g.sentence(5, 12), g.sentence(4, 10), stage > 4 ? g.sentence(4, 10) : "",
              stage > 4 ? TestResult::Pass : TestResult::NotRun, stage > 4 ? g.person() : "",
              stage > 4 ? g.date(day + 40) : ""};
    c.notes = g.sentence(0, 12);
    e.pdr.items.push_back(std::move(c));
  }
  for (int i = 0, n = g.between(1, 2); i < n; ++i) {
    PdrRevision r{e.new_id("pdr"), i + 1, g.moment(day + 30 + i * 5, 17), g.person(), g.sentence(4, 12), {}};
    r.items = nlohmann::json::parse(to_json(e).at("pdr").at("items").dump());
    e.pdr.revisions.push_back(std::move(r));
  }
  for (int i = 0, n = g.between(1, 4); i < n; ++i) {
    Meeting m;
    m.id = e.new_id("meeting");
    m.date = g.date(day + 26 + i * 7);
    m.title = "Weekly call " + std::to_string(i + 1);
    for (int k = 0, a = g.between(2, 5); k < a; ++k) m.attendees.push_back(g.person());
    for (int k = 0, a = g.between(1, 4); k < a; ++k) m.topics.push_back(g.sentence(3, 8));
    for (int k = 0, a = g.between(0, 3); k < a; ++k) m.decisions.push_back(g.sentence(4, 10));
    for (int k = 0, a = g.between(0, 3); k < a; ++k)
      m.actions.push_back({e.new_id("action"), g.sentence(4, 10), g.person(), g.date(day + 30 + i * 7), ""});
    m.notes = g.sentence(10, 40);
    e.meetings.push_back(std::move(m));
  }
  for (int i = 0, n = g.between(0, 2); i < n; ++i)
    e.changes.push_back({e.new_id("change"), g.sentence(3, 6), g.sentence(10, 20), g.person(), g.date(day + 35),
                         g.sentence(5, 10), g.between(0, 3), g.between(0, 3) * 1250.0,
                         static_cast<ChangeStatus>(g.between(0, 3))});
  if (stage < 5) return e;

  // Validation onwards: the test protocol, then acceptance, handovers, lessons and feedback.
  for (std::size_t i = 0; i < e.pdr.items.size(); ++i)
    e.tests.push_back({e.new_id("test"), "Test " + e.pdr.items[i].name, e.pdr.items[i].id, g.sentence(10, 25),
                       g.sentence(4, 10), g.sentence(4, 10), stage > 5 ? TestResult::Pass : TestResult::NotRun,
                       g.person(), g.date(day + 45), g.sentence(0, 8)});
  if (stage < 6) return e;
  e.acceptance = {stage > 6, g.person(), g.date(day + 50), g.sentence(4, 12)};
  if (stage < 7) return e;
  e.handover.support = {true, g.date(day + 55), g.sentence(10, 25), g.sentence(15, 40), g.sentence(10, 25),
                        g.sentence(8, 20), g.sentence(5, 15), g.sentence(8, 20), g.sentence(8, 20), g.sentence(0, 10)};
  e.handover.finance = {stage > 7, g.date(day + 56), "finance@provider.example", g.sentence(8, 20), ""};
  for (int i = 0, n = g.between(1, 3); i < n; ++i) e.lessons.push_back(item(e, "lesson", g.sentence(8, 20)));
  e.feedback = {g.sentence(10, 30), g.between(3, 5), g.date(day + 60)};
  return e;
}

}  // namespace

engagement::Workspace synthetic_workspace(const SyntheticWorkspaceOptions& o) {
  Gen g(o.seed);
  engagement::Workspace w;
  w.engagements.reserve(static_cast<std::size_t>(o.engagements));
  for (int i = 0; i < o.engagements; ++i) {
    const int stage = g.between(0, kStageCount - 1);  // as many in each stage
    Engagement e = make(g, i, stage);
    for (int k = 0; k < stage; ++k)
      e.history.push_back({e.new_id("move"), kStages[k], kStages[k + 1], g.moment(10 + k * 7, 14), g.person(),
                           k % 2 ? g.sentence(3, 8) : ""});
    w.engagements.push_back(std::move(e));
  }
  return w;
}

}  // namespace sw::bench
