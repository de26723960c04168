// move.h — moving an engagement between process stages, checked against the move's guards.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/engagement/edit.h"
#include "core/engagement/model.h"
#include "core/engagement/process.h"

namespace sw::engagement {

/// A guard that did not hold.
struct FailedGuard {
  std::string message;    // the definition's message, shown to the user
  std::string require;    // the condition text
  std::string json_path;  // where it is defined in the process file
};

struct MoveResult {
  bool ok = false;
  std::string refusal;               // why the move is not possible at all ("" when guards are the only reason)
  std::vector<FailedGuard> failed;   // every failing guard, in definition order
  Command command;                   // the edit that performs the move (when ok)
};

/// Starts an engagement on a process: records its id and version and puts it in the initial stage.
Command start_on_process(const Process& process);

/// Checks the move from e's stage to `to` without changing anything; `now` (ISO 8601) is the move's time.
MoveResult check_move(const Engagement& e, const Process& process, std::string_view to, std::string_view who,
                      std::string_view note, std::string_view now);

/// check_move, then applies the move (stage + history entry) when allowed.
MoveResult try_move(Engagement& e, const Process& process, std::string_view to, std::string_view who,
                    std::string_view note, std::string_view now);
/// The same through an undo stack, so the move can be undone.
MoveResult try_move(Engagement& e, UndoStack& undo, const Process& process, std::string_view to,
                    std::string_view who, std::string_view note, std::string_view now);

/// One option for the board: a move out of the current stage and whether its guards hold now.
struct MoveOption {
  const Move* move = nullptr;
  std::vector<FailedGuard> failed;
  bool allowed() const { return failed.empty(); }
};
/// Every move out of e's current stage, with its failing guards.
std::vector<MoveOption> move_options(const Engagement& e, const Process& process, std::string_view now);

}  // namespace sw::engagement
