// condition_context.h — what an expression being edited can refer to: the questionnaire's answer names (with
// labels, types and choices), the repeat group it belongs to, and what the expression is used for.
//
// Built from a Questionnaire by the designer whenever the questionnaire changes (linear in its size); the
// condition checker, completion and plain-language reading all read it. It copies what it needs, so it stays
// valid while the questionnaire it came from is edited.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/expr/checker.h"
#include "core/questionnaire/model.h"

namespace sw::designer {

/// Where an expression is used; decides the words of the reading ("Shown when ...") and what an empty text means.
enum class ConditionUse {
  Visible,        // visible_if of a section or question: "Shown when ..."
  Enable,         // enable_if: "Enabled when ..."
  Required,       // required_if: "Required when ..."
  ChoiceVisible,  // visible_if of a choice: "Offered when ..."
  Validation,     // a validator's expression: "Valid when ..."
  Calculated,     // a calculated value's expression: "Computed as ..."
};

/// True for the uses where an empty text means "no condition" (visible/enable/required): not an error.
bool empty_means_always(ConditionUse use);

/// One choice as a condition compares it: {platform} = 'cisco_aci'.
struct ChoiceName {
  std::string value;
  std::string label;
};

/// One name an expression may reference: a question, a calculated value, or a repeat group's field.
struct AnswerName {
  enum class Kind { Question, Calculated, Field, OtherText };
  Kind kind = Kind::Question;
  std::string id;     // as written between the braces ("sites", "platform.other"; a field's own id)
  std::string label;  // as written in the questionnaire (may be empty, may pipe {answers})
  std::optional<questionnaire::QuestionType> type;  // absent for calculated values and "other" texts
  std::vector<ChoiceName> choices;                  // choice questions; yes_no has true/false (see yes/no labels)
  std::string yes_label = "Yes", no_label = "No";   // yes_no (defaults filled in)
  std::vector<AnswerName> fields;                   // repeat groups: their fields (kind Field)
  std::string group;                                // fields: the id of their repeat group
  std::string reading_name;  // the short, unique label readings use (see condition_labels.h), set by from()

  bool is_group() const { return type == questionnaire::QuestionType::Repeat; }
  /// "number", "single choice", "calculated", ... for completion details.
  std::string type_text() const;
  /// The label of the choice with this value (case-insensitive, trimmed, as `=` compares), or nullptr.
  const ChoiceName* find_choice(std::string_view value) const;
};

class ConditionContext {
 public:
  ConditionContext() = default;
  /// The names of `q`. `group_id`: the repeat group whose field owns the expression (enables {entry.field});
  /// `owner_id`: the question, field or calculated value the expression belongs to ("" for sections), so
  /// self-references can be flagged.
  static ConditionContext from(const questionnaire::Questionnaire& q, std::string_view group_id = {},
                               std::string_view owner_id = {});

  /// Top-level names in questionnaire order (questions, their "<id>.other" texts, then calculated values).
  const std::vector<AnswerName>& names() const { return names_; }
  /// The top-level name (case-insensitive, like references), or nullptr.
  const AnswerName* find(std::string_view id) const;
  /// The repeat group the expression belongs to, or nullptr.
  const AnswerName* entry_group() const { return group_.empty() ? nullptr : find(group_); }
  /// A field of the group `group` (case-insensitive), or nullptr.
  const AnswerName* find_field(const AnswerName& group, std::string_view field) const;
  const std::string& owner() const { return owner_; }

  /// The checker's view of the same names (the engine builds the same table when it compiles).
  const expr::SymbolTable& symbols() const { return symbols_; }
  /// Options for expr::check: symbols, and the entry group when there is one.
  expr::CheckOptions check_options() const;

  /// What a reference names in this context: `{entry.f}` and `{group[n].f}` give the field; `{q}` the question.
  /// `in_array_group`: inside an *InArray condition, plain `{f}` may name a field of that group first.
  const AnswerName* resolve(const expr::Reference& ref, const AnswerName* in_array_group = nullptr) const;

 private:
  std::vector<AnswerName> names_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_lower_id_;  // into names_ (indices survive copies)
  expr::SymbolTable symbols_;
  std::string group_;
  std::string owner_;
};

}  // namespace sw::designer
