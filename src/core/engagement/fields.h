// fields.h — the one list of every engagement field and its file name, walked by the reader, writer and id pass.
//
// visit(v, record) calls v("file_name", member) for each member in file order. Visitors overload
// operator() per member type; the writer gets records through const_cast and never modifies them.
#pragma once

#include "core/engagement/model.h"

namespace sw::engagement::fields {

template <class V> void visit(V& v, Contact& c) {
  v("id", c.id); v("side", c.side); v("name", c.name); v("role", c.role); v("responsibilities", c.responsibilities);
  v("email", c.email); v("phone", c.phone); v("time_zone", c.time_zone); v("origin", c.origin);
}
template <class V> void visit(V& v, Customer& c) {
  v("name", c.name); v("organisation", c.organisation); v("address", c.address); v("time_zone", c.time_zone);
  v("technical_level", c.technical_level); v("technical_notes", c.technical_notes);
}
template <class V> void visit(V& v, Commercial& c) {
  v("ps_days", c.ps_days); v("amount", c.amount); v("currency", c.currency); v("sale_date", c.sale_date);
  v("invoice_date", c.invoice_date); v("contract_date", c.contract_date); v("purchase_order", c.purchase_order);
  v("quote_number", c.quote_number); v("opportunity", c.opportunity); v("rom_days", c.rom_days);
  v("rom_amount", c.rom_amount); v("billing_terms", c.billing_terms); v("billing_needs", c.billing_needs);
  v("terms_link", c.terms_link);
}
template <class V> void visit(V& v, AnswersAttachment& a) {
  v("id", a.id); v("questionnaire_id", a.questionnaire_id); v("questionnaire_version", a.questionnaire_version);
  v("received", a.received); v("document", a.document);
}
template <class V> void visit(V& v, Item& i) { v("id", i.id); v("text", i.text); v("origin", i.origin); }
template <class V> void visit(V& v, Deliverable& d) {
  v("id", d.id); v("title", d.title); v("description", d.description);
  v("acceptance_criteria", d.acceptance_criteria); v("origin", d.origin);
}
template <class V> void visit(V& v, Scope& s) {
  v("objectives", s.objectives); v("deliverables", s.deliverables); v("assumptions", s.assumptions);
  v("exclusions", s.exclusions); v("dependencies", s.dependencies);
}
template <class V> void visit(V& v, SowRevision& r) {
  v("id", r.id); v("number", r.number); v("status", r.status); v("created", r.created); v("sent", r.sent);
  v("decided", r.decided); v("rejection_reason", r.rejection_reason); v("note", r.note); v("snapshot", r.snapshot);
}
template <class V> void visit(V& v, Milestone& m) {
  v("id", m.id); v("title", m.title); v("due", m.due); v("completed", m.completed);
}
template <class V> void visit(V& v, ReadinessItem& r) {
  v("id", r.id); v("item", r.item); v("site", r.site); v("owner", r.owner); v("due", r.due);
  v("status", r.status); v("notes", r.notes); v("origin", r.origin);
}
template <class V> void visit(V& v, Plan& p) {
  v("start_date", p.start_date); v("target_date", p.target_date); v("meeting_cadence", p.meeting_cadence);
  v("milestones", p.milestones); v("readiness", p.readiness);
}
template <class V> void visit(V& v, Setting& s) { v("id", s.id); v("key", s.key); v("value", s.value); }
template <class V> void visit(V& v, FunctionalTest& t) {
  v("description", t.description); v("expected", t.expected); v("actual", t.actual); v("result", t.result);
  v("tested_by", t.tested_by); v("tested_on", t.tested_on);
}
template <class V> void visit(V& v, ConfigItem& c) {
  v("id", c.id); v("kind", c.kind); v("name", c.name); v("settings", c.settings); v("test", c.test);
  v("notes", c.notes); v("origin", c.origin);
}
template <class V> void visit(V& v, PdrRevision& r) {
  v("id", r.id); v("number", r.number); v("time", r.time); v("who", r.who); v("summary", r.summary);
  v("items", r.items);
}
template <class V> void visit(V& v, Pdr& p) { v("items", p.items); v("revisions", p.revisions); }
template <class V> void visit(V& v, ChecklistItem& c) {
  v("id", c.id); v("item", c.item); v("owner", c.owner); v("side", c.side); v("due", c.due);
  v("status", c.status); v("notes", c.notes); v("origin", c.origin);
}
template <class V> void visit(V& v, ActionItem& a) {
  v("id", a.id); v("text", a.text); v("owner", a.owner); v("due", a.due); v("checklist_id", a.checklist_id);
}
template <class V> void visit(V& v, Meeting& m) {
  v("id", m.id); v("date", m.date); v("title", m.title); v("attendees", m.attendees); v("topics", m.topics);
  v("decisions", m.decisions); v("actions", m.actions); v("notes", m.notes);
}
template <class V> void visit(V& v, ChangeRequest& c) {
  v("id", c.id); v("title", c.title); v("description", c.description); v("requested_by", c.requested_by);
  v("date", c.date); v("impact_scope", c.impact_scope); v("impact_days", c.impact_days);
  v("impact_cost", c.impact_cost); v("status", c.status);
}
template <class V> void visit(V& v, RiskIssue& r) {
  v("id", r.id); v("kind", r.kind); v("title", r.title); v("description", r.description); v("owner", r.owner);
  v("mitigation", r.mitigation); v("likelihood", r.likelihood); v("impact", r.impact); v("status", r.status);
}
template <class V> void visit(V& v, TestCase& t) {
  v("id", t.id); v("name", t.name); v("config_item_id", t.config_item_id); v("steps", t.steps);
  v("expected", t.expected); v("actual", t.actual); v("result", t.result); v("tested_by", t.tested_by);
  v("tested_on", t.tested_on); v("notes", t.notes);
}
template <class V> void visit(V& v, Acceptance& a) {
  v("criteria_met", a.criteria_met); v("accepted_by", a.accepted_by); v("date", a.date); v("notes", a.notes);
}
template <class V> void visit(V& v, SupportHandover& s) {
  v("done", s.done); v("date", s.date); v("original_requirements", s.original_requirements);
  v("summary", s.summary); v("outcomes", s.outcomes); v("customer_knowledge", s.customer_knowledge);
  v("network_oddities", s.network_oddities); v("how_to_connect", s.how_to_connect);
  v("system_state", s.system_state); v("notes", s.notes);
}
template <class V> void visit(V& v, FinanceHandover& f) {
  v("done", f.done); v("date", f.date); v("sent_to", f.sent_to); v("completion_notice", f.completion_notice);
  v("notes", f.notes);
}
template <class V> void visit(V& v, Handover& h) { v("support", h.support); v("finance", h.finance); }
template <class V> void visit(V& v, Feedback& f) {
  v("customer_feedback", f.customer_feedback); v("rating", f.rating); v("received", f.received);
}
template <class V> void visit(V& v, HistoryEntry& h) {
  v("id", h.id); v("from", h.from); v("to", h.to); v("time", h.time); v("who", h.who); v("note", h.note);
}
/// Everything but "format", which the reader and writer handle themselves.
template <class V> void visit(V& v, Engagement& e) {
  v("id", e.id); v("title", e.title); v("created", e.created); v("updated", e.updated);
  v("process_id", e.process_id); v("process_version", e.process_version); v("stage", e.stage);
  v("customer", e.customer); v("contacts", e.contacts); v("commercial", e.commercial);
  v("deployment_type", e.deployment_type); v("answers", e.answers); v("discovery_notes", e.discovery_notes);
  v("scope", e.scope); v("sow", e.sow); v("plan", e.plan); v("pdr", e.pdr); v("checklist", e.checklist);
  v("meetings", e.meetings); v("changes", e.changes); v("risks", e.risks); v("tests", e.tests);
  v("acceptance", e.acceptance); v("handover", e.handover); v("lessons", e.lessons); v("feedback", e.feedback);
  v("history", e.history); v("next_id", e.next_id);
}

}  // namespace sw::engagement::fields
