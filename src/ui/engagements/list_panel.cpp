// list_panel.cpp — the workspace as a searchable list, sortable by any column header.
#include "imgui.h"
#include "ui/engagements/panels.h"

namespace sw::ui::engagements {

void draw_list(Session& s, EditorUi& ui) {
  using engagement::SortKey;
  auto& w = s.workspace();
  auto rows = engagement::search(w, ui.search);
  struct Col {
    const char* name;
    SortKey key;
  };
  const Col cols[] = {{"Customer", SortKey::Customer}, {"Title", SortKey::Title},     {"Stage", SortKey::Stage},
                      {"Created", SortKey::Created},   {"Updated", SortKey::Updated}, {"Sale date", SortKey::SaleDate},
                      {"Target date", SortKey::TargetDate}};
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_Sortable |
                                ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
  if (rows.empty()) ImGui::TextDisabled(w.engagements.empty() ? "No engagements yet." : "Nothing matches the search.");
  if (!ImGui::BeginTable("engagements", 8, flags)) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn("Customer", ImGuiTableColumnFlags_DefaultSort, 180);
  ImGui::TableSetupColumn("Title", 0, 220);
  ImGui::TableSetupColumn("Stage", 0, 130);
  ImGui::TableSetupColumn("Created", 0, 100);
  ImGui::TableSetupColumn("Updated", 0, 100);
  ImGui::TableSetupColumn("Sale date", 0, 100);
  ImGui::TableSetupColumn("Target date", 0, 100);
  ImGui::TableSetupColumn("Open", ImGuiTableColumnFlags_NoSort, 60);
  ImGui::TableHeadersRow();
  SortKey key = SortKey::Customer;
  bool ascending = true;
  if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
    const auto& spec = specs->Specs[0];
    if (spec.ColumnIndex < static_cast<int>(std::size(cols))) key = cols[spec.ColumnIndex].key;
    ascending = spec.SortDirection != ImGuiSortDirection_Descending;
  }
  const engagement::Process* stage_order = s.find_process(ui.board_process);
  if (!stage_order && !s.processes().empty()) stage_order = &s.processes().front();
  engagement::sort_by(w, rows, key, ascending, stage_order);
  for (std::size_t i : rows) {
    auto& e = w.engagements[i];
    const auto* process = s.process_for(e);
    const auto* stage = process ? process->stage(e.stage) : nullptr;
    ImGui::PushID(e.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(e.customer.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(e.title.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(stage ? stage->label.c_str() : e.stage.c_str());
    for (const std::string* d : {&e.created, &e.updated, &e.commercial.sale_date, &e.plan.target_date}) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(d->substr(0, 10).c_str());
    }
    ImGui::TableNextColumn();
    if (ImGui::SmallButton("Open")) s.open(e.id);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace sw::ui::engagements
