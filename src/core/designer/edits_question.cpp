// edits_question.cpp — property edits of one question or repeat-group field (see edits_properties.h).
#include <cmath>

#include "core/designer/edits_internal.h"
#include "core/designer/edits_structure.h"
#include "core/designer/rename.h"
#include "core/questionnaire/text_checks.h"
#include "core/questionnaire/value_fit.h"

namespace sw::designer {

using questionnaire::Question;
using questionnaire::Questionnaire;
using questionnaire::QuestionType;

namespace detail {
std::string key_of(const QuestionRef& r) {
  return std::to_string(r.section) + "." + std::to_string(r.question) + (r.field ? "." + std::to_string(*r.field) : "");
}

std::optional<questionnaire::ExprText>& condition_slot(questionnaire::Conditions& c, ConditionKind which) {
  return which == ConditionKind::Visible ? c.visible_if : which == ConditionKind::Enable ? c.enable_if : c.required_if;
}

std::optional<questionnaire::ExprText> expr_or_none(std::string text) {
  if (text.empty()) return std::nullopt;
  return questionnaire::ExprText{std::move(text), "", 0, 0};
}
}  // namespace detail

using detail::condition_slot;
using detail::expr_or_none;
using detail::key_of;

namespace {

// An edit of the question at ref; `merge` names the property when typing into it should merge.
Edit on_question(const QuestionRef& ref, std::string label, std::string merge,
                 std::function<std::string(Question&, Questionnaire&)> change) {
  std::string key = merge.empty() ? "" : merge + "@" + key_of(ref);
  return {std::move(label), std::move(key), [ref, change = std::move(change)](Questionnaire& q) {
            Question* question = find(q, ref);
            if (!question) return std::string("that question does not exist any more");
            return change(*question, q);
          }};
}
}  // namespace

std::string_view text_name(QuestionText w) {
  static const char* names[] = {"label", "help", "placeholder", "unit", "currency", "other_label", "yes_label",
                                "no_label", "entry_label", "add_label", "validation.pattern",
                                "validation.pattern_message", "scale.min_label", "scale.max_label",
                                "validation.min", "validation.max"};
  return names[static_cast<int>(w)];
}

std::string_view number_name(QuestionNumber w) {
  static const char* names[] = {"validation.min", "validation.max", "step", "validation.min_length",
                                "validation.max_length", "min_selected", "max_selected", "min_count", "max_count",
                                "scale.min", "scale.max"};
  return names[static_cast<int>(w)];
}

std::string_view condition_name(ConditionKind w) {
  static const char* names[] = {"visible_if", "enable_if", "required_if"};
  return names[static_cast<int>(w)];
}

Edit set_question_id(const QuestionRef& ref, std::string id) {
  auto report = std::make_shared<std::string>();
  Edit edit = on_question(ref, "Rename question", "", [ref, id, report](Question& question, Questionnaire& q) {
    if (id == question.id) return std::string();
    if (!questionnaire::is_identifier(id))
      return "\"" + id + "\" is not a valid id: use letters, digits and '_', not starting with a digit (at most 64 characters)";
    RenameTarget target{question.id, "", false, ""};
    if (ref.field) {
      const Question* group = find(q, {ref.section, ref.question, {}});
      if (group->find_field(id)) return "this group already has a field \"" + id + "\"";
      target = {group->id, question.id, false, ""};
    } else if (id_taken(q, id)) {
      return "\"" + id + "\" is already the id of another question or calculated value";
    } else if (const std::string other = id_clash(q, id, question.id); !other.empty()) {
      return "\"" + id + "\" differs from \"" + other + "\" only in case, and references ignore case: choose another id";
    }
    const std::string old = question.id;
    // The rewrite reads the questionnaire as it is (the old name must still resolve), then the id changes.
    const RenameReport rewritten = rewrite_references(q, target, id);
    find(q, ref)->id = id;
    *report = rewritten.message(ref.field ? "field" : "question", old, id);
    return std::string();
  });
  edit.report = report;
  return edit;
}

Edit set_question_type(const QuestionRef& ref, QuestionType type) {
  return on_question(ref, "Change type", "", [ref, type](Question& question, Questionnaire&) {
    if (type == QuestionType::Repeat && ref.field)
      return std::string("repeat groups cannot be nested: a field of a repeat group cannot be a repeat group");
    const Question fresh = new_question(question.id, type);
    question.type = type;
    if (questionnaire::is_choice_type(type) && question.choices.empty()) question.choices = fresh.choices;
    if (type == QuestionType::Repeat && question.fields.empty()) question.fields = fresh.fields;
    if (type == QuestionType::Currency && question.currency.empty()) question.currency = fresh.currency;
    if (!question.default_value.is_null() && !questionnaire::answer_mismatch(question, question.default_value).empty())
      question.default_value = nullptr;
    return std::string();
  });
}

Edit set_question_text(const QuestionRef& ref, QuestionText which, std::string value) {
  const std::string name(text_name(which));
  return on_question(ref, "Edit " + name, name, [which, value](Question& q, Questionnaire&) {
    auto optional = [&](std::optional<std::string>& slot) {
      if (value.empty()) slot.reset();
      else slot = value;
    };
    switch (which) {
      case QuestionText::Label: q.label = value; break;
      case QuestionText::Help: q.help = value; break;
      case QuestionText::Placeholder: q.placeholder = value; break;
      case QuestionText::Unit: q.unit = value; break;
      case QuestionText::Currency: q.currency = value; break;
      case QuestionText::OtherLabel: q.other_label = value; break;
      case QuestionText::YesLabel: q.yes_label = value; break;
      case QuestionText::NoLabel: q.no_label = value; break;
      case QuestionText::EntryLabel: q.entry_label = value; break;
      case QuestionText::AddLabel: q.add_label = value; break;
      case QuestionText::Pattern: optional(q.validation.pattern); break;
      case QuestionText::PatternMessage: q.validation.pattern_message = value; break;
      case QuestionText::ScaleMinLabel: q.scale.min_label = value; break;
      case QuestionText::ScaleMaxLabel: q.scale.max_label = value; break;
      case QuestionText::MinDate: optional(q.validation.min_date); break;
      case QuestionText::MaxDate: optional(q.validation.max_date); break;
    }
    return std::string();
  });
}

Edit set_question_number(const QuestionRef& ref, QuestionNumber which, std::optional<double> value) {
  const std::string name(number_name(which));
  return on_question(ref, "Edit " + name, name, [which, value, name](Question& q, Questionnaire&) {
    const bool whole = which != QuestionNumber::Min && which != QuestionNumber::Max && which != QuestionNumber::Step;
    if (value && !std::isfinite(*value)) return name + " must be a finite number";
    if (value && whole && *value != std::floor(*value)) return name + " must be a whole number";
    if (value && whole && which != QuestionNumber::ScaleMin && which != QuestionNumber::ScaleMax && *value < 0)
      return name + " cannot be negative";
    if (value && which == QuestionNumber::Step && *value <= 0) return std::string("step must be greater than 0");
    auto count = [&](std::optional<long long>& slot) {
      if (value) slot = static_cast<long long>(*value);
      else slot.reset();
    };
    switch (which) {
      case QuestionNumber::Min: q.validation.min = value; break;
      case QuestionNumber::Max: q.validation.max = value; break;
      case QuestionNumber::Step: q.step = value; break;
      case QuestionNumber::MinLength: count(q.validation.min_length); break;
      case QuestionNumber::MaxLength: count(q.validation.max_length); break;
      case QuestionNumber::MinSelected: count(q.min_selected); break;
      case QuestionNumber::MaxSelected: count(q.max_selected); break;
      case QuestionNumber::MinCount: count(q.min_count); break;
      case QuestionNumber::MaxCount: count(q.max_count); break;
      case QuestionNumber::ScaleMin:
      case QuestionNumber::ScaleMax: {
        if (!value) return name + " cannot be empty";
        long long& slot = which == QuestionNumber::ScaleMin ? q.scale.min : q.scale.max;
        slot = static_cast<long long>(*value);
        if (q.scale.max - q.scale.min > 100) return std::string("a rating scale has at most 101 points");
        break;
      }
    }
    return std::string();
  });
}

Edit set_required(const QuestionRef& ref, bool required) {
  return on_question(ref, required ? "Make required" : "Make optional", "", [required](Question& q, Questionnaire&) {
    q.required = required;
    return std::string();
  });
}

Edit set_allow_other(const QuestionRef& ref, bool allow) {
  return on_question(ref, "Edit allow_other", "", [allow](Question& q, Questionnaire&) {
    if (allow && q.find_choice(questionnaire::kOtherValue))
      return std::string("a choice already uses the value \"other\", which \"other, please specify\" needs: rename it first");
    q.allow_other = allow;
    return std::string();
  });
}

Edit set_dropdown(const QuestionRef& ref, bool dropdown) {
  return on_question(ref, "Edit presentation", "", [dropdown](Question& q, Questionnaire&) {
    q.presentation = dropdown ? questionnaire::Presentation::Dropdown : questionnaire::Presentation::Radio;
    return std::string();
  });
}

Edit set_question_condition(const QuestionRef& ref, ConditionKind which, std::string text) {
  const std::string name(condition_name(which));
  return on_question(ref, "Edit " + name, name, [which, text](Question& q, Questionnaire&) {
    condition_slot(q.conditions, which) = expr_or_none(text);
    return std::string();
  });
}

Edit set_default(const QuestionRef& ref, nlohmann::json value) {
  return on_question(ref, "Edit default", "default", [value](Question& q, Questionnaire&) {
    if (!value.is_null()) {
      const std::string mismatch = questionnaire::answer_mismatch(q, value);
      if (!mismatch.empty()) return "this default does not fit the question: " + mismatch;
    }
    q.default_value = value;
    return std::string();
  });
}

Edit add_validator(const QuestionRef& ref) {
  return on_question(ref, "Add validator", "", [](Question& q, Questionnaire&) {
    q.validators.push_back({{"{" + q.id + "} notempty", "", 0, 0}, "Please check this answer."});
    return std::string();
  });
}

Edit remove_validator(const QuestionRef& ref, std::size_t index) {
  return on_question(ref, "Remove validator", "", [index](Question& q, Questionnaire&) {
    if (index >= q.validators.size()) return std::string("that validator does not exist any more");
    q.validators.erase(q.validators.begin() + static_cast<std::ptrdiff_t>(index));
    return std::string();
  });
}

Edit set_validator(const QuestionRef& ref, std::size_t index, bool message, std::string text) {
  const std::string what = message ? "validator message" : "validator expression";
  return on_question(ref, "Edit " + what, what + std::to_string(index), [index, message, text](Question& q, Questionnaire&) {
    if (index >= q.validators.size()) return std::string("that validator does not exist any more");
    (message ? q.validators[index].message : q.validators[index].expression.text) = text;
    return std::string();
  });
}

}  // namespace sw::designer
