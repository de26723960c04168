// commands.cpp — SoW and PDR revisions, action → checklist promotion, answers attachment.
#include "core/engagement/commands.h"

#include "core/engagement/fields.h"
#include "core/engagement/format.h"

namespace sw::engagement {

namespace {
std::string last_sow(const Engagement& e) { return "/sow/" + std::to_string(e.sow.size() - 1); }
}  // namespace

Command new_sow_revision(const Engagement& e, std::string_view now, std::string_view note) {
  const int number = e.sow.empty() ? 1 : e.sow.back().number + 1;
  nlohmann::json rev = {{"number", number}, {"status", "draft"}, {"created", std::string(now)},
                        {"note", std::string(note)}};
  return insert_record("/sow", rev, "New SoW revision " + std::to_string(number));
}

Command send_sow(const Engagement& e, std::string_view now) {
  if (e.sow.empty() || e.sow.back().status != SowStatus::Draft) return Command{"Send SoW", {}, ""};
  const std::string at = last_sow(e);
  const nlohmann::json scope = to_dom(e)["scope"];
  return Command{"Send SoW revision " + std::to_string(e.sow.back().number),
                 {Op{OpKind::Set, at + "/status", "sent"}, Op{OpKind::Set, at + "/sent", std::string(now)},
                  Op{OpKind::Set, at + "/snapshot", scope}},
                 ""};
}

Command decide_sow(const Engagement& e, bool accepted, std::string_view reason, std::string_view now) {
  if (e.sow.empty() || e.sow.back().status != SowStatus::Sent) return Command{"Record SoW decision", {}, ""};
  const std::string at = last_sow(e);
  Command c{std::string(accepted ? "Accept" : "Reject") + " SoW revision " + std::to_string(e.sow.back().number),
            {Op{OpKind::Set, at + "/status", accepted ? "accepted" : "rejected"},
             Op{OpKind::Set, at + "/decided", std::string(now)}},
            ""};
  if (!accepted) c.ops.push_back(Op{OpKind::Set, at + "/rejection_reason", std::string(reason)});
  return c;
}

Command save_pdr_revision(const Engagement& e, std::string_view who, std::string_view summary, std::string_view now) {
  const int number = e.pdr.revisions.empty() ? 1 : e.pdr.revisions.back().number + 1;
  nlohmann::json rev = {{"number", number},           {"time", std::string(now)}, {"who", std::string(who)},
                        {"summary", std::string(summary)}, {"items", to_dom(e)["pdr"]["items"]}};
  return insert_record("/pdr/revisions", rev, "Save PDR revision " + std::to_string(number));
}

Command promote_action(Engagement& e, std::string_view meeting_id, std::string_view action_id) {
  for (std::size_t m = 0; m < e.meetings.size(); ++m) {
    if (e.meetings[m].id != meeting_id) continue;
    for (std::size_t a = 0; a < e.meetings[m].actions.size(); ++a) {
      const ActionItem& action = e.meetings[m].actions[a];
      if (action.id != action_id || !action.checklist_id.empty()) continue;
      const std::string id = e.new_id(id_prefix("checklist"));
      nlohmann::json item = {{"id", id},          {"item", action.text},  {"owner", action.owner},
                             {"due", action.due}, {"status", "open"},
                             {"origin", "meeting:" + std::string(meeting_id) + "/action:" + std::string(action_id)}};
      const std::string action_path = "/meetings/" + std::to_string(m) + "/actions/" + std::to_string(a);
      return Command{"Add action to checklist",
                     {Op{OpKind::Insert, "/checklist/-", item}, Op{OpKind::Set, action_path + "/checklist_id", id}},
                     ""};
    }
  }
  return Command{"Add action to checklist", {}, ""};
}

Command attach_answers(const nlohmann::json& doc, std::string_view now) {
  nlohmann::json q = doc.is_object() && doc.contains("questionnaire") ? doc["questionnaire"] : nlohmann::json::object();
  nlohmann::json a = {{"questionnaire_id", q.is_object() ? q.value("id", "") : ""},
                      {"questionnaire_version", q.is_object() ? q.value("version", "") : ""},
                      {"received", std::string(now)},
                      {"document", doc}};
  return insert_record("/answers", a, "Attach questionnaire answers");
}

}  // namespace sw::engagement
