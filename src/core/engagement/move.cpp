// move.cpp — guard evaluation and stage moves.
#include "core/engagement/move.h"

#include <cstdio>

#include "core/engagement/guard_view.h"
#include "core/expr/evaluator.h"

namespace sw::engagement {
namespace {

// The expression context at `now` ("YYYY-MM-DDTHH:MM[:SS]..." local time is taken as written).
expr::EvalContext context_at(std::string_view now) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  std::string text(now);
  if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) >= 3)
    return expr::EvalContext::at(y, mo, d, h, mi, s);
  return {};
}

std::vector<FailedGuard> failing(const Move& m, const expr::Scope& scope, const expr::EvalContext& ctx) {
  std::vector<FailedGuard> out;
  for (const auto& g : m.guards)
    if (!expr::evaluate_condition(g.expression, scope, ctx)) out.push_back({g.message, g.require, g.json_path});
  return out;
}

}  // namespace

Command start_on_process(const Process& process) {
  return Command{"Start on process " + process.title,
                 {Op{OpKind::Set, "/process_id", process.id}, Op{OpKind::Set, "/process_version", process.version},
                  Op{OpKind::Set, "/stage", process.initial_stage}},
                 ""};
}

MoveResult check_move(const Engagement& e, const Process& process, std::string_view to, std::string_view who,
                      std::string_view note, std::string_view now) {
  MoveResult r;
  if (e.process_id != process.id || e.process_version != process.version) {
    r.refusal = "this engagement follows process \"" + e.process_id + "\" version " + e.process_version +
                ", not \"" + process.id + "\" version " + process.version;
    return r;
  }
  const Stage* target = process.stage(to);
  if (!target) {
    r.refusal = "process \"" + process.id + "\" has no stage \"" + std::string(to) + "\"";
    return r;
  }
  const Move* move = process.find_move(e.stage, to);
  if (!move) {
    const Stage* from = process.stage(e.stage);
    r.refusal = "no move from " + (from ? from->label : "\"" + e.stage + "\"") + " to " + target->label +
                " in process \"" + process.title + "\"";
    return r;
  }
  expr::ValueScope scope = guard_scope(e, now);
  r.failed = failing(*move, scope, context_at(now));
  if (!r.failed.empty()) return r;
  r.ok = true;
  nlohmann::json entry = {{"from", e.stage}, {"to", std::string(to)}, {"time", std::string(now)},
                          {"who", std::string(who)}, {"note", std::string(note)}};
  r.command = Command{move->label.empty() ? "Move to " + target->label : move->label,
                      {Op{OpKind::Set, "/stage", std::string(to)}, Op{OpKind::Insert, "/history/-", entry}},
                      ""};
  return r;
}

MoveResult try_move(Engagement& e, const Process& process, std::string_view to, std::string_view who,
                    std::string_view note, std::string_view now) {
  MoveResult r = check_move(e, process, to, who, note, now);
  if (r.ok) {
    ApplyResult applied = apply(e, r.command);
    if (!applied.ok()) {
      r.ok = false;
      r.refusal = applied.diagnostics.front().message;
    }
  }
  return r;
}

MoveResult try_move(Engagement& e, UndoStack& undo, const Process& process, std::string_view to,
                    std::string_view who, std::string_view note, std::string_view now) {
  MoveResult r = check_move(e, process, to, who, note, now);
  if (r.ok) {
    Diagnostics ds = undo.apply(e, r.command);
    if (!ds.empty()) {
      r.ok = false;
      r.refusal = ds.front().message;
    }
  }
  return r;
}

std::vector<MoveOption> move_options(const Engagement& e, const Process& process, std::string_view now) {
  std::vector<MoveOption> out;
  expr::ValueScope scope = guard_scope(e, now);
  const expr::EvalContext ctx = context_at(now);
  for (const Move* m : process.moves_from(e.stage)) out.push_back({m, failing(*m, scope, ctx)});
  return out;
}

}  // namespace sw::engagement
