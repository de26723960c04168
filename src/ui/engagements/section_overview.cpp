// section_overview.cpp — the overview: title, process and stage, the moves out of the stage (allowed, or
// with the guards that fail) and the history of moves.
#include "core/engagement/model.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/engagements/sections.h"
#include "ui/theme.h"

namespace sw::ui::engagements {

void draw_move_buttons(Session& session, engagement::Engagement& e, const std::string& note, bool show_guards) {
  const engagement::Process* process = session.process_for(e);
  if (!process) {
    ImGui::TextColored(colors::danger(), "Process \"%s\" %s is not available: the stage cannot change here.",
                       e.process_id.c_str(), e.process_version.c_str());
    return;
  }
  const auto options = engagement::move_options(e, *process, session.now());
  if (options.empty()) help("No moves out of this stage.");
  for (const auto& option : options) {
    const engagement::Stage* to = process->stage(option.move->to);
    const std::string label = (option.move->label.empty() ? (to ? to->label : option.move->to) : option.move->label);
    ImGui::PushID(option.move->to.c_str());
    if (!option.allowed()) ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
    const std::string text = label + (option.allowed() ? "" : " (blocked)");
    if (ImGui::Button(text.c_str())) session.move(e, option.move->to, note);
    if (!option.allowed()) ImGui::PopStyleColor();
    if (!option.allowed()) {
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip) && ImGui::BeginTooltip()) {
        for (const auto& f : option.failed) ImGui::BulletText("%s", f.message.c_str());
        ImGui::EndTooltip();
      }
      if (show_guards) {
        ImGui::Indent();
        ImGui::PushStyleColor(ImGuiCol_Text, colors::danger());
        for (const auto& f : option.failed) ImGui::TextWrapped("\xE2\x9C\x97 %s", f.message.c_str());  // ✗
        ImGui::PopStyleColor();
        ImGui::Unindent();
      }
    }
    ImGui::PopID();
  }
}

void draw_overview(EditContext& c, SectionState& s) {
  const engagement::Process* process = c.session.process_for(c.e);
  const engagement::Stage* stage = process ? process->stage(c.e.stage) : nullptr;
  if (begin_form("overview", c.narrow)) {
    text_row(c, "Title", "/title");
    form_label("Process", c.narrow);
    ImGui::TextWrapped("%s (%s %s)", process ? process->title.c_str() : "unknown", c.e.process_id.c_str(),
                       c.e.process_version.c_str());
    form_label("Stage", c.narrow);
    ImGui::TextColored(colors::accent(), "%s", stage ? stage->label.c_str() : c.e.stage.c_str());
    if (stage && !stage->description.empty()) help(stage->description.c_str());
    enum_row(c, "Deployment type", "/deployment_type", engagement::enum_names(engagement::DeploymentType{}));
    text_row(c, "Discovery notes", "/discovery_notes", true);
    form_label("Engagement id", c.narrow);
    ImGui::TextUnformatted(c.e.id.c_str());
    end_form();
  }

  heading("Move to another stage");
  if (begin_form("move", c.narrow)) {
    form_label("Moved by", c.narrow);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("Moved by##who", "your name", &c.session.user);
    form_label("Note", c.narrow);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("Move note##note", "why (optional)", &s.move_note);
    end_form();
  }
  draw_move_buttons(c.session, c.e, s.move_note, true);

  heading("History");
  if (c.e.history.empty()) {
    help("No moves yet.");
  } else if (ImGui::BeginTable("history", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                                ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Move");
    ImGui::TableSetupColumn("When");
    ImGui::TableSetupColumn("Who");
    ImGui::TableSetupColumn("Note");
    ImGui::TableHeadersRow();
    for (const auto& h : c.e.history) {
      const engagement::Stage* from = process ? process->stage(h.from) : nullptr;
      const engagement::Stage* to = process ? process->stage(h.to) : nullptr;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s \xE2\x86\x92 %s", from ? from->label.c_str() : h.from.c_str(),
                         to ? to->label.c_str() : h.to.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", h.time.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", h.who.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", h.note.c_str());
    }
    ImGui::EndTable();
  }
}

}  // namespace sw::ui::engagements
