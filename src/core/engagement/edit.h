// edit.h — every change to an engagement as a command of JSON-Pointer operations, and the undo stack.
//
// A Command is a list of Ops on the engagement's JSON form (docs/engagement.md paths, e.g.
// "/customer/name", "/risks/2/status"). Applying is all-or-nothing: the result must read back as a valid
// engagement, else nothing changes and the Diagnostics say why. Records inserted without an id get one.
// Applied ops are stored in canonical form (ids and defaults filled in) so redo recreates the same records.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/engagement/model.h"

namespace sw::engagement {

enum class OpKind {
  Set,     // add or replace an object member, or replace an array element
  Insert,  // insert into an array before index n, or append with "-"
  Remove,  // remove an object member or array element
};

struct Op {
  OpKind kind = OpKind::Set;
  std::string path;  // JSON Pointer into the engagement document
  nlohmann::json value;
};

struct Command {
  std::string label;      // for the Edit menu: "Undo <label>"
  std::vector<Op> ops;
  std::string merge_key;  // consecutive commands with the same non-empty key merge into one undo step
};

/// Sets one field, e.g. set_field("/commercial/purchase_order", "PO-1", "Edit purchase order").
/// `typing`: successive edits of this field merge into one undo step until UndoStack::seal().
Command set_field(std::string path, nlohmann::json value, std::string label, bool typing = false);
/// Appends a record to a list (index < 0) or inserts it before index; an empty/missing "id" is filled in.
Command insert_record(std::string list_path, nlohmann::json record, std::string label, long index = -1);
/// Removes the value at path (a record, or an entry of a string list).
Command remove_at(std::string path, std::string label);
/// Moves a list entry from one index to another (reordering).
Command move_record(const std::string& list_path, std::size_t from, std::size_t to, const nlohmann::json& record,
                   std::string label);

/// The pointer of the record with this id in the list at list_path ("/risks/3"), or "" when absent.
std::string path_of(const Engagement& e, std::string_view list_path, std::string_view id);

struct ApplyResult {
  Diagnostics diagnostics;  // why the command was refused (nothing changed); warnings only on success
  std::vector<Op> applied;  // the ops in canonical form
  std::vector<Op> inverse;  // the ops that undo them, in order
  bool ok() const { return !has_errors(diagnostics); }
};

/// Applies a command to e, all or nothing. Never throws.
ApplyResult apply(Engagement& e, const Command& command);

/// Undo/redo history of one engagement's edits.
class UndoStack {
 public:
  explicit UndoStack(std::size_t limit = 500) : limit_(limit) {}

  /// Applies command to e and records it (merging typing); returns the refusal diagnostics, empty when done.
  Diagnostics apply(Engagement& e, const Command& command);
  /// Undoes the last step; false when there is none.
  bool undo(Engagement& e);
  /// Redoes the last undone step; false when there is none.
  bool redo(Engagement& e);
  bool can_undo() const { return !done_.empty(); }
  bool can_redo() const { return !undone_.empty(); }
  /// "Undo Edit customer name" / "Redo ..." for the menu; "" when there is nothing to undo/redo.
  std::string undo_label() const;
  std::string redo_label() const;
  /// Ends the current typing group (call when a field loses focus): the next edit is a new step.
  void seal() { sealed_ = true; }
  void clear();
  std::size_t size() const { return done_.size(); }

 private:
  struct Step {
    std::string label, merge_key;
    std::vector<Op> forward, backward;
  };
  std::vector<Step> done_, undone_;
  std::size_t limit_;
  bool sealed_ = true;
};

}  // namespace sw::engagement
