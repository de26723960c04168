// reimport_dialog.cpp — newer answers for an existing engagement: the attached answers in the record with
// "Attach newer answers", and the dialog showing which answers changed and what the pre-fill would change
// (old → new, each change chosen) before one undoable "Attach newer answers" applies them.
#include <algorithm>

#include "imgui.h"
#include "ui/engagements/panels.h"
#include "ui/theme.h"

namespace sw::ui::engagements {
namespace {

constexpr const char* kTitle = "Newer answers";

std::string change_label(const std::string& path) {
  const bool is_new = path.size() >= 2 && path.compare(path.size() - 2, 2, "/-") == 0;
  return is_new ? "new record in " + path.substr(0, path.size() - 2) : path;
}

// Fixed-height scrolling table for `rows` rows (plus the header), at most `share` of the screen.
float table_height(std::size_t rows, float share) {
  return std::min(ImGui::GetFrameHeightWithSpacing() * static_cast<float>(rows + 1) + 8,
                  ImGui::GetMainViewport()->WorkSize.y * share);
}

void draw_answer_changes(const PendingReimport& p) {
  if (p.preview.answers.empty()) {
    help("No answer changed since the answers attached before.");
    return;
  }
  if (!ImGui::BeginTable("answer_changes", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                                  ImGuiTableFlags_SizingStretchProp,
                         ImVec2(0, table_height(p.preview.answers.size(), 0.25f))))
    return;
  ImGui::TableSetupColumn("Answer");
  ImGui::TableSetupColumn("Before");
  ImGui::TableSetupColumn("Now");
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableHeadersRow();
  for (const auto& a : p.preview.answers) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s%s", a.id.c_str(), a.calculated ? " (calculated)" : "");
    ImGui::TableNextColumn();
    if (a.before.is_null()) ImGui::TextDisabled("not answered");
    else ImGui::TextWrapped("%s", shown_value(a.before).c_str());
    ImGui::TableNextColumn();
    if (a.after.is_null()) ImGui::TextDisabled("not answered");
    else ImGui::TextWrapped("%s", shown_value(a.after).c_str());
  }
  ImGui::EndTable();
}

void draw_field_changes(PendingReimport& p) {
  auto& changes = p.preview.prefill.changes;
  for (const auto& d : p.preview.prefill.diagnostics) ImGui::TextColored(colors::danger(), "%s", format(d).c_str());
  if (changes.empty()) {
    help("The pre-fill changes no field: only the answers are attached.");
    return;
  }
  if (!ImGui::BeginTable("field_changes", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                                 ImGuiTableFlags_SizingStretchProp,
                         ImVec2(0, table_height(changes.size(), 0.35f))))
    return;
  ImGui::TableSetupColumn("Use", ImGuiTableColumnFlags_WidthFixed, 64);
  ImGui::TableSetupColumn("Field");
  ImGui::TableSetupColumn("Old");
  ImGui::TableSetupColumn("New");
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < changes.size(); ++i) {
    auto& change = changes[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Checkbox("Use", &change.selected);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", change_label(change.path).c_str());
    if (change.conflict && !change.selected) ImGui::TextColored(colors::danger(), "edited since: kept unless chosen");
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", shown_value(change.current).c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", shown_value(change.proposed).c_str());
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace

void start_reimport(Session& s, const std::string& name, const std::string& text) {
  engagement::Engagement* e = s.current();
  const auto* mapping = s.prefill_mapping();
  if (!e) return;
  if (!mapping) {
    s.error = "Pre-fill is not available: the mapping could not be loaded.";
    return;
  }
  auto answers = read_answers_file(s, name, text);
  if (!answers) return;
  s.error.clear();
  s.pending_reimport = PendingReimport{e->id, engagement::preview_reimport(*e, *mapping, *answers),
                                       std::move(*answers), name};
}

void draw_attached_answers(Session& s, engagement::Engagement& e, EditorUi& ui) {
  heading("Questionnaire answers");
  if (e.answers.empty()) help("No answers attached yet.");
  for (const auto& a : e.answers) {
    const std::string status = a.document.is_object() ? a.document.value("status", "in_progress") : "";
    const std::size_t count = a.document.is_object() && a.document.contains("answers") ? a.document["answers"].size() : 0;
    ImGui::BulletText("%s %s, received %s: %zu answers, %s", a.questionnaire_id.c_str(), a.questionnaire_version.c_str(),
                      a.received.c_str(), count, status == "complete" ? "complete" : "in progress");
  }
  if (ImGui::Button("Attach newer answers")) pick_file(s, ui, "reimport");
  if (ui.path_prompt == "reimport") draw_path_prompt(s, ui);
}

void draw_reimport_dialog(Session& s) {
  if (s.pending_reimport && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  place_modal(820);
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) return;
  engagement::Engagement* e = s.pending_reimport ? s.workspace().find(s.pending_reimport->engagement_id) : nullptr;
  if (!e) {
    s.pending_reimport.reset();
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  auto& p = *s.pending_reimport;
  ImGui::TextWrapped("%s for \"%s\". Nothing changes until you apply.", p.file.c_str(), e->title.c_str());
  heading("Answers that changed");
  if (!p.preview.previous_received.empty()) help(("Compared with the answers received " + p.preview.previous_received + ".").c_str());
  draw_answer_changes(p);
  heading("What the pre-fill would change");
  draw_field_changes(p);
  ImGui::Spacing();
  if (ImGui::Button("Attach and apply")) {
    const auto command = engagement::apply_reimport(p.preview, p.answers, s.now());
    std::size_t chosen = 0;
    for (const auto& c : p.preview.prefill.changes) chosen += c.selected ? 1 : 0;
    if (s.apply(*e, command))
      s.notice = "Attached the newer answers" + (chosen ? " and updated " + std::to_string(chosen) + " field(s)." : ".");
    s.pending_reimport.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) {
    s.pending_reimport.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace sw::ui::engagements
