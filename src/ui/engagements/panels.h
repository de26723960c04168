// panels.h — the engagement editor's panels and dialogs (one file each) and the UI state they share.
#pragma once

#include <optional>
#include <string>

#include "ui/engagements/sections.h"
#include "ui/engagements/session.h"

namespace sw::ui {
struct Fonts;
}

namespace sw::ui::engagements {

/// What the editor's screens remember between frames (not engagement data).
struct EditorUi {
  bool show_list = false;        // the workspace as a sortable list instead of the board
  std::string search;            // filters board and list
  std::string board_process;     // whose stages the board shows ("" = the first process)
  bool new_dialog = false;       // "New engagement" is open
  std::string new_title, new_customer;
  int new_process = 0;           // index into Session::processes()
  std::string path_prompt;       // "answers" / "reimport" / "import" while asking for a file path (no picker)
  std::string path;              // the path typed
  std::string delete_id;         // the engagement "Delete engagement" asks about
  int section = 0;               // the record's section shown
  SectionState sections;
};

void draw_board(Session& s, EditorUi& ui, const Fonts& fonts);       // board_panel.cpp
void draw_list(Session& s, EditorUi& ui);                            // list_panel.cpp
void draw_record(Session& s, engagement::Engagement& e, EditorUi& ui, const Fonts& fonts);  // record_view.cpp

/// Creates a blank engagement on a process (not yet in the workspace).
engagement::Engagement make_engagement(Session& s, const engagement::Process& p, const std::string& title,
                                       const std::string& customer);
void draw_new_dialog(Session& s, EditorUi& ui);                      // new_dialog.cpp

/// A value as short text for preview tables ("" for null; a record by its name; JSON cut to 120 characters).
std::string shown_value(const nlohmann::json& v);
/// The answers document in a picked file, or nullopt with Session::error saying why it is not one.
std::optional<nlohmann::json> read_answers_file(Session& s, const std::string& name, const std::string& text);
/// Reads an answers file into a pre-fill preview (Session::pending_prefill), or says why not.
void start_from_answers(Session& s, const std::string& name, const std::string& text);

/// Reads newer answers for the open engagement into a preview of what changes (Session::pending_reimport).
void start_reimport(Session& s, const std::string& name, const std::string& text);
void draw_reimport_dialog(Session& s);                               // reimport_dialog.cpp
/// The engagement's attached answers and "Attach newer answers" (in the Customer section).
void draw_attached_answers(Session& s, engagement::Engagement& e, EditorUi& ui);  // reimport_dialog.cpp

/// "Delete engagement": asks first (the workspace has no undo), then removes it.
void draw_delete_dialog(Session& s, EditorUi& ui);                   // delete_dialog.cpp
void draw_prefill_dialog(Session& s);                                // prefill_dialog.cpp

/// Checks an engagement or workspace file for import: imports at once, asks about id conflicts, or refuses.
void start_import(Session& s, const std::string& name, const std::string& text);
void draw_import_dialog(Session& s);                                 // import_export.cpp
void export_engagement(Session& s, const engagement::Engagement& e);
void export_workspace(Session& s);
/// Opens the file picker (or asks for a path) and hands the file to start_from_answers / start_import.
void pick_file(Session& s, EditorUi& ui, const std::string& purpose);
void draw_path_prompt(Session& s, EditorUi& ui);

void draw_refusal_dialog(Session& s);                                // refusal_dialog.cpp

/// Centres the next modal and keeps it inside phone-sized windows.
void place_modal(float preferred_width);

}  // namespace sw::ui::engagements
