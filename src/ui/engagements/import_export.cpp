// import_export.cpp — exporting one engagement or the workspace as JSON, and importing either: bad files are
// refused with the loader's messages, and ids already in the workspace ask "Replace" or "Keep both".
#include "core/engagement/format.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/engagements/panels.h"
#include "ui/theme.h"

namespace sw::ui::engagements {
namespace {

void finish_import(Session& s, engagement::ConflictChoice choice) {
  auto& pending = *s.pending_import;
  std::map<std::string, engagement::ConflictChoice> choices;
  std::vector<std::string> replaced;
  for (const auto& conflict : pending.plan.conflicts) {
    choices[conflict.id] = choice;
    if (choice == engagement::ConflictChoice::Replace) replaced.push_back(conflict.id);
  }
  const auto ids = engagement::apply_import(s.workspace(), pending.plan, choices);
  s.workspace_changed(replaced);
  s.notice = "Imported " + std::to_string(ids.size()) + (ids.size() == 1 ? " engagement" : " engagements") +
             " from " + pending.file + ".";
  s.error.clear();
  s.pending_import.reset();
}

std::string safe_name(const std::string& id) {
  std::string out;
  for (char ch : id) out += (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_') ? ch : '_';
  return out;
}

}  // namespace

void start_import(Session& s, const std::string& name, const std::string& text) {
  PendingImport pending{engagement::plan_import(s.workspace(), text, name), name};
  if (!pending.plan.ok()) {
    std::string why;
    for (const auto& d : pending.plan.diagnostics)
      if (d.severity == Severity::Error) why += "\n" + format(d);
    s.error = "Not imported: " + name + " could not be read; the workspace is unchanged." + why;
    return;
  }
  s.pending_import = std::move(pending);
  if (s.pending_import->plan.conflicts.empty()) finish_import(s, engagement::ConflictChoice::KeepBoth);
}

void draw_import_dialog(Session& s) {
  constexpr const char* kTitle = "Import: engagement already here";
  if (s.pending_import && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  place_modal(560);
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) return;
  if (s.pending_import) {
    ImGui::TextWrapped("%s holds engagements whose ids are already in this workspace:", s.pending_import->file.c_str());
    for (const auto& c : s.pending_import->plan.conflicts)
      ImGui::BulletText("%s: \"%s\" here, \"%s\" in the file", c.id.c_str(), c.existing_title.c_str(),
                        c.incoming_title.c_str());
    ImGui::TextWrapped("Replace the ones here with the file's, or keep both (the imported ones get new ids)?");
    if (ImGui::Button("Replace")) {
      finish_import(s, engagement::ConflictChoice::Replace);
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep both")) {
      finish_import(s, engagement::ConflictChoice::KeepBoth);
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
      s.pending_import.reset();
      ImGui::CloseCurrentPopup();
    }
  } else {
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void export_engagement(Session& s, const engagement::Engagement& e) {
  if (!s.services().download) return;
  s.notice = s.services().download(safe_name(e.id) + ".engagement.json", "application/json", engagement::to_text(e));
}

void export_workspace(Session& s) {
  if (!s.services().download) return;
  s.notice = s.services().download("scopewright-workspace.json", "application/json", engagement::to_text(s.workspace()));
}

namespace {
void open_picked(Session& s, const std::string& purpose, const std::string& name, const std::string& text) {
  if (purpose == "answers") start_from_answers(s, name, text);
  else if (purpose == "reimport") start_reimport(s, name, text);
  else start_import(s, name, text);
}
}  // namespace

void pick_file(Session& s, EditorUi& ui, const std::string& purpose) {
  auto handle = [&s, purpose](PickedFile f) {
    if (f.cancelled) return;
    if (!f.error.empty()) {
      s.error = "Could not read " + f.name + ": " + f.error;
      return;
    }
    open_picked(s, purpose, f.name, f.text);
  };
  if (s.services().pick_file && s.services().pick_file(handle)) return;
  ui.path_prompt = purpose;  // no picker here: ask for a path
}

void draw_path_prompt(Session& s, EditorUi& ui) {
  if (ui.path_prompt.empty()) return;
  ImGui::TextUnformatted(ui.path_prompt == "import" ? "File to import:" : "Answers file to read:");
  ImGui::SetNextItemWidth(std::min(480.0f, ImGui::GetContentRegionAvail().x));
  ImGui::InputTextWithHint("File path##path", "/path/to/file.json", &ui.path);
  ImGui::SameLine();
  if (ImGui::Button("Open file")) {
    const auto text = s.services().read_file ? s.services().read_file(ui.path) : std::nullopt;
    if (!text) {
      s.error = "Cannot read the file " + ui.path;
    } else {
      const std::string name = ui.path.substr(ui.path.find_last_of('/') + 1);
      open_picked(s, ui.path_prompt, name, *text);
      ui.path_prompt.clear();
    }
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel##path")) ui.path_prompt.clear();
}

}  // namespace sw::ui::engagements
