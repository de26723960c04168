// validate.cpp — what is wrong with an answer: required, type-specific checks (email, URL, phone, number
// ranges, dates, lengths, patterns, choices, counts) and the questionnaire's own validators.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

#include "core/engine/engine_state.h"
#include "core/expr/js.h"
#include "core/function_ref.h"
#include "core/questionnaire/text_checks.h"
#include "core/questionnaire/timezones.h"

namespace sw::engine {
namespace {

using questionnaire::Question;
using questionnaire::QuestionType;

std::string num(double d) { return expr::js::number_to_string(d); }

std::size_t code_points(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool looks_like_email(const std::string& s) {
  const auto at = s.find('@');
  if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return false;
  const std::string domain = s.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string::npos || dot == 0 || domain.back() == '.') return false;
  return std::none_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

bool looks_like_url(const std::string& s) {
  for (const char* scheme : {"http://", "https://"}) {
    const std::string prefix = scheme;
    if (s.rfind(prefix, 0) == 0 && s.size() > prefix.size() &&
        std::none_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
      return s[prefix.size()] != '/' && s[prefix.size()] != '.';
  }
  return false;
}

bool looks_like_phone(const std::string& s) {
  int digits = 0;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (!std::strchr(" +-().", c)) {
      return false;
    }
  }
  return digits >= 6;
}

struct Checker {
  const Question& q;
  const FieldCells& cells;
  const nlohmann::json& answer;
  const nlohmann::json* other_text;  // "<id>.other" answer; nullptr where no such text is kept (repeat fields)
  bool required;
  // Non-owning: the callers keep the lambdas in named locals while the checker runs.
  FunctionRef<bool(int cell)> validator_holds;
  FunctionRef<bool(std::size_t choice)> choice_shown;
  std::vector<std::string> errors;

  void add(std::string message) { errors.push_back(std::move(message)); }

  void run() {
    if (is_unanswered(answer)) {
      if (q.type == QuestionType::Repeat && required) add(count_message(std::max<long long>(1, q.min_count.value_or(1))));
      else if (required) add("Please answer this question.");
      return;
    }
    switch (q.type) {
      case QuestionType::Text:
      case QuestionType::LongText: text(); break;
      case QuestionType::Email:
        if (text() && !looks_like_email(answer.get<std::string>()))
          add("Enter a valid email address, such as name@example.com.");
        break;
      case QuestionType::Url:
        if (text() && !looks_like_url(answer.get<std::string>()))
          add("Enter a full web address starting with http:// or https://.");
        break;
      case QuestionType::Phone:
        if (text() && !looks_like_phone(answer.get<std::string>()))
          add("Enter a phone number: at least 6 digits; spaces and + - ( ) . are allowed.");
        break;
      case QuestionType::Number:
      case QuestionType::Currency: number(); break;
      case QuestionType::Date: date(); break;
      case QuestionType::TimeZone:
        if (!answer.is_string() || !questionnaire::is_time_zone(answer.get<std::string>()))
          add("Pick a time zone from the list.");
        break;
      case QuestionType::SingleChoice: single_choice(); break;
      case QuestionType::MultipleChoice: multiple_choice(); break;
      case QuestionType::YesNo:
        if (!answer.is_boolean()) add("Answer yes or no.");
        break;
      case QuestionType::Rating: rating(); break;
      case QuestionType::Repeat: repeat_count(); break;
    }
    for (std::size_t i = 0; i < cells.validators.size() && i < q.validators.size(); ++i)
      if (!validator_holds(cells.validators[i])) add(q.validators[i].message);
  }

  std::string count_message(long long n) const {
    return n == 1 ? "Add at least one entry." : "Add at least " + std::to_string(n) + " entries.";
  }

  bool text() {  // common to every text type; false when the answer is not text at all
    if (!answer.is_string()) {
      add("Enter text.");
      return false;
    }
    const std::string& s = answer.get_ref<const std::string&>();
    const auto& v = q.validation;
    const auto length = static_cast<long long>(code_points(s));
    if (v.min_length && length < *v.min_length) add("Enter at least " + std::to_string(*v.min_length) + " characters.");
    if (v.max_length && length > *v.max_length) add("Enter at most " + std::to_string(*v.max_length) + " characters.");
    if (cells.pattern && !cells.pattern->matches(s))  // linear time, any length (core/pattern)
      add(v.pattern_message.empty() ? "The answer does not have the expected format." : v.pattern_message);
    return true;
  }

  void number() {
    if (!answer.is_number()) {
      add("Enter a number.");
      return;
    }
    const double d = answer.get<double>();
    const auto& v = q.validation;
    if ((v.min && d < *v.min) || (v.max && d > *v.max)) {
      if (v.min && v.max) add("Enter a number from " + num(*v.min) + " to " + num(*v.max) + ".");
      else if (v.min) add("Enter a number of at least " + num(*v.min) + ".");
      else add("Enter a number of at most " + num(*v.max) + ".");
    }
  }

  void date() {
    if (!answer.is_string() || !questionnaire::is_iso_date(answer.get<std::string>())) {
      add("Enter a date as YYYY-MM-DD.");
      return;
    }
    const std::string& s = answer.get_ref<const std::string&>();  // ISO dates compare as text
    if (q.validation.min_date && s < *q.validation.min_date) add("Enter a date on or after " + *q.validation.min_date + ".");
    if (q.validation.max_date && s > *q.validation.max_date) add("Enter a date on or before " + *q.validation.max_date + ".");
  }

  bool known_choice(const nlohmann::json& value) const {
    if (!value.is_string()) return false;
    const auto& v = value.get_ref<const std::string&>();
    if (q.allow_other && v == questionnaire::kOtherValue) return true;
    for (std::size_t i = 0; i < q.choices.size(); ++i)
      if (q.choices[i].value == v) return choice_shown(i);
    return false;
  }

  void other_specified(const nlohmann::json& value) {
    if (q.allow_other && other_text && value == questionnaire::kOtherValue && is_unanswered(*other_text))
      add("Please say what \"other\" is.");
  }

  void single_choice() {
    if (!known_choice(answer)) {
      add("Pick one of the options shown.");
      return;
    }
    other_specified(answer);
  }

  void multiple_choice() {
    if (!answer.is_array()) {
      add("Pick from the options shown.");
      return;
    }
    for (const auto& v : answer) {
      if (!known_choice(v)) {
        add("Pick only from the options shown.");
        return;
      }
      other_specified(v);
    }
    const auto n = static_cast<long long>(answer.size());
    if (q.min_selected && n < *q.min_selected) add("Select at least " + std::to_string(*q.min_selected) + " options.");
    if (q.max_selected && n > *q.max_selected) add("Select at most " + std::to_string(*q.max_selected) + " options.");
  }

  void rating() {
    // Range first: casting a double outside long long's range to integer is undefined (found by fuzz_engine_answers).
    const double value = answer.is_number() ? answer.get<double>() : 0.0;
    const bool in_range = answer.is_number() && value >= static_cast<double>(q.scale.min) &&
                          value <= static_cast<double>(q.scale.max);
    const bool whole = answer.is_number_integer() || (in_range && value == std::trunc(value));
    if (!in_range || !whole)
      add("Pick a rating from " + std::to_string(q.scale.min) + " to " + std::to_string(q.scale.max) + ".");
  }

  void repeat_count() {
    if (!answer.is_array()) {
      add("Add entries with the button below.");
      return;
    }
    const auto n = static_cast<long long>(answer.size());
    if (q.min_count && n < *q.min_count) add(count_message(*q.min_count));
    if (q.max_count && n > *q.max_count) add("Add no more than " + std::to_string(*q.max_count) + " entries.");
  }
};

}  // namespace

std::vector<FieldError> Engine::errors(QuestionPos p) const {
  std::vector<FieldError> out;
  if (!question_visible(p) || !question_enabled(p)) return out;
  const Question& q = s_->question(p);
  const QuestionCells& qc = s_->cells_of(p);
  static const nlohmann::json kNull;  // immutable "no answer"
  const nlohmann::json* other = qc.other_var == kNone ? nullptr : &s_->vars[qc.other_var].answer;
  const auto holds = [this](int cell) { return s_->truth(cell, true); };
  const auto shown = [this, p](std::size_t c) { return choice_visible(p, c); };
  Checker own{q, qc.own, s_->vars[qc.var].answer, other, question_required(p), holds, shown, {}};
  own.run();
  for (auto& message : own.errors) out.push_back(FieldError{-1, "", std::move(message)});

  if (q.type != QuestionType::Repeat || !s_->vars[qc.var].answer.is_array()) return out;
  const auto& entries = s_->vars[qc.var].answer;
  for (std::size_t e = 0; e < entries.size(); ++e) {
    for (std::size_t f = 0; f < q.fields.size(); ++f) {
      if (!field_visible(p, e, f) || !field_enabled(p, e, f)) continue;
      const Question& field = q.fields[f];
      const nlohmann::json& value = entries[e].is_object() && entries[e].contains(field.id) ? entries[e][field.id] : kNull;
      const auto field_holds = [this, e](int cell) { return s_->entry_truth(cell, e, true); };
      const auto field_shown = [this, p, e, f](std::size_t c) { return field_choice_visible(p, e, f, c); };
      Checker check{field, qc.fields[f], value, nullptr, field_required(p, e, f), field_holds, field_shown, {}};
      check.run();
      for (auto& message : check.errors) out.push_back(FieldError{static_cast<int>(e), field.id, std::move(message)});
    }
  }
  return out;
}

bool Engine::section_has_errors(std::size_t section) const {
  if (!section_visible(section)) return false;
  for (std::size_t qi = 0; qi < s_->sections[section].questions.size(); ++qi)
    if (!errors({section, qi}).empty()) return true;
  return false;
}

}  // namespace sw::engine
