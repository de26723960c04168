// model.h — the engagement record: one professional-services engagement from sales handover to completion.
//
// Plain structs, all fields editable; every record kept in a list has a stable `id` (unique within the
// engagement, never reused). The file format is docs/engagement.md; edits go through edit.h commands.
// Dates are "YYYY-MM-DD" and moments ISO 8601 text passed in by the caller: core never reads the clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace sw::engagement {

/// "scopewright.engagement/<major>[.<minor>]"; this build writes 1.0 and reads 0 (migrated) and 1.x.
inline constexpr std::string_view kFormatName = "scopewright.engagement";
inline constexpr int kFormatMajor = 1;
inline constexpr int kFormatMinor = 0;

enum class Side { Customer, Provider };
enum class TechnicalLevel { Unknown, Novice, Intermediate, Expert };
enum class DeploymentType { General, Medical, Storage, Waf, Telephony };
enum class SowStatus { Draft, Sent, Accepted, Rejected };
enum class ItemStatus { Open, InProgress, Done, Blocked, Cancelled };
enum class TestResult { NotRun, Pass, Fail, Waived };
enum class ChangeStatus { Proposed, Approved, Rejected, Implemented };
enum class RiskKind { Risk, Issue };
enum class RiskStatus { Open, Mitigated, Closed };
enum class Level { Low, Medium, High };

/// File names of enum values ("customer", "in_progress", "not_run", ...), in declaration order.
const std::vector<std::string_view>& enum_names(Side);
const std::vector<std::string_view>& enum_names(TechnicalLevel);
const std::vector<std::string_view>& enum_names(DeploymentType);
const std::vector<std::string_view>& enum_names(SowStatus);
const std::vector<std::string_view>& enum_names(ItemStatus);
const std::vector<std::string_view>& enum_names(TestResult);
const std::vector<std::string_view>& enum_names(ChangeStatus);
const std::vector<std::string_view>& enum_names(RiskKind);
const std::vector<std::string_view>& enum_names(RiskStatus);
const std::vector<std::string_view>& enum_names(Level);

/// The file name of an enum value.
template <typename E>
std::string_view name_of(E value) {
  return enum_names(E{})[static_cast<std::size_t>(value)];
}

/// A person on either side: customer stakeholders and our own team.
struct Contact {
  std::string id;
  Side side = Side::Customer;
  std::string name, role, responsibilities, email, phone, time_zone;
  std::string origin;  // "prefill:..." when created from questionnaire answers (re-import updates it)
};

struct Customer {
  std::string name, organisation, address, time_zone;
  TechnicalLevel technical_level = TechnicalLevel::Unknown;  // perceived level of the customer's team
  std::string technical_notes;
};

/// What sales sold (seed 001 "What do we need to know?", seed 004 ROM and billing).
struct Commercial {
  std::optional<double> ps_days, amount, rom_days, rom_amount;
  std::string currency;  // ISO 4217, e.g. "GBP"
  std::string sale_date, invoice_date, contract_date;
  std::string purchase_order, quote_number, opportunity;
  std::string billing_terms, billing_needs, terms_link;
};

/// One questionnaire answers document attached to the engagement, kept exactly as received.
struct AnswersAttachment {
  std::string id, questionnaire_id, questionnaire_version, received;
  nlohmann::json document;  // the scopewright.answers/1 document as is
};

/// A line of scope: an objective, assumption, exclusion, dependency or lesson.
struct Item {
  std::string id, text, origin;
};

struct Deliverable {
  std::string id, title, description;
  std::vector<std::string> acceptance_criteria;
  std::string origin;
};

struct Scope {
  std::vector<Item> objectives;
  std::vector<Deliverable> deliverables;
  std::vector<Item> assumptions, exclusions, dependencies;
};

/// One revision of the Statement of Work; `snapshot` holds the scope as sent (frozen when sent).
struct SowRevision {
  std::string id;
  int number = 1;
  SowStatus status = SowStatus::Draft;
  std::string created, sent, decided;  // ISO moments
  std::string rejection_reason, note;
  nlohmann::json snapshot;  // null until sent
};

struct Milestone {
  std::string id, title, due, completed;  // completed: date, "" while open
};

/// Equipment and site readiness (seed 003: power, rack space, building entry, handoff type).
struct ReadinessItem {
  std::string id, item, site, owner, due;
  ItemStatus status = ItemStatus::Open;
  std::string notes, origin;
};

