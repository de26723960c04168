// session.h — the engagement editor's state: the workspace, the processes, one undo stack per engagement,
// debounced autosave, and the messages and pending dialogs the views show.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/engagement/autosave.h"
#include "core/engagement/edit.h"
#include "core/engagement/move.h"
#include "core/engagement/prefill.h"
#include "core/engagement/process.h"
#include "core/engagement/reimport.h"
#include "core/engagement/workspace.h"
#include "core/storage.h"
#include "ui/engagements/services.h"

namespace sw::ui::engagements {

/// A move the process refused: why, and every failing guard.
struct MoveRefusal {
  std::string engagement_title, target_label, refusal;
  std::vector<engagement::FailedGuard> failed;
};

/// An import read and checked, waiting for the user's answer about id conflicts.
struct PendingImport {
  engagement::ImportPlan plan;
  std::string file;
};

/// A new engagement from an answers file, waiting for the user to review the pre-fill preview.
struct PendingPrefill {
  engagement::Engagement draft;
  engagement::PrefillPreview preview;
  nlohmann::json answers;
  std::string file;
};

/// Newer answers for an open engagement, waiting for the user to review what changes.
struct PendingReimport {
  std::string engagement_id;
  engagement::ReimportPreview preview;
  nlohmann::json answers;
  std::string file;
};

class Session {
 public:
  /// Loads the processes and the prefill mapping, and recovers the newest good autosaved workspace.
  Session(EditorServices services, Storage& storage);

  const EditorServices& services() const { return services_; }
  engagement::Workspace& workspace() { return workspace_; }
  const engagement::Workspace& workspace() const { return workspace_; }

  const std::vector<engagement::Process>& processes() const { return processes_; }
  /// The process an engagement follows (same id and version), or nullptr.
  const engagement::Process* process_for(const engagement::Engagement& e) const;
  /// A loaded process by id, or nullptr.
  const engagement::Process* find_process(std::string_view id) const;
  const engagement::PrefillMapping* prefill_mapping() const { return mapping_ ? &*mapping_ : nullptr; }

  /// The engagement being edited, or nullptr when the workspace overview is shown.
  engagement::Engagement* current() { return workspace_.find(open_id_); }
  void open(const std::string& id) { open_id_ = id; }
  void close() { open_id_.clear(); }

  /// Applies an edit through the engagement's undo stack; false (and `error` says why) when refused.
  bool apply(engagement::Engagement& e, const engagement::Command& command);
  /// Moves an engagement to a stage through its undo stack; a refusal is kept in `refusal` for the dialog.
  bool move(engagement::Engagement& e, const std::string& to, const std::string& note = "");
  engagement::UndoStack& undo_stack(const std::string& id) { return undo_[id]; }
  /// Undo / redo on the open engagement.
  bool undo();
  bool redo();
  /// Ends the typing group of the open engagement (a field lost focus).
  void seal();

  /// Adds a new engagement to the workspace and opens it.
  void add(engagement::Engagement e);
  /// Removes an engagement from the workspace.
  void remove(const std::string& id);
  /// Says the workspace changed outside an edit (import): autosave soon, forget stale undo stacks.
  void workspace_changed(const std::vector<std::string>& replaced_ids = {});

  /// Called every frame with the UI clock (seconds): saves within a second of a change.
  void tick(double seconds);
  /// Saves now, comparing every engagement with its stored copy (also after changes made behind the
  /// session's back, e.g. by tests).
  void save_now();
  /// Saves now when anything is unsaved (the page is being hidden or closed).
  void flush() {
    if (dirty_) save_changes();
  }
  bool unsaved() const { return dirty_; }
  /// The current time, ISO 8601 (from the services; a fixed date when there is no clock).
  std::string now() const;
  /// Our organisation's name for the documents (the CLI's --provider), kept in the platform storage under
  /// kProviderKey (it belongs to this browser or desktop user, not to any one engagement).
  const std::string& provider() const { return provider_; }
  void set_provider(const std::string& name);
  static constexpr const char* kProviderKey = "scopewright.settings.provider";

  /// Bumps on every change: views cache derived data by it.
  long revision() const { return revision_; }

  // Messages and pending dialogs, shown and cleared by the views.
  std::string notice;      // last thing that happened ("Imported 2 engagements")
  std::string error;       // last refusal (bad file, refused edit)
  std::string save_error;  // autosave refused (storage full): offer a download
  std::string saved_at;    // when the last autosave was written
  std::string load_problems;  // processes or the prefill mapping that could not be loaded
  std::optional<MoveRefusal> refusal;
  std::optional<PendingImport> pending_import;
  std::optional<PendingPrefill> pending_prefill;
  std::optional<PendingReimport> pending_reimport;
  std::string user;  // who makes moves (history)

 private:
  /// Something changed; `id` names the one engagement that did ("" = any of them may have).
  void changed(const std::string& id);
  void load_processes();
  /// Saves the engagements changed since the last save (the autosave writes only those).
  void save_changes();

  EditorServices services_;
  Storage& storage_;
  engagement::Autosave autosave_;
  engagement::Workspace workspace_;
  std::vector<engagement::Process> processes_;
  std::optional<engagement::PrefillMapping> mapping_;
  std::map<std::string, engagement::UndoStack> undo_;
  std::string open_id_;
  std::string provider_;
  bool dirty_ = false;
  std::set<std::string> dirty_ids_;  // engagements changed since the last save
  bool dirty_all_ = false;           // a change not tied to one engagement (import): compare them all
  double dirty_since_ = -1;  // UI clock when the oldest unsaved change happened; -1 = unknown yet
  double clock_ = 0;
  long revision_ = 0;
};

}  // namespace sw::ui::engagements
