// engine_state.h — the Engine's insides: variables (answers and calculated values), cells (compiled
// expressions with their cached results) and the dependency graph between them. Internal to src/core/engine.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/engine/engine.h"
#include "core/expr/ast.h"
#include "core/expr/scope.h"
#include "core/name_index.h"
#include "core/pattern/pattern.h"

namespace sw::engine {

constexpr int kNone = -1;

/// A name expressions can read: a question's answer, a "<question>.other" text, or a calculated value.
struct Var {
  std::string name;
  std::string lower_name;  // expression references are case-insensitive (SurveyJS)
  nlohmann::json answer;  // as stored and exported (null when unanswered)
  expr::Value value;      // the same, as expressions see it
  int calculated_cell = kNone;            // for calculated values: the cell that computes it
};

enum class CellKind : std::uint8_t { Visible, Enable, Required, ChoiceVisible, Calculated, Validator };

/// One compiled expression and its cached result.
struct Cell {
  CellKind kind = CellKind::Visible;
  expr::Expression expression;  // empty when absent or broken: then `fallback` is the result
  expr::Value fallback;
  int entry_group = kNone;      // entry-scoped (repeat field): the group's variable; evaluated once per entry
  int output = kNone;           // Calculated: the variable it sets
  std::uint32_t rank = 0;       // evaluation order: calculated values first, in dependency order
  bool queued = false;
  expr::Value result;                       // when not entry-scoped
  std::vector<expr::Value> entry_results;   // when entry-scoped, one per entry
};

/// The cells that decide one question's (or repeat field's) state. kNone: no such condition.
struct FieldCells {
  int visible = kNone, enable = kNone, required = kNone;
  std::vector<int> choices;     // one per choice (kNone when the choice has no condition)
  std::vector<int> validators;  // one per custom validator
  std::optional<pattern::Pattern> pattern;
};

struct QuestionCells {
  int var = kNone;        // the answer's variable
  int other_var = kNone;  // "<id>.other" when the question allows "other"
  FieldCells own;
  std::vector<FieldCells> fields;  // repeat groups: one per field
};

struct SectionCells {
  int visible = kNone, enable = kNone;
  std::vector<QuestionCells> questions;
};

struct EngineState {
  questionnaire::Questionnaire q;
  expr::EvalContext context;
  std::vector<Var> vars;
  NameIndex var_by_name;   // exact ids (set_answer) → vars
  NameIndex var_by_lower;  // lower-case names (expression references) → vars; the first of a name wins
  /// The variable named exactly `id`, or kNone.
  int find_var(std::string_view id) const {
    return var_by_name.find(id, [this](int i) -> const std::string& { return vars[i].name; });
  }
  /// The variable whose lower-case name is `lower`, or kNone.
  int find_var_lower(std::string_view lower) const {
    return var_by_lower.find(lower, [this](int i) -> const std::string& { return vars[i].lower_name; });
  }
  std::vector<Cell> cells;
  // The cells whose expression reads each variable, all in one array (a vector per variable was an allocation
  // per variable read): dependents(v) is dependent_cells[dependents_begin[v] .. dependents_begin[v + 1]).
  std::vector<std::uint32_t> dependent_cells;
  std::vector<std::uint32_t> dependents_begin;  // vars.size() + 1 entries
  std::span<const std::uint32_t> dependents(int var) const {
    return {dependent_cells.data() + dependents_begin[var], dependent_cells.data() + dependents_begin[var + 1]};
  }
  std::vector<SectionCells> sections;
  std::size_t evaluations = 0;
  std::uint64_t revision = 0;  // see Engine::revision: bumped by store, evaluate_cell (on change), evaluate_all
  // progress() of `revision`: the runner asks every frame, and counting reads every required visible question
  // (1.6 ms a frame in WASM on 10,000 questions).
  struct {
    std::uint64_t revision = ~std::uint64_t{0};
    Progress value;
  } progress_cache;
  // A revision per section (Engine::section_revision), bumped when an answer or cell of that section changes, so
  // what is derived from one section is worked out again only when that section changed: typing changes one
  // section, and recounting progress over all 10,000 questions made every keystroke's frame 1.6 ms longer in WASM.
  std::vector<int> section_of_var;   // the section of the question whose answer (or "other" text) it is; else kNone
  std::vector<int> section_of_cell;  // the section of the section or question (or repeat field) it decides
  std::vector<std::uint64_t> section_revision;
  struct SectionCount {
    std::uint64_t at = ~std::uint64_t{0};  // the section_revision it was counted at
    Progress value;
  };
  std::vector<SectionCount> section_counts;  // progress() per section
  /// Fills section_of_var / section_of_cell once the questionnaire is compiled.
  void index_sections();
  void mark_var_changed(int var) {
    if (var >= 0 && static_cast<std::size_t>(var) < section_of_var.size() && section_of_var[var] != kNone)
      section_revision[section_of_var[var]] = revision;
  }
  void mark_cell_changed(std::uint32_t cell) {
    if (cell < section_of_cell.size() && section_of_cell[cell] != kNone) section_revision[section_of_cell[cell]] = revision;
  }
  // content_hash(q), computed on first export: q never changes inside an engine, and hashing re-serialises the
  // whole questionnaire (over 100 ms in WASM for 10,000 questions: it made every autosave a dropped frame).
  std::string content_hash;

  // ---- evaluation (evaluate.cpp) ----
  /// Evaluates one cell (all entries for entry-scoped cells); true when its result changed.
  bool evaluate_cell(std::uint32_t index);
  /// Re-evaluates what depends on variable `var`, transitively, in rank order.
  void propagate_from(int var);
  void evaluate_all();
  /// Stores an answer in a variable (json + Value).
  void store(int var, nlohmann::json answer);

  // ---- reading results (state.cpp) ----
  /// A condition cell's truth (the fallback when absent).
  bool truth(int cell, bool absent_value) const;
  bool entry_truth(int cell, std::size_t entry, bool absent_value) const;
  const QuestionCells& cells_of(QuestionPos p) const { return sections[p.section].questions[p.question]; }
  const questionnaire::Question& question(QuestionPos p) const { return q.sections[p.section].questions[p.question]; }
};

/// The scope expressions read answers from: variables by (case-insensitive) name.
class AnswerScope final : public expr::Scope {
 public:
  explicit AnswerScope(const EngineState& s) : s_(s) {}
  bool lookup(const expr::Reference& ref, expr::Value& out) const override;

 private:
  const EngineState& s_;
};

/// The scope of one repeat-group entry: {entry.field} reads the entry, anything else the answers.
expr::Value entry_scope_root(const expr::Value& entry);

/// Answer emptiness as SurveyJS sees it, plus whitespace-only text (nothing typed, for a person).
bool is_unanswered(const nlohmann::json& answer);

}  // namespace sw::engine
