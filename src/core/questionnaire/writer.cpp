// writer.cpp — serialises the questionnaire model in the documented field order.
#include "core/questionnaire/writer.h"

namespace sw::questionnaire {
namespace {

using Json = nlohmann::ordered_json;

void put_string(Json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

void put_conditions(Json& j, const Conditions& c) {
  if (c.visible_if) j["visible_if"] = c.visible_if->text;
  if (c.enable_if) j["enable_if"] = c.enable_if->text;
  if (c.required_if) j["required_if"] = c.required_if->text;
}

// Whole numbers are written as integers ("min": 1, not 1.0).
Json number(double v) {
  if (v == static_cast<double>(static_cast<long long>(v))) return static_cast<long long>(v);
  return v;
}

Json question_json(const Question& q) {
  Json j;
  j["id"] = q.id;
  j["type"] = std::string(type_name(q.type));
  j["label"] = q.label;
  put_string(j, "help", q.help);
  put_string(j, "placeholder", q.placeholder);
  if (q.required) j["required"] = true;
  put_conditions(j, q.conditions);
  switch (q.type) {
    case QuestionType::Number:
    case QuestionType::Currency:
      put_string(j, "currency", q.currency);
      if (q.step) j["step"] = number(*q.step);
      put_string(j, "unit", q.unit);
      break;
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice: {
      if (q.type == QuestionType::SingleChoice && q.presentation == Presentation::Dropdown) j["presentation"] = "dropdown";
      Json list = Json::array();
      for (const Choice& c : q.choices) {
        Json cj;
        cj["value"] = c.value;
        cj["label"] = c.label;
        put_string(cj, "help", c.help);
        put_conditions(cj, c.conditions);
        list.push_back(std::move(cj));
      }
      j["choices"] = std::move(list);
      if (q.allow_other) j["allow_other"] = true;
      put_string(j, "other_label", q.other_label);
      if (q.min_selected) j["min_selected"] = *q.min_selected;
      if (q.max_selected) j["max_selected"] = *q.max_selected;
      break;
    }
    case QuestionType::YesNo:
      put_string(j, "yes_label", q.yes_label);
      put_string(j, "no_label", q.no_label);
      break;
    case QuestionType::Rating: {
      const RatingScale defaults;
      Json s;
      if (q.scale.min != defaults.min || q.scale.max != defaults.max) {
        s["min"] = q.scale.min;
        s["max"] = q.scale.max;
      }
      put_string(s, "min_label", q.scale.min_label);
      put_string(s, "max_label", q.scale.max_label);
      if (!s.empty()) j["scale"] = std::move(s);
      break;
    }
    case QuestionType::Repeat: {
      Json fields = Json::array();
      for (const Question& f : q.fields) fields.push_back(question_json(f));
      j["fields"] = std::move(fields);
      if (q.min_count) j["min_count"] = *q.min_count;
      if (q.max_count) j["max_count"] = *q.max_count;
      put_string(j, "entry_label", q.entry_label);
      put_string(j, "add_label", q.add_label);
      break;
    }
    default:
      break;
  }
  Json v;
  const Validation& val = q.validation;
  if (val.pattern) v["pattern"] = *val.pattern;
  put_string(v, "pattern_message", val.pattern_message);
  if (val.min_length) v["min_length"] = *val.min_length;
  if (val.max_length) v["max_length"] = *val.max_length;
  if (val.min) v["min"] = number(*val.min);
  if (val.max) v["max"] = number(*val.max);
  if (val.min_date) v["min"] = *val.min_date;
  if (val.max_date) v["max"] = *val.max_date;
  if (!v.empty()) j["validation"] = std::move(v);
  if (!q.validators.empty()) {
    Json list = Json::array();
    for (const Validator& x : q.validators) list.push_back(Json{{"expression", x.expression.text}, {"message", x.message}});
    j["validators"] = std::move(list);
  }
  if (!q.default_value.is_null())
    j["default"] = Json::parse(q.default_value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return j;
}

}  // namespace

Json to_json(const Questionnaire& q) {
  Json j;
  j["format"] = std::string(kFormatName) + "/" + std::to_string(kFormatMajor);
  j["id"] = q.id;
  j["version"] = q.version;
  j["title"] = q.title;
  put_string(j, "intro", q.intro);
  j["hidden_answers"] = Json{{"editing", q.hidden_answers.keep_while_editing ? "keep" : "clear"},
                             {"export", q.hidden_answers.include_in_export ? "include" : "exclude"}};
  Json sections = Json::array();
  for (const Section& s : q.sections) {
    Json sj;
    sj["id"] = s.id;
    sj["title"] = s.title;
    put_string(sj, "description", s.description);
    put_conditions(sj, s.conditions);
    Json questions = Json::array();
    for (const Question& question : s.questions) questions.push_back(question_json(question));
    sj["questions"] = std::move(questions);
    sections.push_back(std::move(sj));
  }
  j["sections"] = std::move(sections);
  if (!q.calculated.empty()) {
    Json list = Json::array();
    for (const Calculated& c : q.calculated) {
      Json cj;
      cj["id"] = c.id;
      put_string(cj, "label", c.label);
      cj["expression"] = c.expression.text;
      if (c.format != ValueFormat::Number) cj["format"] = std::string(value_format_name(c.format));
      put_string(cj, "currency", c.currency);
      put_string(cj, "unit", c.unit);
      if (c.show) cj["show"] = true;
      list.push_back(std::move(cj));
    }
    j["calculated"] = std::move(list);
  }
  put_string(j, "outro", q.outro);
  return j;
}

std::string to_text(const Questionnaire& q) {
  return to_json(q).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace sw::questionnaire
