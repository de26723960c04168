// section_sow.cpp — Statement of Work revisions: draft a new one, send it (freezing the scope), and record
// the customer's answer (accepted, or rejected with the reason).
#include "core/engagement/commands.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/engagements/record_table.h"
#include "ui/engagements/sections.h"
#include "ui/theme.h"

namespace sw::ui::engagements {
namespace {

void run(EditContext& c, const engagement::Command& command, const char* nothing) {
  if (command.ops.empty()) {
    c.session.error = nothing;
    return;
  }
  c.session.apply(c.e, command);
}

}  // namespace

void draw_sow(EditContext& c, SectionState& s) {
  using engagement::SowStatus;
  heading("Statement of Work revisions");
  help("Each revision is drafted, sent (the scope is frozen into it) and accepted or rejected by the customer.");
  // Read the latest revision's state once: an edit below may reallocate the list.
  const bool any = !c.e.sow.empty();
  const SowStatus status = any ? c.e.sow.back().status : SowStatus::Draft;
  const int number = any ? c.e.sow.back().number : 0;
  const std::string sent = any ? c.e.sow.back().sent : "";
  ImGui::BeginDisabled(any && status != SowStatus::Rejected);
  if (ImGui::Button("New revision"))
    run(c, engagement::new_sow_revision(c.e, c.session.now()), "A new revision cannot be started now.");
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!any || status != SowStatus::Draft);
  if (ImGui::Button("Send revision"))
    run(c, engagement::send_sow(c.e, c.session.now()), "There is no draft revision to send.");
  ImGui::EndDisabled();

  if (any && status == SowStatus::Sent) {
    ImGui::Spacing();
    ImGui::TextWrapped("Revision %d was sent on %s. The customer's answer:", number, sent.c_str());
    if (ImGui::Button("Accept revision"))
      run(c, engagement::decide_sow(c.e, true, "", c.session.now()), "There is no sent revision.");
    ImGui::SetNextItemWidth(c.narrow ? -FLT_MIN : 320.0f);
    ImGui::InputTextWithHint("Rejection reason##reason", "why the customer rejected it", &s.reject_reason);
    ImGui::BeginDisabled(s.reject_reason.empty());
    if (ImGui::Button("Reject revision")) {
      run(c, engagement::decide_sow(c.e, false, s.reject_reason, c.session.now()), "There is no sent revision.");
      s.reject_reason.clear();
    }
    ImGui::EndDisabled();
  }
  ImGui::Spacing();
  if (c.e.sow.empty()) {
    help("No revisions yet.");
    return;
  }
  const float h = (ImGui::GetFrameHeightWithSpacing() + 4) * static_cast<float>(c.e.sow.size() + 1) + 24;
  if (ImGui::BeginTable("sow", 6, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                       ImGuiTableFlags_SizingFixedFit, ImVec2(0, h))) {
    ImGui::TableSetupColumn("Revision", 0, 70);
    ImGui::TableSetupColumn("Status", 0, 90);
    ImGui::TableSetupColumn("Sent", 0, 190);
    ImGui::TableSetupColumn("Decided", 0, 190);
    ImGui::TableSetupColumn("Rejection reason", 0, 220);
    ImGui::TableSetupColumn("Note", 0, 220);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < c.e.sow.size(); ++i) {
      const auto& r = c.e.sow[i];
      const std::string path = "/sow/" + std::to_string(i);
      ImGui::PushID(r.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%d", r.number);
      ImGui::TableNextColumn();
      const ImVec4 colour = r.status == SowStatus::Accepted ? colors::success()
                            : r.status == SowStatus::Rejected ? colors::danger() : colors::muted();
      ImGui::TextColored(colour, "%s", pretty(engagement::name_of(r.status)).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.sent.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.decided.c_str());
      ImGui::TableNextColumn();
      edit_text(c, "Rejection reason", path + "/rejection_reason");
      ImGui::TableNextColumn();
      edit_text(c, "Note", path + "/note");
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
}

}  // namespace sw::ui::engagements
