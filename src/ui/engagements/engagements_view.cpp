// engagements_view.cpp — the Engagements screen (see engagements_view.h): messages, the workspace toolbar,
// board or list, the open engagement, the dialogs, keyboard undo/redo and the autosave tick.
#include "ui/engagements/engagements_view.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/engagements/fields.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace sw::ui::engagements {

EngagementsView::EngagementsView(EditorServices services, Storage& storage) : session_(std::move(services), storage) {
  if (!session_.processes().empty()) ui_.board_process = session_.processes().front().id;
}

void EngagementsView::handle_shortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (!session_.current() || io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
  const bool command = io.KeyCtrl || io.KeySuper;
  if (command && ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
    if (io.KeyShift) session_.redo();
    else session_.undo();
  } else if (command && ImGui::IsKeyPressed(ImGuiKey_Y, false)) {
    session_.redo();
  }
}

void EngagementsView::draw_messages() {
  if (!session_.save_error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::danger());
    ImGui::TextWrapped("%s", session_.save_error.c_str());
    ImGui::PopStyleColor();
    if (ImGui::Button("Download workspace")) export_workspace(session_);
  }
  if (!session_.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::danger());
    ImGui::TextWrapped("%s", session_.error.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::SmallButton("Dismiss##error")) session_.error.clear();
  }
  if (!session_.notice.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::success());
    ImGui::TextWrapped("%s", session_.notice.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::SmallButton("Dismiss##notice")) session_.notice.clear();
  }
  if (!session_.load_problems.empty()) ImGui::TextColored(colors::danger(), "%s", session_.load_problems.c_str());
}

void EngagementsView::draw_workspace(const Fonts& fonts) {
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted("Engagements");
  ImGui::PopFont();
  if (ImGui::Button("New engagement")) ui_.new_dialog = true;
  same_line_if_fits("New from answers file");
  if (ImGui::Button("New from answers file")) pick_file(session_, ui_, "answers");
  same_line_if_fits("Import");
  if (ImGui::Button("Import")) pick_file(session_, ui_, "import");
  same_line_if_fits("Export workspace");
  if (ImGui::Button("Export workspace")) export_workspace(session_);
  draw_path_prompt(session_, ui_);

  ImGui::SetNextItemWidth(std::min(320.0f, ImGui::GetContentRegionAvail().x * 0.6f));
  ImGui::InputTextWithHint("Search##engagements", "customer, title, PO, contact...", &ui_.search);
  same_line_if_fits("Search    ( ) Board");
  if (ImGui::RadioButton("Board", !ui_.show_list)) ui_.show_list = false;
  same_line_if_fits("( ) List");
  if (ImGui::RadioButton("List", ui_.show_list)) ui_.show_list = true;
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  if (session_.saved_at.empty()) ImGui::TextUnformatted("Saved automatically in this browser.");
  else ImGui::Text("Saved in this browser at %s.", session_.saved_at.c_str());
  ImGui::PopStyleColor();
  if (session_.workspace().engagements.empty())
    help("No engagements yet. Start one blank, or from a customer's questionnaire answers file.");
  if (ui_.show_list) draw_list(session_, ui_);
  else draw_board(session_, ui_, fonts);
}

void EngagementsView::draw(const Fonts& fonts) {
  session_.tick(ImGui::GetTime());
  handle_shortcuts();
  draw_messages();
  if (auto* e = session_.current()) draw_record(session_, *e, ui_, fonts);
  else draw_workspace(fonts);
  draw_new_dialog(session_, ui_);
  draw_prefill_dialog(session_);
  draw_reimport_dialog(session_);
  draw_delete_dialog(session_, ui_);
  draw_import_dialog(session_);
  draw_refusal_dialog(session_);
}

}  // namespace sw::ui::engagements

namespace sw::ui::engagements {

nlohmann::json EngagementsView::test_state() const {
  return {{"engagements", session_.workspace().engagements.size()},
          {"error", session_.error},
          {"save_error", session_.save_error}};
}

}  // namespace sw::ui::engagements
