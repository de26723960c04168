// engine.h — the questionnaire engine: keeps the answers and knows, at every moment, which sections,
// questions and choices are visible, enabled and required, what the calculated values are, and what is wrong.
//
// Every expression of the questionnaire is compiled once (compile()), with its references checked against the
// questionnaire's names and the calculated values checked for cycles. A dependency graph built then makes
// re-evaluation incremental: changing one answer re-evaluates only the expressions that read it (and, through
// calculated values, what reads those). full_reevaluate() recomputes everything, for comparison in tests.
//
// Answers of hidden questions are kept (so toggling a branch back restores them); export_answers() leaves
// them out unless the questionnaire's hidden-answers policy says otherwise.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/expr/evaluator.h"
#include "core/expr/value.h"
#include "core/json/source_map.h"
#include "core/questionnaire/answers.h"
#include "core/questionnaire/model.h"

namespace sw::engine {

/// Where a question is: its section and its index in the section.
struct QuestionPos {
  std::size_t section = 0;
  std::size_t question = 0;
  friend bool operator==(const QuestionPos& a, const QuestionPos& b) {
    return a.section == b.section && a.question == b.question;
  }
};

/// One thing wrong with an answer. For repeat groups, entry and field say which entry's which field.
struct FieldError {
  int entry = -1;     // repeat-group entry index, or -1 for the question itself
  std::string field;  // repeat field id, or "" for the question itself
  std::string message;
};

/// How far the respondent is: answered required visible questions out of all required visible questions.
struct Progress {
  int answered = 0;
  int required = 0;
  double fraction() const { return required == 0 ? 1.0 : static_cast<double>(answered) / required; }
};

struct EngineState;  // compiled expressions, dependency graph and cached results (engine_state.h)

class Engine {
 public:
  /// Compiles q. Problems (unknown references, bad syntax, cycles, bad patterns) are added to `diagnostics`
  /// with the file, JSON path, line:column of the expression and the column inside it; a broken expression
  /// behaves as if absent, so the engine stays usable. `map` (optional) gives line:column.
  Engine(questionnaire::Questionnaire q, const json::SourceMap* map, std::string file, Diagnostics& diagnostics,
         expr::EvalContext context = {});
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;

  const questionnaire::Questionnaire& questionnaire() const;

  // ---- Answers -----------------------------------------------------------------------------------------
  /// Sets the answer of a top-level question, or "<id>.other" text; null clears it. Re-evaluates incrementally.
  /// Returns false (and changes nothing) when no question has this id.
  bool set_answer(std::string_view id, nlohmann::json value);
  /// The answer (null when unanswered or unknown).
  const nlohmann::json& answer(std::string_view id) const;
  /// Replaces all answers (e.g. loaded from a file) and re-evaluates everything. Unknown ids are ignored.
  void set_answers(const nlohmann::json& answers);
  /// All answers, hidden ones included (what autosave stores).
  nlohmann::json answers() const;
  /// Clears every answer and applies the questions' defaults.
  void reset_to_defaults();

  // Repeat groups (id of the group question). Entries are JSON objects field id → answer.
  bool add_entry(std::string_view group);
  bool remove_entry(std::string_view group, std::size_t entry);
  bool move_entry(std::string_view group, std::size_t from, std::size_t to);
  bool set_entry_field(std::string_view group, std::size_t entry, std::string_view field, nlohmann::json value);
  std::size_t entry_count(std::string_view group) const;

  /// The date/time today() and age() use.
  void set_context(expr::EvalContext context);

  // ---- State -------------------------------------------------------------------------------------------
  std::optional<QuestionPos> find(std::string_view question_id) const;
  /// A section is shown when its condition holds and at least one of its questions is visible.
  bool section_visible(std::size_t section) const;
  bool question_visible(QuestionPos q) const;
  bool question_enabled(QuestionPos q) const;
  bool question_required(QuestionPos q) const;
  bool choice_visible(QuestionPos q, std::size_t choice) const;
  bool field_visible(QuestionPos group, std::size_t entry, std::size_t field) const;
  bool field_enabled(QuestionPos group, std::size_t entry, std::size_t field) const;
  bool field_required(QuestionPos group, std::size_t entry, std::size_t field) const;
  bool field_choice_visible(QuestionPos group, std::size_t entry, std::size_t field, std::size_t choice) const;
  /// A calculated value (null when unknown).
  expr::Value calculated(std::string_view id) const;

  /// What is wrong with the answer of a visible, enabled question (empty when nothing, or hidden).
  std::vector<FieldError> errors(QuestionPos q) const;
  /// True when a visible question of the section has errors.
  bool section_has_errors(std::size_t section) const;
  /// Text with {references} replaced by the answers' display text (choice labels, "Yes"/"No", lists).
  /// `entry` (optional) is the repeat-group entry whose fields {entry.x} means.
  std::string pipe(std::string_view text, std::optional<std::pair<QuestionPos, std::size_t>> entry = {}) const;

  // ---- Navigation and progress ---------------------------------------------------------------------------
  std::vector<std::size_t> visible_sections() const;
  std::optional<std::size_t> next_visible_section(std::size_t after) const;
  std::optional<std::size_t> previous_visible_section(std::size_t before) const;
  std::optional<std::size_t> first_section_with_errors() const;
  /// Required questions answered, over the visible sections (counted again only where something changed).
  Progress progress() const;
  /// The same for one section (0 of 0 when it is hidden).
  Progress section_progress(std::size_t section) const;
  /// Changes whenever an answer of the section or a result deciding its or its questions' state (visibility,
  /// enabled, required, choices, validators) changes; what is derived from one section can be kept until then.
  std::uint64_t section_revision(std::size_t section) const;

  // ---- Export ------------------------------------------------------------------------------------------
  /// The answers to export: hidden answers left out unless the policy includes them.
  nlohmann::json export_answers() const;
  /// Every calculated value, id → JSON value.
  nlohmann::json export_calculated() const;
  /// questionnaire::content_hash of the questionnaire, computed once (autosave stamps every save with it).
  const std::string& questionnaire_hash() const;
  /// `doc` with the exported answers and calculated values and the questionnaire's id, version and hash.
  questionnaire::AnswersDocument export_document(questionnaire::AnswersDocument doc) const;

  // ---- Checking the incremental evaluation ------------------------------------------------------------
  /// Recomputes every expression from scratch.
  void full_reevaluate();
  /// Every cached expression result, in a fixed order: equal for two engines in the same state.
  std::vector<expr::Value> cached_results() const;
  /// How many expression evaluations have run (for tests and benchmarks of the incremental path).
  std::size_t evaluation_count() const;
  /// Changes whenever an answer, a calculated value or a condition's result may have changed; equal revisions
  /// mean equal state, so what is derived from it (progress, a section's status) can be cached per revision.
  std::uint64_t revision() const;

 private:
  void clear_hidden_answers_if_asked();

  std::unique_ptr<EngineState> s_;
};

}  // namespace sw::engine