struct Plan {
  std::string start_date, target_date, meeting_cadence;
  std::vector<Milestone> milestones;
  std::vector<ReadinessItem> readiness;
};

struct Setting {
  std::string id, key, value;
};

/// The functional test every configuration item carries (seed 001: "functional testing for each").
struct FunctionalTest {
  std::string description, expected, actual;
  TestResult result = TestResult::NotRun;
  std::string tested_by, tested_on;
};

/// What was actually configured (a virtual service, a GSLB entry, ...).
struct ConfigItem {
  std::string id, kind, name;
  std::vector<Setting> settings;
  FunctionalTest test;
  std::string notes, origin;
};

/// One saved revision of the Project Detail Record: who, when, why, and the items at that point.
struct PdrRevision {
  std::string id;
  int number = 1;
  std::string time, who, summary;
  nlohmann::json items;  // snapshot of Pdr::items
};

struct Pdr {
  std::vector<ConfigItem> items;
  std::vector<PdrRevision> revisions;
};

/// Requirements checklist item (seed 002), tracked with owner and side.
struct ChecklistItem {
  std::string id, item, owner;
  Side side = Side::Provider;
  std::string due;
  ItemStatus status = ItemStatus::Open;
  std::string notes, origin;  // origin "meeting:<id>/action:<id>" when promoted from an action item
};

struct ActionItem {
  std::string id, text, owner, due;
  std::string checklist_id;  // the checklist item it became, if any
};

struct Meeting {
  std::string id, date, title;
  std::vector<std::string> attendees, topics, decisions;
  std::vector<ActionItem> actions;
  std::string notes;
};

struct ChangeRequest {
  std::string id, title, description, requested_by, date;
  std::string impact_scope;
  std::optional<double> impact_days, impact_cost;
  ChangeStatus status = ChangeStatus::Proposed;
};

struct RiskIssue {
  std::string id;
  RiskKind kind = RiskKind::Risk;
  std::string title, description, owner, mitigation;
  Level likelihood = Level::Medium, impact = Level::Medium;
  RiskStatus status = RiskStatus::Open;
};

/// One line of the test protocol (validation and customer tests).
struct TestCase {
  std::string id, name, config_item_id, steps, expected, actual;
  TestResult result = TestResult::NotRun;
  std::string tested_by, tested_on, notes;
};

struct Acceptance {
  bool criteria_met = false;
  std::string accepted_by, date, notes;
};

struct SupportHandover {
  bool done = false;
  std::string date, original_requirements, summary, outcomes, customer_knowledge;
  std::string network_oddities, how_to_connect, system_state, notes;
};

struct FinanceHandover {
  bool done = false;
  std::string date, sent_to, completion_notice, notes;
};

struct Handover {
  SupportHandover support;
  FinanceHandover finance;
};

struct Feedback {
  std::string customer_feedback;
  std::optional<double> rating;  // e.g. 1..5 from the customer survey
  std::string received;
};

/// One accepted move between process stages.
struct HistoryEntry {
  std::string id, from, to, time, who, note;
};

struct Engagement {
  std::string id, title, created, updated;
  std::string process_id, process_version, stage;
  Customer customer;
  std::vector<Contact> contacts;
  Commercial commercial;
  DeploymentType deployment_type = DeploymentType::General;
  std::vector<AnswersAttachment> answers;
  std::string discovery_notes;
  Scope scope;
  std::vector<SowRevision> sow;
  Plan plan;
  Pdr pdr;
  std::vector<ChecklistItem> checklist;
  std::vector<Meeting> meetings;
  std::vector<ChangeRequest> changes;
  std::vector<RiskIssue> risks;
  std::vector<TestCase> tests;
  Acceptance acceptance;
  Handover handover;
  std::vector<Item> lessons;
  Feedback feedback;
  std::vector<HistoryEntry> history;
  long long next_id = 1;  // counter behind new record ids; only grows

  /// A fresh record id such as "risk-12" (bumps next_id, so ids are never reused).
  std::string new_id(std::string_view prefix);
};

/// The record-id prefix used for records of a list ("contacts" → "contact"), "item" for unknown lists.
std::string_view id_prefix(std::string_view list_key);

}  // namespace sw::engagement
