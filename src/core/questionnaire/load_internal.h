// load_internal.h — the questionnaire loader's shared state (private to load_*.cpp).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json/reader.h"
#include "core/name_index.h"
#include "core/questionnaire/model.h"

namespace sw::questionnaire::detail {

/// Walks a questionnaire document, filling the model and reporting through one Reporter.
/// Ids seen so far → the JSON Pointer of the first with that id. Both are views of strings in the model being
/// filled, which stay where they are while loading: every vector that holds them is reserved to its final size
/// first and items are read in place.
struct SeenIds {
  std::vector<std::pair<std::string_view, std::string_view>> ids;  // id, pointer
  NameIndex by_id;                                                 // into ids
  void reserve(std::size_t n) {
    ids.reserve(n);
    by_id.reserve(n);
  }
};

class Loader {
 public:
  explicit Loader(json::Reporter& reporter) : r_(reporter) {}

  /// Loads the whole document into q.
  void load(const json::Node& doc, Questionnaire& q);

  /// Reads one question (a repeat field when in_group) into q, a new Question; false when it is unusable (not an
  /// object, no usable type): the caller drops it.
  bool question(const json::Node& value, std::string pointer, bool in_group, Question& q);

 private:
  void section(const json::Node& value, std::string pointer, Questionnaire& q);
  void calculated(const json::Node& value, std::string pointer, Questionnaire& q);
  void hidden_answers(json::NodeReader& root, Questionnaire& q);

  void choices(json::NodeReader& r, Question& q);
  void validation(json::NodeReader& r, Question& q);
  void validators(json::NodeReader& r, Question& q);
  void type_specific(json::NodeReader& r, Question& q);
  void check_default(json::NodeReader& r, Question& q);

  Conditions conditions(json::NodeReader& r);
  std::optional<ExprText> expr(json::NodeReader& r, std::string_view key, json::Need need);
  std::string id(json::NodeReader& r, const char* what);
  /// Reports a duplicate when id is already in seen, else records it (id and pointer: strings of the model).
  void unique(SeenIds& seen, const std::string& id, const std::string& pointer, const std::string& what);
  /// Reports min > max for two optional bounds read from keys min_key/max_key of r.
  template <typename T>
  void ordered(json::NodeReader& r, const std::optional<T>& min, const std::optional<T>& max,
               std::string_view min_key, std::string_view max_key);

  json::Reporter& r_;
  SeenIds question_ids_;  // top-level questions and calculated values share {ids}
};

}  // namespace sw::questionnaire::detail
