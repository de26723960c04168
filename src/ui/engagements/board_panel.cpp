// board_panel.cpp — the workspace as a board: a column per stage of a process, a card per engagement
// (customer, title, days in stage). Cards move by drag and drop onto a column or with their "Move" menu
// (keyboard reachable); every move goes through the process rules.
#include "imgui.h"
#include "ui/engagements/dates.h"
#include "ui/engagements/panels.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace sw::ui::engagements {
namespace {

constexpr const char* kPayload = "SW_ENGAGEMENT";
constexpr float kColumnWidth = 230.0f;

std::string days_in_stage(const Session& s, const engagement::Engagement& e) {
  const std::string since = e.history.empty() ? e.created : e.history.back().time;
  const auto days = days_between(since, s.now());
  if (!days) return "";
  return std::to_string(*days) + (*days == 1 ? " day in stage" : " days in stage");
}

void draw_card(Session& s, engagement::Engagement& e, const Fonts& fonts) {
  ImGui::PushID(e.id.c_str());
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::card());
  ImGui::BeginChild("card", ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  const std::string customer = e.customer.name.empty() ? "(no customer yet)" : e.customer.name;
  ImGui::PushFont(fonts.heading);
  // The customer line is the drag handle and opens the engagement when clicked.
  if (ImGui::Selectable((customer + "##card").c_str())) s.open(e.id);
  ImGui::PopFont();
  if (ImGui::BeginDragDropSource()) {
    ImGui::SetDragDropPayload(kPayload, e.id.c_str(), e.id.size() + 1);
    ImGui::Text("Move %s", e.title.c_str());
    ImGui::EndDragDropSource();
  }
  ImGui::TextWrapped("%s", e.title.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::TextUnformatted(days_in_stage(s, e).c_str());
  ImGui::PopStyleColor();
  if (ImGui::SmallButton("Open")) s.open(e.id);
  ImGui::SameLine();
  if (ImGui::SmallButton("Move")) ImGui::OpenPopup("move");
  if (ImGui::BeginPopup("move")) {
    ImGui::TextDisabled("Move \"%s\"", e.title.c_str());
    draw_move_buttons(s, e, "", true);
    ImGui::EndPopup();
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopID();
}

}  // namespace

void draw_board(Session& s, EditorUi& ui, const Fonts& fonts) {
  const auto& processes = s.processes();
  if (processes.empty()) {
    help("No process definitions could be loaded, so there is no board.");
    return;
  }
  const engagement::Process* process = s.find_process(ui.board_process);
  if (!process) process = &processes.front();
  if (processes.size() > 1) {
    const float label_w = ImGui::CalcTextSize("Board process").x + ImGui::GetStyle().ItemInnerSpacing.x + 4;
    ImGui::SetNextItemWidth(std::min(320.0f, ImGui::GetContentRegionAvail().x - label_w));
    if (ImGui::BeginCombo("Board process", process->title.c_str())) {
      for (const auto& p : processes)
        if (ImGui::Selectable(p.title.c_str(), &p == process)) ui.board_process = p.id;
      ImGui::EndCombo();
    }
  }
  auto& w = s.workspace();
  const auto matches = engagement::search(w, ui.search);
  std::string dropped_id, dropped_stage;

  ImGui::BeginChild("board", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_HorizontalScrollbar);
  bool first = true;
  for (const auto& stage : process->stages) {
    if (!first) ImGui::SameLine();
    first = false;
    ImGui::PushID(stage.id.c_str());
    ImGui::BeginChild("column", ImVec2(kColumnWidth, 0), ImGuiChildFlags_Border);
    std::vector<std::size_t> here;
    for (std::size_t i : matches)
      if (w.engagements[i].process_id == process->id && w.engagements[i].stage == stage.id) here.push_back(i);
    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", stage.label.c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%zu", here.size());
    for (std::size_t i : here) draw_card(s, w.engagements[i], fonts);
    ImGui::EndChild();
    if (ImGui::BeginDragDropTarget()) {
      if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kPayload)) {
        dropped_id = static_cast<const char*>(p->Data);
        dropped_stage = stage.id;
      }
      ImGui::EndDragDropTarget();
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
  if (!dropped_id.empty()) {
    if (auto* e = w.find(dropped_id); e && e->stage != dropped_stage) s.move(*e, dropped_stage);
  }
}

}  // namespace sw::ui::engagements
