// model.h — the in-memory questionnaire: sections of typed questions, choices, conditions, calculated values.
//
// The file format is documented in docs/questionnaire.md (schema: docs/schema/questionnaire.schema.json).
// Conditions and calculated expressions are kept as text with their JSON Pointer and location; the
// engine compiles them with sw::expr. Labels may contain {piped} answers: they are kept as written.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace sw::questionnaire {

/// "scopewright.questionnaire/<major>[.<minor>]"; this build reads major 1 up to minor kFormatMinor.
inline constexpr std::string_view kFormatName = "scopewright.questionnaire";
inline constexpr int kFormatMajor = 1;
inline constexpr int kFormatMinor = 0;

/// An expression or condition as written in the file, with where it was written (for the engine's errors).
struct ExprText {
  std::string text;
  std::string json_path;  // e.g. "/sections/1/questions/2/visible_if"
  int line = 0;           // of the JSON string's opening quote; 0 when unknown (the loader leaves it to
                          // whoever reports a problem, who locates json_path in the source map)
  int column = 0;
};

/// Conditions shared by sections, questions and choices; an absent condition is "always".
struct Conditions {
  std::optional<ExprText> visible_if;   // hidden when false (answers kept while editing; see HiddenAnswersPolicy)
  std::optional<ExprText> enable_if;    // shown but read-only when false
  std::optional<ExprText> required_if;  // becomes required when true (for a choice: must be selected)
};

enum class QuestionType {
  Text,            // one line of text
  LongText,        // several lines
  Email,
  Phone,
  Url,
  Number,          // validation.min/max, step, unit
  Currency,        // an amount in `currency` (ISO 4217 code)
  Date,            // "YYYY-MM-DD"; validation.min/max are dates
  TimeZone,        // an IANA zone name, picked from a searchable list (see timezones.h)
  SingleChoice,    // one value of `choices`, shown as radio buttons or a dropdown
  MultipleChoice,  // several values of `choices` (min_selected/max_selected)
  YesNo,           // true / false
  Rating,          // an integer on `scale`
  Repeat,          // a list of entries, each answering `fields`
};

/// The name used in files ("text", "long_text", "email", ...).
std::string_view type_name(QuestionType type);
/// The type named name, or nullopt.
std::optional<QuestionType> type_from_name(std::string_view name);
/// Every type name, in declaration order (for messages and UIs).
const std::vector<std::string_view>& type_names();
/// True for the types whose answer is a string typed by the respondent (text, long_text, email, phone, url).
bool is_text_type(QuestionType type);
/// True for single_choice and multiple_choice.
inline bool is_choice_type(QuestionType t) { return t == QuestionType::SingleChoice || t == QuestionType::MultipleChoice; }

/// The reserved choice value of the "other, please specify" option; its text goes to "<question id>.other".
inline constexpr std::string_view kOtherValue = "other";
/// Answer key suffix for the "please specify" text: answers["platform.other"].
inline constexpr std::string_view kOtherSuffix = ".other";

struct Choice {
  std::string value;  // stored in answers and compared in conditions ({platform} = 'cisco_aci')
  std::string label;  // shown
  std::string help;
  Conditions conditions;
  std::string json_path;
};

enum class Presentation { Radio, Dropdown };

/// Built-in checks; which ones apply depends on the type (see docs/questionnaire.md).
struct Validation {
  std::optional<std::string> pattern;  // ECMAScript regular expression the whole answer must match (text types)
  std::string pattern_message;         // shown when the pattern does not match
  std::optional<double> min, max;      // number, currency
  std::optional<std::string> min_date, max_date;  // date ("YYYY-MM-DD"); written as validation.min/max
  std::optional<long long> min_length, max_length;  // text types, in characters
};

/// A custom check: when expression is false the answer is invalid and message is shown.
struct Validator {
  ExprText expression;
  std::string message;
};

struct RatingScale {
  long long min = 1;
  long long max = 5;
  std::string min_label;  // e.g. "Not important"
  std::string max_label;  // e.g. "Critical"
};

struct Question {
  std::string id;  // identifier, unique in the questionnaire (fields: unique in their repeat group)
  QuestionType type = QuestionType::Text;
  std::string label;
  std::string help;
  std::string placeholder;
  bool required = false;  // for repeat: at least max(1, min_count) entries
  Conditions conditions;
  nlohmann::json default_value;  // null when there is none; otherwise fits the type
  Validation validation;
  std::vector<Validator> validators;

  // number, currency
  std::optional<double> step;
  std::string unit;      // number: "days", "Mbit/s", ...
  std::string currency;  // currency: ISO 4217 code, e.g. "GBP"

  // single_choice, multiple_choice
  std::vector<Choice> choices;
  Presentation presentation = Presentation::Radio;  // single_choice only
  bool allow_other = false;                         // adds an "other, please specify" option
  std::string other_label;                          // "" means the UI's default ("Other (please specify)")
  std::optional<long long> min_selected, max_selected;  // multiple_choice

  // yes_no
  std::string yes_label, no_label;  // "" means "Yes" / "No"

  // rating
  RatingScale scale;

  // repeat
  std::vector<Question> fields;  // no nested repeat groups
  std::optional<long long> min_count, max_count;
  std::string entry_label;  // title of each entry, may pipe its fields: "Site {site_name}"
  std::string add_label;    // text of the "add" button: "Add a site"

  std::string json_path;

  /// The choice with this value, or nullptr.
  const Choice* find_choice(std::string_view value) const;
  /// The repeat field with this id, or nullptr.
  const Question* find_field(std::string_view field_id) const;
};

struct Section {
  std::string id;
  std::string title;
  std::string description;
  Conditions conditions;
  std::vector<Question> questions;
  std::string json_path;
};

/// What happens to answers of questions that are hidden by a condition.
struct HiddenAnswersPolicy {
  bool keep_while_editing = true;  // re-showing a question brings its answer back
  bool include_in_export = false;  // exported answers leave out what the respondent could not see
};

enum class ValueFormat { Number, Integer, Currency, Percent, Text };

/// A value computed from the answers by an expression; always included in the answers export.
struct Calculated {
  std::string id;  // identifier, unique among questions and calculated values
  ExprText expression;
  std::string label;
  ValueFormat format = ValueFormat::Number;
  std::string unit;      // e.g. "days"
  std::string currency;  // for format currency
  bool show = false;     // shown to the respondent (e.g. on the outro page)
  std::string json_path;
};

std::string_view value_format_name(ValueFormat f);
const std::vector<std::string_view>& value_format_names();

struct Questionnaire {
  int format_minor = kFormatMinor;  // minor version the file declared (newer minors load with warnings)
  std::string id;                   // e.g. "general", "loadbalancer.medical"
  std::string version;              // the author's version of this questionnaire, e.g. "1.2.0"
  std::string title;
  std::string intro;  // shown before the first section
  std::string outro;  // shown after the last section
  std::vector<Section> sections;
  std::vector<Calculated> calculated;
  HiddenAnswersPolicy hidden_answers;

  /// The top-level question with this id (repeat fields are found through their group), or nullptr.
  const Question* find_question(std::string_view question_id) const;
  /// The calculated value with this id, or nullptr.
  const Calculated* find_calculated(std::string_view calculated_id) const;
};

}  // namespace sw::questionnaire
