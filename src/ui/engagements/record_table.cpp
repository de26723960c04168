// record_table.cpp — editable tables of records and lists of strings (see record_table.h).
#include "ui/engagements/record_table.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/theme.h"

namespace sw::ui::engagements {
namespace {

void draw_cell(EditContext& c, const Column& col, const std::string& path) {
  switch (col.cell) {
    case Cell::Text: edit_text(c, col.header, path); break;
    case Cell::Date: edit_text(c, col.header, path, false, "YYYY-MM-DD"); break;
    case Cell::Number: edit_number(c, col.header, path); break;
    case Cell::Enum: edit_enum(c, col.header, path, *col.options); break;
    case Cell::Bool: edit_bool(c, col.header, path); break;
  }
}

std::string record_name(const nlohmann::json& record, const char* noun) {
  for (const char* key : {"title", "name", "item", "text", "key"}) {
    if (record.contains(key) && record[key].is_string() && !record[key].get<std::string>().empty())
      return std::string(noun) + " \"" + record[key].get<std::string>() + "\"";
  }
  return noun;
}

// row_actions may be null (no extra buttons).
void draw_record_table(EditContext& c, const TableSpec& spec, const RowActions* row_actions) {
  const nlohmann::json& list = value_at(c.dom, spec.list_path);
  const std::size_t count = list.is_array() ? list.size() : 0;
  ImGui::PushID(spec.id);
  if (count == 0) help("None yet.");
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_SizingFixedFit;
  const float row_height = ImGui::GetFrameHeightWithSpacing() + 4;
  const float height = row_height * static_cast<float>(count + 1) + ImGui::GetStyle().ScrollbarSize + 8;
  if (count > 0 && ImGui::BeginTable(spec.id, static_cast<int>(spec.columns.size()) + 1, flags, ImVec2(0, height))) {
    // Actions first and frozen, so Remove stays in reach when the table scrolls sideways (phones).
    ImGui::TableSetupColumn("Actions", ImGuiTableColumnFlags_WidthFixed, row_actions ? 250.0f : 150.0f);
    for (const auto& col : spec.columns) ImGui::TableSetupColumn(col.header, ImGuiTableColumnFlags_WidthFixed, col.width);
    ImGui::TableSetupScrollFreeze(1, 1);
    // Headers as plain text: the cells' widgets carry the column names as their labels.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    ImGui::TextDisabled("#");
    for (const auto& col : spec.columns) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(col.header);
    }
    for (std::size_t i = 0; i < count; ++i) {
      const nlohmann::json& record = list[i];
      const std::string row_path = spec.list_path + "/" + std::to_string(i);
      const std::string rid = record.value("id", row_path);
      ImGui::PushID(rid.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::BeginDisabled(i == 0);
      if (ImGui::SmallButton("\xE2\x86\x91##up"))  // ↑
        c.session.apply(c.e, engagement::move_record(spec.list_path, i, i - 1, record, "Move " + std::string(spec.noun) + " up"));
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::BeginDisabled(i + 1 == count);
      if (ImGui::SmallButton("\xE2\x86\x93##down"))  // ↓
        c.session.apply(c.e, engagement::move_record(spec.list_path, i, i + 1, record, "Move " + std::string(spec.noun) + " down"));
      ImGui::EndDisabled();
      ImGui::SameLine();
      if (ImGui::SmallButton("Remove")) {
        c.session.apply(c.e, engagement::remove_at(row_path, "Remove " + record_name(record, spec.noun)));
      }
      if (row_actions) (*row_actions)(i, row_path);
      for (const auto& col : spec.columns) {
        ImGui::TableNextColumn();
        draw_cell(c, col, row_path + "/" + col.key);
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  const std::string add = std::string("Add ") + spec.noun;
  if (ImGui::Button(add.c_str())) c.session.apply(c.e, engagement::insert_record(spec.list_path, spec.new_record, add));
  ImGui::PopID();
}

}  // namespace

void record_table(EditContext& c, const TableSpec& spec) { draw_record_table(c, spec, nullptr); }

void record_table(EditContext& c, const TableSpec& spec, RowActions row_actions) {
  draw_record_table(c, spec, &row_actions);
}

void string_list(EditContext& c, const char* label, const std::string& list_path, const char* noun) {
  const nlohmann::json& list = value_at(c.dom, list_path);
  const std::size_t count = list.is_array() ? list.size() : 0;
  ImGui::PushID(list_path.c_str());
  ImGui::TextUnformatted(label);
  for (std::size_t i = 0; i < count; ++i) {
    ImGui::PushID(static_cast<int>(i));
    const float remove_w = ImGui::CalcTextSize("Remove").x + ImGui::GetStyle().FramePadding.x * 2 + 8;
    const float width = ImGui::GetContentRegionAvail().x - remove_w;
    const float start_x = ImGui::GetCursorPosX();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const std::string path = list_path + "/" + std::to_string(i);
    std::string value = list[i].is_string() ? list[i].get<std::string>() : "";
    // The label names the entry for assistive tools and tests; it is clipped so the field fills the row.
    const std::string id = std::string(noun) + " " + std::to_string(i + 1) + "##" + path;
    ImGui::PushClipRect(origin, ImVec2(origin.x + width, origin.y + ImGui::GetFrameHeight()), true);
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputText(id.c_str(), &value))
      c.session.apply(c.e, engagement::set_field(path, value, std::string("Edit ") + noun, true));
    if (ImGui::IsItemDeactivated()) c.session.seal();
    ImGui::PopClipRect();
    ImGui::SameLine(start_x + width + 4);
    if (ImGui::SmallButton("Remove")) c.session.apply(c.e, engagement::remove_at(path, std::string("Remove ") + noun));
    ImGui::PopID();
  }
  const std::string add = std::string("Add ") + noun;
  if (ImGui::SmallButton(add.c_str())) c.session.apply(c.e, engagement::insert_record(list_path, "", add));
  ImGui::PopID();
}

}  // namespace sw::ui::engagements
