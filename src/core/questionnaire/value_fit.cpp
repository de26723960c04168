// value_fit.cpp — answer shapes per question type (see docs/answers.md "Answer values").
#include "core/questionnaire/value_fit.h"

#include <cmath>
#include <set>

#include "core/json/describe.h"
#include "core/questionnaire/text_checks.h"
#include "core/questionnaire/timezones.h"

namespace sw::questionnaire {
namespace {
std::string expected(const char* what, const nlohmann::json& got) {
  return std::string("expected ") + what + " but got " + json::describe(got);
}

std::string choice_list(const Question& q) {
  std::string out;
  for (const auto& c : q.choices) out += (out.empty() ? "\"" : ", \"") + c.value + "\"";
  if (q.allow_other) out += (out.empty() ? "\"" : ", \"") + std::string(kOtherValue) + "\"";
  return out;
}

std::string entry_mismatch(const Question& group, const nlohmann::json& entry) {
  if (!entry.is_object()) return expected("an object (one entry)", entry);
  for (const auto& [key, value] : entry.items()) {
    if (const Question* f = group.find_field(key)) {
      std::string why = answer_mismatch(*f, value);
      if (!why.empty()) return "field \"" + key + "\": " + why;
      continue;
    }
    const auto dot = key.rfind(kOtherSuffix);
    const Question* owner = dot == std::string::npos ? nullptr : group.find_field(key.substr(0, dot));
    if (owner && owner->allow_other && dot + kOtherSuffix.size() == key.size() && value.is_string()) continue;
    return "\"" + key + "\" is not a field of this group";
  }
  return "";
}
}  // namespace

std::string choice_mismatch(const Question& q, const nlohmann::json& value) {
  if (!value.is_string()) return expected("a choice value (a string)", value);
  const auto& s = value.get_ref<const std::string&>();
  if (q.find_choice(s) || (q.allow_other && s == kOtherValue)) return "";
  return json::describe(value) + " is not one of the choices (" + choice_list(q) + ")";
}

std::string answer_mismatch(const Question& q, const nlohmann::json& value) {
  switch (q.type) {
    case QuestionType::Text:
    case QuestionType::LongText:
    case QuestionType::Email:
    case QuestionType::Phone:
    case QuestionType::Url:
      return value.is_string() ? "" : expected("a string", value);
    case QuestionType::Date:
      if (value.is_string() && is_iso_date(value.get_ref<const std::string&>())) return "";
      return expected("a date \"YYYY-MM-DD\"", value);
    case QuestionType::TimeZone:
      if (!value.is_string()) return expected("a time zone name", value);
      if (is_time_zone(value.get_ref<const std::string&>())) return "";
      return json::describe(value) + " is not an IANA time zone name";
    case QuestionType::Number:
    case QuestionType::Currency:
      return value.is_number() ? "" : expected("a number", value);
    case QuestionType::YesNo:
      return value.is_boolean() ? "" : expected("true or false", value);
    case QuestionType::Rating: {
      const bool integral = value.is_number_integer() || value.is_number_unsigned() ||
                            (value.is_number_float() && std::floor(value.get<double>()) == value.get<double>());
      if (!integral) return expected("a whole number", value);
      const double v = value.get<double>();
      if (v < static_cast<double>(q.scale.min) || v > static_cast<double>(q.scale.max))
        return value.dump() + " is outside the scale " + std::to_string(q.scale.min) + " to " + std::to_string(q.scale.max);
      return "";
    }
    case QuestionType::SingleChoice:
      return choice_mismatch(q, value);
    case QuestionType::MultipleChoice: {
      if (!value.is_array()) return expected("an array of choice values", value);
      std::set<std::string> seen;
      for (const auto& v : value) {
        std::string why = choice_mismatch(q, v);
        if (!why.empty()) return why;
        if (!seen.insert(v.get<std::string>()).second) return json::describe(v) + " is selected twice";
      }
      return "";
    }
    case QuestionType::Repeat: {
      if (!value.is_array()) return expected("an array of entries", value);
      for (std::size_t i = 0; i < value.size(); ++i) {
        std::string why = entry_mismatch(q, value[i]);
        if (!why.empty()) return "entry " + std::to_string(i + 1) + ": " + why;
      }
      return "";
    }
  }
  return "unknown question type";
}

}  // namespace sw::questionnaire
