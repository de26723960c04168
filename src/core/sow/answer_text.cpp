// answer_text.cpp — display text of answers per question type (answer_text.h).
#include "core/sow/answer_text.h"

#include <cstdio>

#include "core/documents/fill.h"

namespace sw::sow {
namespace {

using questionnaire::QuestionType;

std::string choice_text(const questionnaire::Question& q, const std::string& value, const nlohmann::json& other) {
  if (value == questionnaire::kOtherValue) {
    const std::string label = q.other_label.empty() ? "Other" : q.other_label;
    return other.is_string() && !other.get_ref<const std::string&>().empty()
               ? label + ": " + other.get<std::string>()
               : label;
  }
  if (const auto* c = q.find_choice(value)) return c->label;
  return value;
}

std::string money(double amount) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", amount);
  return buf;
}

}  // namespace

std::string answer_text(const questionnaire::Question& q, const nlohmann::json& value, const nlohmann::json& other) {
  if (value.is_null()) return "";
  switch (q.type) {
    case QuestionType::YesNo:
      if (!value.is_boolean()) break;
      return value.get<bool>() ? (q.yes_label.empty() ? "Yes" : q.yes_label) : (q.no_label.empty() ? "No" : q.no_label);
    case QuestionType::SingleChoice:
      if (value.is_string()) return choice_text(q, value.get<std::string>(), other);
      break;
    case QuestionType::MultipleChoice: {
      if (!value.is_array()) break;
      std::string out;
      for (const auto& v : value) {
        if (!v.is_string()) continue;
        out += (out.empty() ? "" : ", ") + choice_text(q, v.get<std::string>(), other);
      }
      return out;
    }
    case QuestionType::Currency:
      if (value.is_number()) return (q.currency.empty() ? "" : q.currency + " ") + money(value.get<double>());
      break;
    case QuestionType::Number:
      if (value.is_number()) return documents::value_text(value) + (q.unit.empty() ? "" : " " + q.unit);
      break;
    case QuestionType::Rating:
      if (value.is_number())
        return documents::value_text(value) + " on a scale of " + std::to_string(q.scale.min) + " to " +
               std::to_string(q.scale.max);
      break;
    case QuestionType::Repeat:
      if (value.is_array()) return std::to_string(value.size()) + (value.size() == 1 ? " entry" : " entries");
      break;
    default:
      break;
  }
  return documents::value_text(value);
}

}  // namespace sw::sow
