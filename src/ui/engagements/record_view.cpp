// record_view.cpp — one open engagement: a header (back, title, stage, undo/redo, export) and its record in
// sections picked from a wrapping row of tabs (fits phones and desktops).
#include "core/engagement/format.h"
#include "imgui.h"
#include "ui/engagements/panels.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace sw::ui::engagements {
namespace {

constexpr const char* kSections[] = {"Overview", "Customer", "Commercial", "Scope",      "SoW",
                                     "Plan",     "PDR",      "Checklist",  "Meetings",   "Changes",
                                     "Risks",    "Tests",    "Acceptance", "Handovers", "Lessons",
                                     "Documents"};
constexpr float kNarrowBelow = 600.0f;

void draw_section_tabs(EditorUi& ui) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (int i = 0; i < static_cast<int>(std::size(kSections)); ++i) {
    const ImVec2 size = ImGui::CalcTextSize(kSections[i]);
    if (i > 0 && ImGui::GetItemRectMax().x + style.ItemSpacing.x * 2 + size.x + style.FramePadding.x * 2 < right)
      ImGui::SameLine(0, style.ItemSpacing.x * 2);
    if (ImGui::Selectable(kSections[i], ui.section == i, 0, size)) ui.section = i;
  }
}

void draw_section(EditContext& c, EditorUi& ui) {
  switch (ui.section) {
    case 0: draw_overview(c, ui.sections); break;
    case 1:
      draw_attached_answers(c.session, c.e, ui);  // first: where the customer's details came from
      draw_customer(c);
      break;
    case 2: draw_commercial(c); break;
    case 3: draw_scope(c); break;
    case 4: draw_sow(c, ui.sections); break;
    case 5: draw_plan(c); break;
    case 6: draw_pdr(c, ui.sections); break;
    case 7: draw_checklist(c); break;
    case 8: draw_meetings(c); break;
    case 9: draw_changes(c); break;
    case 10: draw_risks(c); break;
    case 11: draw_tests(c); break;
    case 12: draw_acceptance(c); break;
    case 13: draw_handover(c); break;
    case 14: draw_lessons(c); break;
    default: draw_documents(c, ui.sections); break;
  }
}

}  // namespace

void draw_record(Session& s, engagement::Engagement& e, EditorUi& ui, const Fonts& fonts) {
  auto& undo = s.undo_stack(e.id);
  if (ImGui::Button("\xE2\x86\x90 All engagements")) {  // ←
    s.seal();
    s.close();
    return;
  }
  same_line_if_fits("Undo");
  ImGui::BeginDisabled(!undo.can_undo());
  if (ImGui::Button("Undo")) s.undo();
  ImGui::EndDisabled();
  if (undo.can_undo()) ImGui::SetItemTooltip("%s (Ctrl+Z)", undo.undo_label().c_str());
  same_line_if_fits("Redo");
  ImGui::BeginDisabled(!undo.can_redo());
  if (ImGui::Button("Redo")) s.redo();
  ImGui::EndDisabled();
  if (undo.can_redo()) ImGui::SetItemTooltip("%s (Ctrl+Shift+Z)", undo.redo_label().c_str());
  same_line_if_fits("Export engagement");
  if (ImGui::Button("Export engagement")) export_engagement(s, e);
  same_line_if_fits("Delete engagement");
  if (ImGui::Button("Delete engagement")) ui.delete_id = e.id;

  const auto* process = s.process_for(e);
  const auto* stage = process ? process->stage(e.stage) : nullptr;
  ImGui::PushFont(fonts.title);
  ImGui::TextWrapped("%s", e.title.empty() ? "(untitled engagement)" : e.title.c_str());
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::TextWrapped("%s  \xC2\xB7  %s", e.customer.name.empty() ? "no customer yet" : e.customer.name.c_str(),
                     stage ? stage->label.c_str() : e.stage.c_str());
  ImGui::PopStyleColor();
  ImGui::Spacing();
  draw_section_tabs(ui);
  ImGui::Separator();

  ImGui::BeginChild("section", ImVec2(0, 0));
  const nlohmann::json dom = engagement::to_dom(e);
  EditContext c{s, e, dom, ImGui::GetContentRegionAvail().x < kNarrowBelow};
  draw_section(c, ui);
  ImGui::EndChild();
}

}  // namespace sw::ui::engagements
