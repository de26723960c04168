// model.cpp — enum names of the engagement format and record id generation.
#include "core/engagement/model.h"

#include <utility>

namespace sw::engagement {

using Names = std::vector<std::string_view>;

const Names& enum_names(Side) { static const Names n{"customer", "provider"}; return n; }
const Names& enum_names(TechnicalLevel) {
  static const Names n{"unknown", "novice", "intermediate", "expert"};
  return n;
}
const Names& enum_names(DeploymentType) {
  static const Names n{"general", "medical", "storage", "waf", "telephony"};
  return n;
}
const Names& enum_names(SowStatus) { static const Names n{"draft", "sent", "accepted", "rejected"}; return n; }
const Names& enum_names(ItemStatus) {
  static const Names n{"open", "in_progress", "done", "blocked", "cancelled"};
  return n;
}
const Names& enum_names(TestResult) { static const Names n{"not_run", "pass", "fail", "waived"}; return n; }
const Names& enum_names(ChangeStatus) {
  static const Names n{"proposed", "approved", "rejected", "implemented"};
  return n;
}
const Names& enum_names(RiskKind) { static const Names n{"risk", "issue"}; return n; }
const Names& enum_names(RiskStatus) { static const Names n{"open", "mitigated", "closed"}; return n; }
const Names& enum_names(Level) { static const Names n{"low", "medium", "high"}; return n; }

std::string Engagement::new_id(std::string_view prefix) {
  return std::string(prefix) + "-" + std::to_string(next_id++);
}

std::string_view id_prefix(std::string_view list_key) {
  static const std::pair<std::string_view, std::string_view> table[] = {
      {"contacts", "contact"},   {"answers", "answers"},       {"objectives", "objective"},
      {"deliverables", "deliv"}, {"assumptions", "assume"},    {"exclusions", "exclude"},
      {"dependencies", "dep"},   {"sow", "sow"},               {"milestones", "ms"},
      {"readiness", "ready"},    {"settings", "set"},          {"items", "ci"},
      {"revisions", "pdr"},      {"checklist", "check"},       {"actions", "action"},
      {"meetings", "meeting"},   {"changes", "cr"},            {"risks", "risk"},
      {"tests", "test"},         {"lessons", "lesson"},        {"history", "move"},
  };
  for (const auto& [key, prefix] : table)
    if (key == list_key) return prefix;
  return "item";
}

}  // namespace sw::engagement
