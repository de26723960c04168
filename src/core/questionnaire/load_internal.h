// load_internal.h — the questionnaire loader's shared state (private to load_*.cpp).
#pragma once

#include <map>
#include <string>

#include "core/json/reader.h"
#include "core/questionnaire/model.h"

namespace sw::questionnaire::detail {

/// Walks a questionnaire document, filling the model and reporting through one Reporter.
class Loader {
 public:
  explicit Loader(json::Reporter& reporter) : r_(reporter) {}

  /// Loads the whole document into q.
  void load(const nlohmann::json& doc, Questionnaire& q);

  /// Reads one question (a repeat field when in_group); nullopt when its type is unusable.
  std::optional<Question> question(const nlohmann::json& value, const std::string& pointer, bool in_group);

 private:
  void section(const nlohmann::json& value, const std::string& pointer, Questionnaire& q);
  void calculated(const nlohmann::json& value, const std::string& pointer, Questionnaire& q);
  void hidden_answers(json::ObjectReader& root, Questionnaire& q);

  void choices(json::ObjectReader& r, Question& q);
  void validation(json::ObjectReader& r, Question& q);
  void validators(json::ObjectReader& r, Question& q);
  void type_specific(json::ObjectReader& r, Question& q);
  void check_default(json::ObjectReader& r, Question& q);

  Conditions conditions(json::ObjectReader& r);
  std::optional<ExprText> expr(json::ObjectReader& r, std::string_view key, json::Need need);
  std::string id(json::ObjectReader& r, const char* what);
  /// Reports a duplicate when id is already in seen (a map id → pointer of the first), else records it.
  void unique(std::map<std::string, std::string>& seen, const std::string& id, const std::string& pointer,
              const std::string& what);
  /// Reports min > max for two optional bounds read from keys min_key/max_key of r.
  template <typename T>
  void ordered(json::ObjectReader& r, const std::optional<T>& min, const std::optional<T>& max,
               std::string_view min_key, std::string_view max_key);

  json::Reporter& r_;
  std::map<std::string, std::string> question_ids_;  // top-level questions and calculated values share {ids}
};

}  // namespace sw::questionnaire::detail
