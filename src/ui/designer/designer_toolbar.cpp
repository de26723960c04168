// designer_toolbar.cpp — the designer's toolbar: new, open (template or file), customer copy, save draft,
// export (validated), undo/redo, and the status of the draft (checked, autosaved).
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/designer/designer_view.h"
#include "ui/designer/share_panel.h"
#include "ui/runner/fields.h"
#include "ui/runner/layout.h"
#include "ui/theme.h"

namespace sw::ui::designer {

void DesignerView::draw_toolbar() {
  if (ImGui::Button("New blank")) session_.open_blank();
  ImGui::SameLine();
  if (ImGui::Button("Open template")) ImGui::OpenPopup("templates");
  ImGui::SameLine();
  if (ImGui::Button("Open file")) {
    if (!session_.pick_file()) path_prompt_ = true;
  }
  ImGui::SameLine();
  if (ImGui::Button("Import SurveyJS")) {
    if (!session_.pick_surveyjs_file()) session_.error = "Importing needs a file picker: use scopewright-cli import-surveyjs.";
  }
  ImGui::SetItemTooltip("Converts a SurveyJS survey JSON and reports what could not be converted");
  ImGui::SameLine();
  if (ImGui::Button("Customer copy")) ImGui::OpenPopup("customer copy");
  ImGui::SameLine();
  if (ImGui::Button("Save draft")) session_.save_draft();
  ImGui::SetItemTooltip("Downloads the draft as it is, problems and all");
  ImGui::SameLine();
  if (runner::primary_button("Export")) session_.publish();
  ImGui::SetItemTooltip("Checks the questionnaire, then downloads it ready to send");
  ImGui::SameLine();
  if (ImGui::Button("Share")) ImGui::OpenPopup("share");
  ImGui::SetItemTooltip("A link that carries this questionnaire, or the link of a published file");
  ImGui::SameLine();
  ImGui::BeginDisabled(!session_.document().can_undo());
  if (ImGui::Button("Undo")) session_.undo();
  if (session_.document().can_undo()) ImGui::SetItemTooltip("%s (Ctrl+Z)", session_.document().undo_label().c_str());
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!session_.document().can_redo());
  if (ImGui::Button("Redo")) session_.redo();
  if (session_.document().can_redo()) ImGui::SetItemTooltip("%s (Ctrl+Y)", session_.document().redo_label().c_str());
  ImGui::EndDisabled();

  const auto& check = session_.check();
  if (check.ok()) ImGui::TextColored(colors::success(), "Ready to export");
  else ImGui::TextColored(colors::danger(), "%zu problem(s) to fix before export", check.errors().size());
  ImGui::SameLine();
  if (session_.saved_at().empty()) ImGui::TextDisabled("·  Autosaved in this browser as you work");
  else ImGui::TextDisabled("·  Autosaved at %s", session_.saved_at().c_str());

  if (path_prompt_) {
    ImGui::SetNextItemWidth(360);
    const bool enter = ImGui::InputTextWithHint("##open path", "path/to/questionnaire.json", &open_path_,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    runner::name_last_item("File path");
    ImGui::SameLine();
    if (ImGui::Button("Open##path") || enter) {
      session_.open_path(open_path_);
      path_prompt_ = false;
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel##path")) path_prompt_ = false;
  }
}

void DesignerView::draw_toolbar_popups() {
  if (ImGui::BeginPopup("templates")) {
    ImGui::TextDisabled("Built-in templates");
    for (const auto& id : session_.template_ids())
      if (ImGui::Selectable(id.c_str())) session_.open_template(id);
    ImGui::EndPopup();
  }
  if (ImGui::BeginPopup("share")) {
    const auto& check = session_.check();
    draw_share_panel(share_, services_, check.text, check.ok());
    ImGui::EndPopup();
  }
  if (ImGui::BeginPopup("customer copy")) {
    ImGui::TextUnformatted("Make this a customer's own copy");
    runner::muted_text("It gets its own id and title; the template stays as it is.");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(280);
    const bool enter = ImGui::InputTextWithHint("##customer", "Customer name", &customer_name_,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    runner::name_last_item("Customer name");
    if (ImGui::Button("Make copy") || enter) {
      session_.customer_copy(customer_name_);
      if (session_.error.empty()) ImGui::CloseCurrentPopup();
    }
    if (!session_.error.empty()) ImGui::TextColored(colors::danger(), "%s", session_.error.c_str());
    ImGui::EndPopup();
  }
}

}  // namespace sw::ui::designer
