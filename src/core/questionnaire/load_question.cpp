// load_question.cpp — the questionnaire loader: one question (common fields, type-specific fields, checks).
#include <unordered_map>

#include "core/json/describe.h"
#include "core/json/pointer.h"
#include "core/pattern/pattern.h"
#include "core/questionnaire/load_internal.h"
#include "core/questionnaire/text_checks.h"
#include "core/questionnaire/timezones.h"
#include "core/questionnaire/value_fit.h"

namespace sw::questionnaire::detail {

using json::Need;
using json::NodeReader;

namespace {
// Fields that only some types use: on other types they draw "not used by <type> questions".
const std::vector<std::string_view> kTypeSpecificFields = {
    "step",       "unit",         "currency",     "choices",   "presentation", "allow_other", "other_label",
    "min_selected", "max_selected", "yes_label", "no_label",  "scale",        "fields",      "min_count",
    "max_count",  "entry_label",  "add_label"};

std::string format_number(double v) {
  nlohmann::json j(v);
  if (v == static_cast<double>(static_cast<long long>(v))) j = static_cast<long long>(v);
  return j.dump();
}
}  // namespace

template <typename T>
void Loader::ordered(NodeReader& r, const std::optional<T>& min, const std::optional<T>& max,
                     std::string_view min_key, std::string_view max_key) {
  if (!min || !max || !(*max < *min)) return;
  const auto show = [](const T& v) {
    if constexpr (std::is_same_v<T, std::string>)
      return "\"" + v + "\"";
    else
      return format_number(static_cast<double>(v));
  };
  r_.error(r.path(min_key), std::string(min_key) + " (" + show(*min) + ") is greater than " + std::string(max_key) +
                                " (" + show(*max) + ")");
}

bool Loader::question(const json::Node& value, std::string pointer, bool in_group, Question& q) {
  q.json_path = std::move(pointer);
  NodeReader r(value, &q.json_path, r_);
  if (!r.valid()) return false;
  q.id = id(r, in_group ? "field" : "question");
  q.label = r.non_empty_string("label", Need::Required).value_or("");
  q.help = r.string("help").value_or("");
  q.placeholder = r.string("placeholder").value_or("");
  q.required = r.boolean("required").value_or(false);
  q.conditions = conditions(r);

  const auto type = r.one_of("type", type_names(), Need::Required);
  if (!type) {
    // Without a type the other fields cannot be judged: mark them read so they draw no warnings.
    for (std::string_view f : kTypeSpecificFields) r.ignore(f);
    for (std::string_view f : {"default", "validation", "validators"}) r.ignore(f);
    r.report_unknown();
    return false;
  }
  q.type = *type_from_name(*type);
  if (q.type == QuestionType::Repeat && in_group) {
    r_.error(r.path("type"), "repeat groups cannot be nested: a field of a repeat group cannot be a repeat group");
    for (std::string_view f : kTypeSpecificFields) r.ignore(f);
    for (std::string_view f : {"default", "validation", "validators"}) r.ignore(f);
    r.report_unknown();
    return false;
  }

  type_specific(r, q);
  validation(r, q);
  validators(r, q);
  check_default(r, q);
  if (!r.all_read()) r.report_unknown(kTypeSpecificFields, "by " + std::string(*type) + " questions");
  return true;
}

void Loader::type_specific(NodeReader& r, Question& q) {
  switch (q.type) {
    case QuestionType::Number:
      q.unit = r.string("unit").value_or("");
      [[fallthrough]];
    case QuestionType::Currency:
      q.step = r.number("step");
      if (q.step && *q.step <= 0) r_.error(r.path("step"), "step must be greater than 0 but got " + format_number(*q.step));
      if (q.type == QuestionType::Currency) {
        if (auto code = r.string("currency", Need::Required)) {
          q.currency = *code;
          if (!is_currency_code(*code))
            r_.error(r.path("currency"), "expected an ISO 4217 currency code such as \"GBP\" but got " +
                                             json::describe(nlohmann::json(*code)));
        }
      }
      break;
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
      choices(r, q);
      break;
    case QuestionType::YesNo:
      q.yes_label = r.string("yes_label").value_or("");
      q.no_label = r.string("no_label").value_or("");
      break;
    case QuestionType::Rating:
      if (const json::Node* scale = r.object("scale")) {
        NodeReader s(*scale, r.path("scale"), r_);
        q.scale.min = s.integer("min").value_or(q.scale.min);
        q.scale.max = s.integer("max").value_or(q.scale.max);
        q.scale.min_label = s.string("min_label").value_or("");
        q.scale.max_label = s.string("max_label").value_or("");
        if (q.scale.min >= q.scale.max)
          r_.error(s.path("min"), "min (" + std::to_string(q.scale.min) + ") must be less than max (" +
                                      std::to_string(q.scale.max) + ")");
        else if (q.scale.max - q.scale.min > 100)
          r_.error(s.path("max"), "a scale has at most 101 points but this one has " +
                                      std::to_string(q.scale.max - q.scale.min + 1));
        s.report_unknown();
      }
      break;
    case QuestionType::Repeat: {
      q.min_count = r.integer("min_count");
      q.max_count = r.integer("max_count");
      q.entry_label = r.string("entry_label").value_or("");
      q.add_label = r.string("add_label").value_or("");
      if (q.min_count && *q.min_count < 0) r_.error(r.path("min_count"), "min_count must not be negative");
      if (q.max_count && *q.max_count < 1) r_.error(r.path("max_count"), "max_count must be at least 1");
      ordered(r, q.min_count, q.max_count, "min_count", "max_count");
      const json::Node* fields = r.array("fields", Need::Required);
      if (!fields) break;
      if (fields->empty()) r_.error(r.path("fields"), "expected at least one field but got an empty array");
      SeenIds seen;
      q.fields.reserve(fields->size());
      const std::string base = r.path("fields");
      for (std::size_t i = 0; i < fields->size(); ++i) {
        Question& field = q.fields.emplace_back();  // read in place: a Question is big to move
        if (!question((*fields)[i], json::child(base, i), true, field)) {
          q.fields.pop_back();
          continue;
        }
        unique(seen, field.id, field.json_path, "field id in this repeat group");
      }
      break;
    }
    default:
      break;
  }
}

void Loader::choices(NodeReader& r, Question& q) {
  if (q.type == QuestionType::SingleChoice) {
    if (auto p = r.one_of("presentation", {"radio", "dropdown"}))
      q.presentation = *p == "dropdown" ? Presentation::Dropdown : Presentation::Radio;
  } else {
    q.min_selected = r.integer("min_selected");
    q.max_selected = r.integer("max_selected");
  }
  q.allow_other = r.boolean("allow_other").value_or(false);
  q.other_label = r.string("other_label").value_or("");
  const json::Node* list = r.array("choices", Need::Required);
  if (list) {
    if (list->empty()) r_.error(r.path("choices"), "expected at least one choice but got an empty array");
    q.choices.reserve(list->size());  // never exceeded: `seen` keeps views of the values
    // Earlier values, for duplicates: a question has a handful of choices, and comparing with each beats a map;
    // a long list (a file may hold thousands) gets a hash map.
    const bool long_list = list->size() > 32;
    std::unordered_map<std::string_view, std::size_t> seen;
    const auto first_with_value = [&](std::size_t k) {
      const std::string& value = q.choices[k].value;
      if (long_list) return seen.emplace(value, k).first->second;
      for (std::size_t j = 0; j < k; ++j)
        if (q.choices[j].value == value) return j;
      return k;
    };
    const std::string base = r.path("choices");
    for (std::size_t i = 0; i < list->size(); ++i) {
      Choice& choice = q.choices.emplace_back();  // read in place
      choice.json_path = json::child(base, i);
      NodeReader c((*list)[i], &choice.json_path, r_);
      if (!c.valid()) {
        q.choices.pop_back();
        continue;
      }
      choice.value = c.non_empty_string("value", Need::Required).value_or("");
      choice.label = c.non_empty_string("label", Need::Required).value_or("");
      choice.help = c.string("help").value_or("");
      choice.conditions = conditions(c);
      c.report_unknown();
      if (q.allow_other && choice.value == kOtherValue)
        r_.error(c.path("value"), "choice value \"other\" is reserved for the \"other, please specify\" option "
                                  "(allow_other); use another value");
      if (!choice.value.empty()) {
        const std::size_t k = q.choices.size() - 1;
        const std::size_t first = first_with_value(k);
        if (first != k) {
          const std::string& at = q.choices[first].json_path;
          r_.error(c.path("value"), "duplicate choice value \"" + choice.value + "\" in this question: first defined at " +
                                        at + r_.where(json::child(at, "value")));
        }
      }
    }
  }
  if (q.type == QuestionType::MultipleChoice) {
    if (q.min_selected && *q.min_selected < 0) r_.error(r.path("min_selected"), "min_selected must not be negative");
    if (q.max_selected && *q.max_selected < 1) r_.error(r.path("max_selected"), "max_selected must be at least 1");
    ordered(r, q.min_selected, q.max_selected, "min_selected", "max_selected");
    const long long options = static_cast<long long>(q.choices.size()) + (q.allow_other ? 1 : 0);
    if (list && q.min_selected && *q.min_selected > options)
      r_.error(r.path("min_selected"), "min_selected (" + std::to_string(*q.min_selected) + ") is more than the " +
                                           std::to_string(options) + " options there are");
  }
}

void Loader::validation(NodeReader& r, Question& q) {
  const json::Node* value = r.object("validation");
  if (!value) return;
  NodeReader v(*value, r.path("validation"), r_);
  Validation& out = q.validation;
  const bool text = is_text_type(q.type);
  const bool numeric = q.type == QuestionType::Number || q.type == QuestionType::Currency;
  if (text) {
    out.pattern = v.string("pattern");
    out.pattern_message = v.string("pattern_message").value_or("");
    if (out.pattern) {
      if (const auto compiled = pattern::compile(*out.pattern); compiled.error)
        r_.error(v.path("pattern"), "pattern error " + compiled.error->text());
    }
    out.min_length = v.integer("min_length");
    out.max_length = v.integer("max_length");
    if (out.min_length && *out.min_length < 0) r_.error(v.path("min_length"), "min_length must not be negative");
    if (out.max_length && *out.max_length < 0) r_.error(v.path("max_length"), "max_length must not be negative");
    ordered(v, out.min_length, out.max_length, "min_length", "max_length");
  } else if (numeric) {
    out.min = v.number("min");
    out.max = v.number("max");
    ordered(v, out.min, out.max, "min", "max");
  } else if (q.type == QuestionType::Date) {
    for (const char* key : {"min", "max"}) {
      auto d = v.string(key);
      if (d && !is_iso_date(*d)) {
        r_.error(v.path(key), "expected a date \"YYYY-MM-DD\" but got " + json::describe(nlohmann::json(*d)));
        d.reset();
      }
      (key[1] == 'i' ? out.min_date : out.max_date) = d;
    }
    ordered(v, out.min_date, out.max_date, "min", "max");
  }
  static const std::vector<std::string_view> kAll = {"pattern", "pattern_message", "min_length", "max_length", "min", "max"};
  if (!v.all_read()) v.report_unknown(kAll, "by " + std::string(type_name(q.type)) + " questions");
}

void Loader::validators(NodeReader& r, Question& q) {
  const json::Node* list = r.array("validators");
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    NodeReader v((*list)[i], json::child(r.path("validators"), i), r_);
    if (!v.valid()) continue;
    Validator out;
    auto e = expr(v, "expression", Need::Required);
    out.message = v.non_empty_string("message", Need::Required).value_or("");
    v.report_unknown();
    if (!e) continue;
    out.expression = std::move(*e);
    q.validators.push_back(std::move(out));
  }
}

void Loader::check_default(NodeReader& r, Question& q) {
  const json::Node* found = r.any("default");
  if (!found) return;
  nlohmann::json value = json::to_nlohmann(*found);  // the model keeps it as JSON; few questions have one
  const std::string why = answer_mismatch(q, value);
  if (!why.empty()) {
    r_.error(r.path("default"), "default does not fit a " + std::string(type_name(q.type)) + " question: " + why);
    return;
  }
  if (value.is_number()) {
    const double d = value.get<double>();
    if (q.validation.min && d < *q.validation.min)
      r_.error(r.path("default"), "default " + format_number(d) + " is below min " + format_number(*q.validation.min));
    if (q.validation.max && d > *q.validation.max)
      r_.error(r.path("default"), "default " + format_number(d) + " is above max " + format_number(*q.validation.max));
  }
  q.default_value = std::move(value);
}

}  // namespace sw::questionnaire::detail
