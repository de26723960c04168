// load_questionnaire.cpp — the questionnaire loader: root fields, sections, calculated values, shared checks.
#include "core/json/describe.h"
#include "core/json/load.h"
#include "core/json/pointer.h"
#include "core/questionnaire/load_internal.h"
#include "core/questionnaire/loader.h"
#include "core/questionnaire/text_checks.h"

namespace sw::questionnaire {
namespace detail {

using json::Need;
using json::NodeReader;

void Loader::load(const json::Node& doc, Questionnaire& q) {
  NodeReader root(doc, "", r_);
  if (!root.valid()) return;
  root.ignore("$schema");  // lets editors validate against docs/schema/questionnaire.schema.json

  if (const auto format = root.string("format", Need::Required)) {
    bool fatal = false;
    const std::string problem = check_format_tag(*format, kFormatName, kFormatMajor, kFormatMinor, fatal, q.format_minor);
    if (fatal) {
      // Another format or a newer major: the rest would only produce misleading errors.
      r_.error(root.path("format"), problem);
      return;
    }
    if (!problem.empty()) r_.warning(root.path("format"), problem);
  }
  if (auto v = root.string("id", Need::Required)) {
    q.id = *v;
    if (!is_slug(q.id))
      r_.error(root.path("id"), json::describe(nlohmann::json(q.id)) +
                                    " is not a valid questionnaire id: use lower-case letters, digits, '.', '_' and '-', "
                                    "starting with a letter or digit (at most 64 characters)");
  }
  q.version = root.non_empty_string("version", Need::Required).value_or("");
  q.title = root.non_empty_string("title", Need::Required).value_or("");
  q.intro = root.string("intro").value_or("");
  q.outro = root.string("outro").value_or("");
  hidden_answers(root, q);

  if (const json::Node* sections = root.array("sections", Need::Required)) {
    if (sections->empty()) r_.error(root.path("sections"), "expected at least one section but got an empty array");
    SeenIds section_ids;
    q.sections.reserve(sections->size());  // never exceeded: the SeenIds keep views of the sections' strings
    std::size_t questions = 0;
    for (const json::Node& section : *sections)
      if (const json::Node* list = section.find("questions")) questions += list->size();
    question_ids_.reserve(questions);
    const std::string base = root.path("sections");
    for (std::size_t i = 0; i < sections->size(); ++i) {
      const std::size_t before = q.sections.size();
      section((*sections)[i], json::child(base, i), q);
      if (q.sections.size() == before) continue;
      unique(section_ids, q.sections.back().id, q.sections.back().json_path, "section id");
    }
  }
  if (const json::Node* calc = root.array("calculated")) {
    q.calculated.reserve(calc->size());
    for (std::size_t i = 0; i < calc->size(); ++i) calculated((*calc)[i], json::child(root.path("calculated"), i), q);
  }
  root.report_unknown();
}

void Loader::hidden_answers(NodeReader& root, Questionnaire& q) {
  const json::Node* policy = root.object("hidden_answers");
  if (!policy) return;
  NodeReader r(*policy, root.path("hidden_answers"), r_);
  if (auto editing = r.one_of("editing", {"keep", "clear"})) q.hidden_answers.keep_while_editing = *editing == "keep";
  if (auto exported = r.one_of("export", {"exclude", "include"}))
    q.hidden_answers.include_in_export = *exported == "include";
  r.report_unknown();
}

void Loader::section(const json::Node& value, std::string pointer, Questionnaire& q) {
  Section s;
  s.json_path = std::move(pointer);
  NodeReader r(value, &s.json_path, r_);
  if (!r.valid()) return;
  s.id = id(r, "section");
  s.title = r.non_empty_string("title", Need::Required).value_or("");
  s.description = r.string("description").value_or("");
  s.conditions = conditions(r);
  if (const json::Node* questions = r.array("questions", Need::Required)) {
    s.questions.reserve(questions->size());  // a Question is big: moving them all on every regrowth showed in profiles
    const std::string base = r.path("questions");
    for (std::size_t i = 0; i < questions->size(); ++i) {
      Question& question = s.questions.emplace_back();  // read in place: a Question is big to move
      if (!this->question((*questions)[i], json::child(base, i), false, question)) {
        s.questions.pop_back();
        continue;
      }
      if (!question.id.empty()) unique(question_ids_, question.id, question.json_path, "question id");
    }
  }
  r.report_unknown();
  q.sections.push_back(std::move(s));
}

void Loader::calculated(const json::Node& value, std::string pointer, Questionnaire& q) {
  Calculated& c = q.calculated.emplace_back();  // in place: question_ids_ keeps views of its strings
  c.json_path = std::move(pointer);
  NodeReader r(value, &c.json_path, r_);
  if (!r.valid()) {
    q.calculated.pop_back();
    return;
  }
  c.id = id(r, "calculated value");
  if (auto e = expr(r, "expression", Need::Required)) c.expression = std::move(*e);
  c.label = r.string("label").value_or("");
  if (auto f = r.one_of("format", value_format_names()))
    for (std::size_t i = 0; i < value_format_names().size(); ++i)
      if (value_format_names()[i] == *f) c.format = static_cast<ValueFormat>(i);
  c.unit = r.string("unit").value_or("");
  if (c.format == ValueFormat::Currency) {
    if (auto code = r.string("currency", Need::Required)) {
      c.currency = *code;
      if (!is_currency_code(c.currency))
        r_.error(r.path("currency"), "expected an ISO 4217 currency code such as \"GBP\" but got " + json::describe(*code));
    }
  }
  c.show = r.boolean("show").value_or(false);
  if (!c.id.empty()) unique(question_ids_, c.id, c.json_path, "id (questions and calculated values share ids)");
  r.report_unknown({"currency"}, "unless format is \"currency\"");
}

Conditions Loader::conditions(NodeReader& r) {
  Conditions c;
  c.visible_if = expr(r, "visible_if", Need::Optional);
  c.enable_if = expr(r, "enable_if", Need::Optional);
  c.required_if = expr(r, "required_if", Need::Optional);
  return c;
}

std::optional<ExprText> Loader::expr(NodeReader& r, std::string_view key, Need need) {
  auto text = r.non_empty_string(key, need);
  if (!text) return std::nullopt;
  ExprText e;
  e.text = std::move(*text);
  // No line:column here: locating builds the whole source map, which a clean load never needs. Whoever reports
  // a problem in the expression locates its json_path then (see Engine's constructor).
  e.json_path = r.path(key);
  return e;
}

std::string Loader::id(NodeReader& r, const char* what) {
  auto v = r.string("id", Need::Required);
  if (!v) return "";
  if (!is_identifier(*v))
    r_.error(r.path("id"), json::describe(nlohmann::json(*v)) + " is not a valid " + what +
                               " id: use letters, digits and '_', not starting with a digit (at most 64 characters)");
  return *v;
}

void Loader::unique(SeenIds& seen, const std::string& id, const std::string& pointer, const std::string& what) {
  if (id.empty()) return;
  const int position = static_cast<int>(seen.ids.size());
  const int earlier = seen.by_id.insert(id, position, [&seen](int i) { return seen.ids[i].first; });
  if (earlier == position) {
    seen.ids.emplace_back(id, pointer);
    return;
  }
  std::string first(seen.ids[earlier].second);
  const json::Location at = r_.locate(json::child(first, "id"));
  if (at.line > 0) first += " (line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ")";
  r_.error(json::child(pointer, "id"), "duplicate " + what + " \"" + id + "\": first defined at " + first);
}

}  // namespace detail

