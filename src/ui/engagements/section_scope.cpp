// section_scope.cpp — the scope: objectives, deliverables with acceptance criteria, assumptions, exclusions,
// dependencies.
#include "imgui.h"
#include "ui/engagements/record_table.h"
#include "ui/engagements/sections.h"

namespace sw::ui::engagements {
namespace {

void item_table(EditContext& c, const char* id, const char* title, const char* list, const char* noun) {
  heading(title);
  record_table(c, {id, list, noun, {{"Text", "text", Cell::Text, 420}}});
}

void deliverables(EditContext& c) {
  heading("Deliverables");
  const nlohmann::json& list = value_at(c.dom, "/scope/deliverables");
  const std::size_t count = list.is_array() ? list.size() : 0;
  if (count == 0) help("None yet.");
  for (std::size_t i = 0; i < count; ++i) {
    const std::string path = "/scope/deliverables/" + std::to_string(i);
    const nlohmann::json& d = list[i];
    ImGui::PushID(d.value("id", path).c_str());
    std::string title = d.value("title", "");
    const std::size_t criteria = d.contains("acceptance_criteria") ? d["acceptance_criteria"].size() : 0;
    const std::string header = (title.empty() ? "(untitled deliverable)" : title) + "  \xC2\xB7  " +
                               std::to_string(criteria) + " acceptance criteria###deliverable";
    if (ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      if (begin_form("deliverable", c.narrow)) {
        text_row(c, "Deliverable title", path + "/title");
        text_row(c, "Description", path + "/description", true);
        end_form();
      }
      if (criteria == 0) ImGui::TextColored(ImVec4(0.78f, 0.16f, 0.16f, 1), "Needs at least one acceptance criterion.");
      string_list(c, "Acceptance criteria", path + "/acceptance_criteria", "criterion");
      if (ImGui::SmallButton("Remove deliverable"))
        c.session.apply(c.e, engagement::remove_at(path, "Remove deliverable"));
    }
    ImGui::PopID();
  }
  if (ImGui::Button("Add deliverable"))
    c.session.apply(c.e, engagement::insert_record("/scope/deliverables", nlohmann::json::object(), "Add deliverable"));
}

}  // namespace

void draw_scope(EditContext& c) {
  item_table(c, "objectives", "Objectives", "/scope/objectives", "objective");
  deliverables(c);
  item_table(c, "assumptions", "Assumptions", "/scope/assumptions", "assumption");
  item_table(c, "exclusions", "Exclusions", "/scope/exclusions", "exclusion");
  item_table(c, "dependencies", "Dependencies", "/scope/dependencies", "dependency");
}

}  // namespace sw::ui::engagements
