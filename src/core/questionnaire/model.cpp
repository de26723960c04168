// model.cpp — type names and look-ups of the questionnaire model.
#include "core/questionnaire/model.h"

namespace sw::questionnaire {

namespace {
struct TypeName {
  QuestionType type;
  std::string_view name;
};
constexpr TypeName kTypeNames[] = {
    {QuestionType::Text, "text"},
    {QuestionType::LongText, "long_text"},
    {QuestionType::Email, "email"},
    {QuestionType::Phone, "phone"},
    {QuestionType::Url, "url"},
    {QuestionType::Number, "number"},
    {QuestionType::Currency, "currency"},
    {QuestionType::Date, "date"},
    {QuestionType::TimeZone, "timezone"},
    {QuestionType::SingleChoice, "single_choice"},
    {QuestionType::MultipleChoice, "multiple_choice"},
    {QuestionType::YesNo, "yes_no"},
    {QuestionType::Rating, "rating"},
    {QuestionType::Repeat, "repeat"},
};
}  // namespace

std::string_view type_name(QuestionType type) {
  for (const auto& t : kTypeNames)
    if (t.type == type) return t.name;
  return "?";
}

std::optional<QuestionType> type_from_name(std::string_view name) {
  for (const auto& t : kTypeNames)
    if (t.name == name) return t.type;
  return std::nullopt;
}

const std::vector<std::string_view>& type_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v;
    for (const auto& t : kTypeNames) v.push_back(t.name);
    return v;
  }();
  return names;
}

bool is_text_type(QuestionType t) {
  return t == QuestionType::Text || t == QuestionType::LongText || t == QuestionType::Email ||
         t == QuestionType::Phone || t == QuestionType::Url;
}

std::string_view value_format_name(ValueFormat f) { return value_format_names()[static_cast<std::size_t>(f)]; }

const std::vector<std::string_view>& value_format_names() {
  // Same order as ValueFormat.
  static const std::vector<std::string_view> names = {"number", "integer", "currency", "percent", "text"};
  return names;
}

const Choice* Question::find_choice(std::string_view value) const {
  for (const auto& c : choices)
    if (c.value == value) return &c;
  return nullptr;
}

const Question* Question::find_field(std::string_view field_id) const {
  for (const auto& f : fields)
    if (f.id == field_id) return &f;
  return nullptr;
}

const Question* Questionnaire::find_question(std::string_view question_id) const {
  for (const auto& s : sections)
    for (const auto& q : s.questions)
      if (q.id == question_id) return &q;
  return nullptr;
}

const Calculated* Questionnaire::find_calculated(std::string_view calculated_id) const {
  for (const auto& c : calculated)
    if (c.id == calculated_id) return &c;
  return nullptr;
}

}  // namespace sw::questionnaire