namespace {

LoadResult load_tree(const json::Node& root, std::string_view file, const json::SourceMap* map) {
  LoadResult result;
  if (map) result.source_map = *map;
  json::Reporter reporter(std::string(file), map, result.diagnostics);
  detail::Loader(reporter).load(root, result.questionnaire);
  return result;
}

}  // namespace

LoadResult questionnaire_from_json(const nlohmann::json& document, std::string_view file, const json::SourceMap* map) {
  const json::Tree tree = json::tree_from_nlohmann(document);
  return load_tree(tree.root(), file, map);
}

LoadResult load_questionnaire(std::string_view text, std::string_view file) {
  // A 10,000-question questionnaire has about 110,000 values. The cap keeps a hostile file (16 MB of "0,0,0...")
  // from needing gigabytes for its tree: the browser would fail to give the memory instead of saying why.
  json::Limits limits;
  limits.max_values = 1'000'000;
  json::TreeDocument doc = json::load_tree(text, file, limits);
  if (!doc.ok()) {
    LoadResult failed;
    failed.diagnostics = std::move(doc.diagnostics);
    return failed;
  }
  LoadResult result = load_tree(doc.tree.root(), file, &doc.source_map);
  // Parser warnings (duplicate keys) come first, in file order.
  result.diagnostics.insert(result.diagnostics.begin(), doc.diagnostics.begin(), doc.diagnostics.end());
  return result;
}

}  // namespace sw::questionnaire
