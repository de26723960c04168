// prefill_dialog.cpp — "New from answers file": read a questionnaire answers file, preview what it fills in
// where (current and proposed values, conflicts), and create the engagement with the chosen changes.
#include "core/engagement/commands.h"
#include "imgui.h"
#include "ui/engagements/panels.h"
#include "ui/theme.h"

namespace sw::ui::engagements {
std::string shown_value(const nlohmann::json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object() && v.contains("name") && v["name"].is_string()) return v["name"].get<std::string>();
  std::string s = v.dump();
  if (s.size() > 120) s = s.substr(0, 117) + "...";
  return s;
}

std::optional<nlohmann::json> read_answers_file(Session& s, const std::string& name, const std::string& text) {
  auto answers = nlohmann::json::parse(text, nullptr, false);
  if (answers.is_discarded() || !answers.is_object()) {
    s.error = "Not used: " + name + " is not a JSON file.";
    return std::nullopt;
  }
  const std::string format = answers.value("format", "");
  if (format.rfind("scopewright.answers/", 0) != 0) {
    s.error = "Not used: " + name + " is not a questionnaire answers file (its format is \"" + format + "\").";
    return std::nullopt;
  }
  return answers;
}

void start_from_answers(Session& s, const std::string& name, const std::string& text) {
  const auto* mapping = s.prefill_mapping();
  const auto* process = s.find_process("loadbalancer");
  if (!process && !s.processes().empty()) process = &s.processes().front();
  if (!mapping || !process) {
    s.error = "Pre-fill is not available: the mapping or the process definitions could not be loaded.";
    return;
  }
  auto answers = read_answers_file(s, name, text);
  if (!answers) return;
  PendingPrefill p;
  p.draft = make_engagement(s, *process, "", "");
  p.preview = engagement::preview_prefill(p.draft, *mapping, *answers);
  p.answers = std::move(*answers);
  p.file = name;
  s.error.clear();
  s.pending_prefill = std::move(p);
}

void draw_prefill_dialog(Session& s) {
  constexpr const char* kTitle = "Pre-fill from answers";
  if (s.pending_prefill && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  place_modal(760);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) return;
  if (!s.pending_prefill) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  auto& p = *s.pending_prefill;
  ImGui::TextWrapped("A new engagement from %s. These fields will be filled in:", p.file.c_str());
  for (const auto& d : p.preview.diagnostics) ImGui::TextColored(colors::muted(), "%s", format(d).c_str());
  const float table_h = std::min(ImGui::GetFrameHeightWithSpacing() * static_cast<float>(p.preview.changes.size() + 1) + 8,
                                 vp->WorkSize.y * 0.55f);
  if (ImGui::BeginTable("preview", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                          ImGuiTableFlags_SizingStretchProp, ImVec2(0, table_h))) {
    ImGui::TableSetupColumn("Use", ImGuiTableColumnFlags_WidthFixed, 64);
    ImGui::TableSetupColumn("Field");
    ImGui::TableSetupColumn("Now");
    ImGui::TableSetupColumn("From the answers");
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < p.preview.changes.size(); ++i) {
      auto& change = p.preview.changes[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Checkbox("Use", &change.selected);
      ImGui::TableNextColumn();
      const bool is_new = change.path.size() >= 2 && change.path.compare(change.path.size() - 2, 2, "/-") == 0;
      ImGui::TextWrapped("%s%s", is_new ? ("new record in " + change.path.substr(0, change.path.size() - 2)).c_str()
                                        : change.path.c_str(), change.conflict ? "  (differs)" : "");
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", shown_value(change.current).c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", shown_value(change.proposed).c_str());
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (p.preview.changes.empty()) ImGui::TextWrapped("The answers fill in nothing; the engagement starts blank.");
  ImGui::Spacing();
  if (ImGui::Button("Apply pre-fill")) {
    engagement::Engagement draft = std::move(p.draft);
    const auto preview = std::move(p.preview);
    const auto answers = std::move(p.answers);
    s.pending_prefill.reset();
    s.add(std::move(draft));
    engagement::Engagement& e = *s.current();
    s.apply(e, engagement::attach_answers(answers, s.now()));
    s.apply(e, engagement::apply_prefill(preview));
    if (e.title.empty()) e.title = e.customer.name.empty() ? "New engagement" : e.customer.name + " engagement";
    s.notice = "Created \"" + e.title + "\" from the answers.";
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) {
    s.pending_prefill.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace sw::ui::engagements
