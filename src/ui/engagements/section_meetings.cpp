// section_meetings.cpp — meeting minutes: attendees, topics, decisions, action items (each can become a
// requirements checklist item), notes.
#include "core/engagement/commands.h"
#include "imgui.h"
#include "ui/engagements/record_table.h"
#include "ui/engagements/sections.h"

namespace sw::ui::engagements {

void draw_meetings(EditContext& c) {
  heading("Meetings");
  const nlohmann::json& list = value_at(c.dom, "/meetings");
  const std::size_t count = list.is_array() ? list.size() : 0;
  if (count == 0) help("No minutes yet.");
  for (std::size_t i = 0; i < count; ++i) {
    const nlohmann::json& m = list[i];
    const std::string path = "/meetings/" + std::to_string(i);
    const std::string meeting_id = m.value("id", "");
    ImGui::PushID(meeting_id.c_str());
    const std::string title = m.value("title", "");
    const std::string header = m.value("date", "") + "  " + (title.empty() ? "(untitled meeting)" : title) + "###m";
    if (ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      if (begin_form("meeting", c.narrow)) {
        date_row(c, "Date", path + "/date");
        text_row(c, "Meeting title", path + "/title");
        text_row(c, "Notes", path + "/notes", true);
        end_form();
      }
      string_list(c, "Attendees", path + "/attendees", "attendee");
      string_list(c, "Topics", path + "/topics", "topic");
      string_list(c, "Decisions", path + "/decisions", "decision");
      ImGui::TextUnformatted("Action items");
      const nlohmann::json& actions = m["actions"];
      record_table(c, {"actions", path + "/actions", "action item",
                       {{"Action", "text", Cell::Text, 240}, {"Owner", "owner"}, {"Due", "due", Cell::Date, 120}}},
                   [&](std::size_t a, const std::string&) {
                     const std::string checklist_id = actions[a].value("checklist_id", "");
                     ImGui::SameLine();
                     if (!checklist_id.empty()) {
                       ImGui::TextDisabled("on checklist");
                     } else if (ImGui::SmallButton("To checklist")) {
                       c.session.apply(c.e, engagement::promote_action(c.e, meeting_id, actions[a].value("id", "")));
                     }
                   });
      if (ImGui::SmallButton("Remove meeting")) c.session.apply(c.e, engagement::remove_at(path, "Remove meeting"));
    }
    ImGui::PopID();
  }
  if (ImGui::Button("Add meeting"))
    c.session.apply(c.e, engagement::insert_record("/meetings", {{"date", c.session.now().substr(0, 10)}}, "Add meeting"));
}

}  // namespace sw::ui::engagements
