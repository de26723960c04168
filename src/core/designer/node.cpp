// node.cpp — finding questions by position, JSON Pointers back to positions, and fresh ids (see node.h).
#include "core/designer/node.h"

#include <cstdlib>

#include "core/expr/js.h"

namespace sw::designer {

using questionnaire::Question;
using questionnaire::Questionnaire;

namespace {
constexpr std::size_t kMaxIdLength = 64;

// Reads "/<name>/<n>" at the front of path; advances path past it.
std::optional<std::size_t> take_index(std::string_view& path, std::string_view name) {
  const std::string prefix = "/" + std::string(name) + "/";
  if (path.substr(0, prefix.size()) != prefix) return std::nullopt;
  path.remove_prefix(prefix.size());
  std::size_t digits = 0;
  while (digits < path.size() && path[digits] >= '0' && path[digits] <= '9') ++digits;
  if (digits == 0) return std::nullopt;
  const std::size_t n = std::strtoul(std::string(path.substr(0, digits)).c_str(), nullptr, 10);
  path.remove_prefix(digits);
  return n;
}

// base + suffix, trimmed so the whole stays within the id length limit.
std::string candidate(std::string_view base, const std::string& suffix) {
  std::string b(base.substr(0, kMaxIdLength - suffix.size()));
  return b + suffix;
}

// A generic base ("question") is numbered from 1: question_1, question_2...; a copy of "site" is site_copy,
// site_copy2...
template <typename Taken>
std::string fresh(std::string_view base, bool generic, Taken taken) {
  if (generic) {
    std::string id;
    for (int n = 1; id.empty() || taken(id); ++n) id = candidate(base, "_" + std::to_string(n));
    return id;
  }
  std::string id = candidate(base, "_copy");
  for (int n = 2; taken(id); ++n) id = candidate(base, "_copy" + std::to_string(n));
  return id;
}
}  // namespace

Question* find(Questionnaire& q, const QuestionRef& ref) {
  if (ref.section >= q.sections.size()) return nullptr;
  auto& questions = q.sections[ref.section].questions;
  if (ref.question >= questions.size()) return nullptr;
  Question& question = questions[ref.question];
  if (!ref.field) return &question;
  return *ref.field < question.fields.size() ? &question.fields[*ref.field] : nullptr;
}

const Question* find(const Questionnaire& q, const QuestionRef& ref) { return find(const_cast<Questionnaire&>(q), ref); }

std::vector<Question>* siblings(Questionnaire& q, const QuestionRef& ref) {
  if (ref.section >= q.sections.size()) return nullptr;
  auto& questions = q.sections[ref.section].questions;
  if (!ref.field) return &questions;
  return ref.question < questions.size() ? &questions[ref.question].fields : nullptr;
}

std::optional<QuestionRef> ref_of_path(std::string_view path) {
  QuestionRef ref;
  const auto s = take_index(path, "sections");
  if (!s) return std::nullopt;
  const auto qn = take_index(path, "questions");
  if (!qn) return std::nullopt;
  ref.section = *s;
  ref.question = *qn;
  if (auto f = take_index(path, "fields")) ref.field = *f;
  return ref;
}

std::optional<std::size_t> section_of_path(std::string_view path) { return take_index(path, "sections"); }

bool id_taken(const Questionnaire& q, std::string_view id) {
  return q.find_question(id) != nullptr || q.find_calculated(id) != nullptr;
}

std::string id_clash(const Questionnaire& q, std::string_view id, std::string_view except) {
  const std::string wanted = expr::js::to_lower(id);
  auto clash = [&](const std::string& other) { return other != except && expr::js::to_lower(other) == wanted; };
  for (const auto& s : q.sections)
    for (const auto& question : s.questions)
      if (clash(question.id)) return question.id;
  for (const auto& c : q.calculated)
    if (clash(c.id)) return c.id;
  return "";
}

std::string fresh_question_id(const Questionnaire& q, std::string_view base) {
  const bool generic = base == "question";
  return fresh(base, generic, [&](const std::string& id) { return id_taken(q, id); });
}

std::string fresh_calculated_id(const Questionnaire& q, std::string_view base) {
  return fresh(base, base == "value", [&](const std::string& id) { return id_taken(q, id); });
}

std::string fresh_field_id(const Question& group, std::string_view base) {
  const bool generic = base == "field";
  return fresh(base, generic, [&](const std::string& id) { return group.find_field(id) != nullptr; });
}

std::string fresh_section_id(const Questionnaire& q, std::string_view base) {
  const bool generic = base == "section";
  return fresh(base, generic, [&](const std::string& id) {
    for (const auto& s : q.sections)
      if (s.id == id) return true;
    return false;
  });
}

}  // namespace sw::designer
