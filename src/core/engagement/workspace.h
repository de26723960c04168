// workspace.h — many engagements: export/import ("scopewright.workspace/1"), id conflicts, search and sort.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/engagement/model.h"
#include "core/engagement/process.h"
#include "core/json/source_map.h"

namespace sw::engagement {

inline constexpr std::string_view kWorkspaceFormatName = "scopewright.workspace";
inline constexpr int kWorkspaceFormatMajor = 1;
inline constexpr int kWorkspaceFormatMinor = 0;

struct Workspace {
  std::vector<Engagement> engagements;

  /// The engagement with this id, or nullptr.
  Engagement* find(std::string_view id);
  const Engagement* find(std::string_view id) const;
  /// An id not used by any engagement: base itself, else base-2, base-3, ...
  std::string unique_id(std::string_view base) const;
};

/// The workspace file: {"format": "scopewright.workspace/1.0", "engagements": [<engagement>, ...]}.
nlohmann::ordered_json to_json(const Workspace& w);
std::string to_text(const Workspace& w);

struct WorkspaceLoadResult {
  Workspace workspace;
  Diagnostics diagnostics;
  bool ok() const { return !has_errors(diagnostics); }
};
/// Reads a workspace file (every engagement checked; ids must be unique across the workspace).
WorkspaceLoadResult load_workspace(std::string_view text, std::string_view file);
/// The same for a workspace already parsed, found at JSON Pointer `at` of a document (e.g. "/workspace" in an
/// autosaved copy); `map` (may be null) locates the diagnostics in that document's text.
WorkspaceLoadResult workspace_from_json(const nlohmann::json& value, std::string_view file,
                                        const json::SourceMap* map = nullptr, const std::string& at = "");

/// An incoming engagement whose id is already in the workspace.
struct ImportConflict {
  std::string id, existing_title, incoming_title;
};

/// What an import would bring, checked before anything changes.
struct ImportPlan {
  std::vector<Engagement> incoming;
  std::vector<ImportConflict> conflicts;
  Diagnostics diagnostics;
  bool ok() const { return !has_errors(diagnostics); }
};

/// Reads an engagement file or a workspace file for import into w (w is not changed).
ImportPlan plan_import(const Workspace& w, std::string_view text, std::string_view file);

enum class ConflictChoice { Replace, KeepBoth, Skip };

/// Adds the plan's engagements to w; for conflicting ids follows choices (default KeepBoth: a new id).
/// Returns the ids the imported engagements have in w. Does nothing when the plan is not ok.
std::vector<std::string> apply_import(Workspace& w, const ImportPlan& plan,
                                      const std::map<std::string, ConflictChoice>& choices = {});

// ---- Board and list helpers ----

/// Indices of the engagements matching every word of `text` (case-insensitive, in id, title, customer,
/// contacts, PO, quote) and, when `stages` is not empty, in one of those stages.
std::vector<std::size_t> search(const Workspace& w, std::string_view text, const std::vector<std::string>& stages = {});

enum class SortKey { Customer, Stage, Created, Updated, SaleDate, TargetDate, Title };

/// Sorts indices (e.g. from search) by key; Stage follows the order of `process` when given. Ties keep
/// the customer then id order, so the board is stable. Empty dates sort last.
void sort_by(const Workspace& w, std::vector<std::size_t>& indices, SortKey key, bool ascending = true,
             const Process* process = nullptr);

}  // namespace sw::engagement
