// designer_preview.cpp — the live preview: the real runner over the current draft, reloaded whenever the draft
// changes (keeping the test answers and the page), or the draft's errors while it does not compile.
#include "imgui.h"
#include "ui/designer/designer_view.h"
#include "ui/fonts.h"
#include "ui/runner/layout.h"
#include "ui/theme.h"

namespace sw::ui::designer {

void DesignerView::refresh_preview() {
  const long revision = session_.document().revision();
  if (revision == preview_revision_) return;
  preview_revision_ = revision;
  const dz::DraftCheck& check = session_.check();
  preview_ok_ = check.ok();
  if (preview_ok_) preview_.reload_text(check.text, dz::file_name_for(session_.questionnaire().id, false));
}

void DesignerView::draw_preview(const Fonts& fonts) {
  refresh_preview();
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted("Preview");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("with test answers, kept apart from customers' answers");
  if (!preview_ok_) {
    const auto errors = session_.check().errors();
    ImGui::TextColored(colors::danger(), "The draft has %zu problem(s); the preview returns once they are fixed.",
                       errors.size());
    ImGui::Spacing();
    for (const auto& e : errors) {
      ImGui::Bullet();
      ImGui::PushStyleColor(ImGuiCol_Text, colors::danger());
      ImGui::TextWrapped("%s", e.c_str());
      ImGui::PopStyleColor();
    }
    return;
  }
  ImGui::Separator();
  const float calculated = preview_calculated_height();
  ImGui::BeginChild("runner", ImVec2(0, calculated > 0 ? -calculated : 0));
  preview_.draw(fonts);
  ImGui::EndChild();
  draw_preview_calculated();  // below the runner, so the calculated values never push its buttons out of view
}

}  // namespace sw::ui::designer
