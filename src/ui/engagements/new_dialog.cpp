// new_dialog.cpp — "New engagement": a blank engagement on a chosen process, with its title and customer.
#include "core/engagement/move.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/engagements/panels.h"

namespace sw::ui::engagements {

engagement::Engagement make_engagement(Session& s, const engagement::Process& p, const std::string& title,
                                       const std::string& customer) {
  engagement::Engagement e;
  e.id = s.workspace().unique_id("e" + std::to_string(s.workspace().engagements.size() + 1));
  e.created = e.updated = s.now();
  engagement::apply(e, engagement::start_on_process(p));
  e.title = title;
  e.customer.name = customer;
  return e;
}

void draw_new_dialog(Session& s, EditorUi& ui) {
  constexpr const char* kTitle = "New engagement";
  if (ui.new_dialog && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  place_modal(520);
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) return;
  const auto& processes = s.processes();
  ImGui::TextUnformatted("Title");
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::InputTextWithHint("Title##new", "e.g. Load balancer migration", &ui.new_title);
  ImGui::TextUnformatted("Customer");
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("Customer##new", "customer name", &ui.new_customer);
  ImGui::TextUnformatted("Process");
  if (processes.empty()) {
    ImGui::TextWrapped("No process definitions could be loaded.");
  } else {
    ui.new_process = std::clamp(ui.new_process, 0, static_cast<int>(processes.size()) - 1);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("Process##new", processes[ui.new_process].title.c_str())) {
      for (int i = 0; i < static_cast<int>(processes.size()); ++i)
        if (ImGui::Selectable(processes[i].title.c_str(), i == ui.new_process)) ui.new_process = i;
      ImGui::EndCombo();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", processes[ui.new_process].description.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::Spacing();
  ImGui::BeginDisabled(processes.empty());
  if (ImGui::Button("Create")) {
    const std::string title = ui.new_title.empty() ? "New engagement" : ui.new_title;
    s.add(make_engagement(s, processes[ui.new_process], title, ui.new_customer));
    s.notice = "Created \"" + title + "\".";
    ui.new_dialog = false;
    ui.new_title.clear();
    ui.new_customer.clear();
    ui.section = 0;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) {
    ui.new_dialog = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace sw::ui::engagements
